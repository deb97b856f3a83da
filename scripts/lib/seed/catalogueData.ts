import { AUDIENCES, HANDLING_FORMS } from '../../../collections/Services/options'
import type {
  BundleFile,
  LifeStageFile,
  MediaEntry,
  ServiceCentreFile,
  ServiceFile,
  TopicFile,
} from './catalogueSchemas'

/**
 * Content files → Payload document data. Codes in the files become the ids
 * of the documents they name; everything a file leaves out is cleared.
 */
export type Id = number | string
export type Ids = Record<
  'centres' | 'departments' | 'divisions' | 'media' | 'services' | 'stages' | 'topics',
  Map<string, Id>
>

export const emptyIds = (): Ids => ({
  centres: new Map(),
  departments: new Map(),
  divisions: new Map(),
  media: new Map(),
  services: new Map(),
  stages: new Map(),
  topics: new Map(),
})

/** A list of chosen keys as the tick boxes the admin shows: every option, true or false. */
const ticked = (options: readonly string[], chosen: readonly string[]) =>
  Object.fromEntries(options.map((option) => [option, chosen.includes(option)]))

/** Look up a code the validation pass has already resolved. */
function idOf(ids: Map<string, Id>, code: string): Id {
  const id = ids.get(code)
  if (id === undefined) throw new Error(`seed: ${code} was validated but has no document`)
  return id
}

export const stageData = (stage: LifeStageFile) => ({ ...stage })

export const topicData = (topic: TopicFile, ids: Ids) => ({
  ...topic,
  stage: idOf(ids.stages, topic.stage),
})

export const centreData = (centre: ServiceCentreFile, ids: Ids) => ({
  ...centre,
  division: idOf(ids.divisions, centre.division),
})

export const mediaData = ({ alt, purpose, title }: MediaEntry) => ({ alt, purpose, title })

export const bundleData = (bundle: BundleFile, ids: Ids) => ({
  ...bundle,
  stage: idOf(ids.stages, bundle.stage),
  benefits: bundle.benefits.map((text) => ({ text })),
  services: bundle.services.map((code) => idOf(ids.services, code)),
})

/** A service's document data; related services stay codes, as in the file. */
export function serviceData(service: ServiceFile, ids: Ids) {
  const mediaId = (file: string | undefined) => (file ? idOf(ids.media, file) : null)
  return {
    ...service,
    audience: ticked(AUDIENCES, service.audience),
    handlingForms: ticked(HANDLING_FORMS, service.handlingForms),
    topic: idOf(ids.topics, service.topic),
    department: idOf(ids.departments, service.department),
    centres: service.centres.map((code) => idOf(ids.centres, code)),
    conditions: service.conditions.map((text) => ({ text })),
    materials: service.materials.map((material) => ({
      ...material,
      blankForm: mediaId(material.blankForm),
      sample: mediaId(material.sample),
    })),
    legalDays: service.legalDays ?? null,
    timeLimitNote: service.timeLimitNote ?? null,
    hoursNote: service.hoursNote ?? null,
    fee: { ...service.fee, reduction: service.fee.reduction ?? null },
    link: service.link ?? { label: null, url: null },
    applicationForm: {
      fields: (service.applicationForm?.fields ?? []).map((field) => ({
        ...field,
        options: field.options ?? [],
        help: field.help ?? null,
        showIfQuestion: field.showIfQuestion ?? null,
        showIfEquals: field.showIfEquals ?? null,
      })),
      uploads: (service.applicationForm?.uploads ?? []).map((upload) => ({
        ...upload,
        help: upload.help ?? null,
      })),
      party: service.applicationForm?.party ?? { label: null, askRelation: false, askBirthDate: false },
      handledBy: service.applicationForm?.handledBy ?? 'applicant-residence',
    },
  }
}
