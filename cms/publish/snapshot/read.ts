import type { CollectionSlug, DataFromCollectionSlug, Payload } from 'payload'

import type { Media, Service } from '../../payload-types'
import { type Relation, relationId } from '../../../collections/relations'
import { chosen } from '../../../collections/Services/completeness'
import { commitmentWords } from '../../../collections/Applications/reuse/sources'
import type {
  SnapshotBundle,
  SnapshotCentre,
  SnapshotDepartment,
  SnapshotMedia,
  SnapshotService,
  SnapshotStage,
  SnapshotTopic,
} from '../../../site/lib/snapshot'
import { divisionTree } from './divisionTree'
import { formDefinition } from '../../../collections/Applications/form/definition'

/**
 * Read as a resident would: access control on, no user, published versions
 * only. Whatever the access rules keep from anonymous callers (drafts,
 * review dates, editor notes) can never reach the portal.
 */
const AS_THE_PUBLIC = { overrideAccess: false, user: null, draft: false, depth: 0 } as const

/** Where the portal serves uploaded files (blank forms, samples): copied into the snapshot's media/ folder. */
const SNAPSHOT_MEDIA_PATH = '/media/'

/** How many guides are read at once: memory stays flat however large the catalogue. */
const PAGE_SIZE = 200

/** The id a relation points to, as the key of the code books below. */
const idOf = (value: Relation): string => String(relationId(value))

/**
 * Every public document of a collection, a page at a time. The ids come
 * first in one light query; each page is then fetched by id. (Paging with
 * OFFSET makes SQLite assemble every skipped guide, whole, before sorting:
 * quadratic in the catalogue's size.)
 */
export async function* publicPages<S extends CollectionSlug>(
  payload: Payload,
  collection: S,
  sort = 'code',
): AsyncGenerator<DataFromCollectionSlug<S>[]> {
  const { docs: keys } = await payload.find({
    collection,
    ...AS_THE_PUBLIC,
    sort,
    pagination: false,
    // Any one small field: only the ids are needed here.
    select: { updatedAt: true } as never,
  })
  const ids = keys.map((doc: { id: number | string }) => doc.id)
  for (let start = 0; start < ids.length; start += PAGE_SIZE) {
    const { docs } = await payload.find({
      collection,
      ...AS_THE_PUBLIC,
      where: { id: { in: ids.slice(start, start + PAGE_SIZE) } },
      sort,
      pagination: false,
    })
    yield docs as DataFromCollectionSlug<S>[]
  }
}

async function readAll<S extends CollectionSlug>(payload: Payload, collection: S, sort?: string) {
  const all: DataFromCollectionSlug<S>[] = []
  for await (const docs of publicPages(payload, collection, sort)) all.push(...docs)
  return all
}

/** Public codes by database id, for every collection a guide refers to. */
export type CodeBook = {
  centres: Map<string, string>
  departments: Map<string, string>
  media: Map<string, SnapshotMedia>
  stages: Map<string, string>
  topics: Map<string, string>
}

export async function readStructure(payload: Payload) {
  const stages = await readAll(payload, 'life-stages', 'order')
  const topics = await readAll(payload, 'topics')
  const departments = await readAll(payload, 'departments')
  const centres = await readAll(payload, 'service-centres')
  const bundles = await readAll(payload, 'bundles')
  const media = await readAll(payload, 'media', 'filename')
  const allDivisions = await readAll(payload, 'divisions')
  const divisions = new Map(allDivisions.map((division) => [division.id, division.fullName ?? division.name]))

  const codes: CodeBook = {
    stages: new Map(stages.map((stage) => [stage.id, stage.code])),
    topics: new Map(topics.map((topic) => [topic.id, topic.code])),
    departments: new Map(departments.map((department) => [department.id, department.code])),
    centres: new Map(centres.map((centre) => [centre.id, centre.code])),
    media: new Map(
      media.flatMap((file: Media) =>
        file.filename ? [[file.id, { url: `${SNAPSHOT_MEDIA_PATH}${file.filename}`, title: file.title, alt: file.alt }]] : [],
      ),
    ),
  }

  return {
    codes,
    mediaFiles: media.flatMap((file) => file.filename ?? []),
    cityName: allDivisions.find((division) => division.level === 'city')?.name ?? '',
    divisions: divisionTree(allDivisions),
    stages: stages.map(
      ({ code, icon, order, slug, summary, title }): SnapshotStage => ({ code, icon, order, slug, summary, title }),
    ),
    // A topic shows only inside a published stage.
    topics: topics.flatMap(({ code, order, stage, summary, title }): SnapshotTopic[] => {
      const stageCode = codes.stages.get(idOf(stage))
      return stageCode ? [{ code, order, stage: stageCode, summary, title }] : []
    }),
    departments: departments.map(
      (department): SnapshotDepartment => ({
        code: department.code,
        name: department.name,
        shortName: department.shortName ?? null,
        phone: department.phone ?? null,
        complaintPhone: department.complaintPhone ?? null,
        address: department.address ?? null,
        officeHours: department.officeHours ?? null,
        website: department.website ?? null,
        description: department.description ?? null,
      }),
    ),
    centres: centres.map(
      (centre): SnapshotCentre => ({
        code: centre.code,
        name: centre.name,
        divisionName: divisions.get(idOf(centre.division)) ?? '',
        address: centre.address,
        phone: centre.phone,
        hours: centre.hours,
        transport: centre.transport,
        accessibility: centre.accessibility,
        latitude: centre.latitude,
        longitude: centre.longitude,
      }),
    ),
    bundles,
  }
}

/** A published guide as the portal shows it, or undefined when its topic or stage is not published. */
export function toSnapshotService(service: Service, codes: CodeBook): SnapshotService | undefined {
  const topic = codes.topics.get(idOf(service.topic))
  const stage = codes.stages.get(idOf(service.stage))
  const department = codes.departments.get(idOf(service.department))
  if (!topic || !stage || !department) return undefined
  const media = (value: Relation) => codes.media.get(idOf(value)) ?? null
  return {
    code: service.code,
    title: service.title,
    summary: service.summary,
    kind: service.kind,
    type: service.type,
    level: service.level,
    stage,
    topic,
    department,
    audience: chosen(service.audience),
    aliases: service.aliases ?? [],
    legalBases: service.legalBases.map(({ article, name }) => ({ article, name })),
    conditions: (service.conditions ?? []).map(({ text }) => text),
    materials: (service.materials ?? []).map((material) => ({
      name: material.name,
      necessity: material.necessity,
      form: material.form,
      copies: material.copies,
      source: material.source,
      blankForm: media(material.blankForm),
      sample: media(material.sample),
      notes: material.notes,
      platformSource: material.platformSource ?? null,
      commitmentAllowed: Boolean(material.commitmentAllowed),
      commitmentText: material.commitmentAllowed ? commitmentWords(material) : null,
    })),
    steps: (service.steps ?? []).map(({ description, title }) => ({ description, title })),
    handlingForms: chosen(service.handlingForms),
    caseType: service.caseType,
    outcome: service.outcome,
    noStatutoryLimit: Boolean(service.noStatutoryLimit),
    legalDays: service.noStatutoryLimit ? null : (service.legalDays ?? null),
    promisedDays: service.promisedDays,
    timeLimitNote: service.timeLimitNote ?? null,
    visits: service.visits,
    fee: {
      charged: Boolean(service.fee?.charged),
      items: (service.fee?.items ?? []).map(({ basis, name, standard }) => ({ basis, name, standard })),
      reduction: service.fee?.reduction ?? null,
    },
    feeCharged: Boolean(service.fee?.charged),
    onlineDepth: service.onlineDepth,
    result: { name: service.result.name, type: service.result.type, description: service.result.description },
    centres: service.centres.flatMap((centre) => codes.centres.get(idOf(centre)) ?? []),
    hoursNote: service.hoursNote ?? null,
    enquiryPhone: service.enquiryPhone,
    complaintPhone: service.complaintPhone,
    faqs: (service.faqs ?? []).map(({ answer, question }) => ({ answer, question })),
    related: service.related ?? [],
    link: service.link?.url && service.link.label ? { label: service.link.label, url: service.link.url } : null,
    applicationForm: formDefinition(service.applicationForm),
    updatedAt: service.updatedAt,
  }
}

export const toSnapshotBundle = (
  bundle: DataFromCollectionSlug<'bundles'>,
  codes: CodeBook,
  serviceCodes: Map<string, string>,
): SnapshotBundle | undefined => {
  const stage = codes.stages.get(idOf(bundle.stage))
  const services = bundle.services.flatMap((service) => serviceCodes.get(idOf(service)) ?? [])
  if (!stage || services.length < 2) return undefined
  return {
    code: bundle.code,
    title: bundle.title,
    summary: bundle.summary,
    stage,
    benefits: (bundle.benefits ?? []).map(({ text }) => text),
    services,
    applyAsOne: Boolean(bundle.applyAsOne),
  }
}
