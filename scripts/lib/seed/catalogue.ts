import { access } from 'node:fs/promises'
import path from 'node:path'

import { centreProblems, guideProblems } from '../../../collections/Services/completeness'
import {
  type BundleFile,
  bundleSchema,
  type LifeStageFile,
  lifeStageSchema,
  type MediaEntry,
  mediaListSchema,
  type ServiceCentreFile,
  serviceCentreSchema,
  type ServiceFile,
  serviceSchema,
  type TopicFile,
  topicSchema,
} from './catalogueSchemas'
import {
  check,
  type ContentProblem,
  ContentValidationError,
  listYamlFiles,
  readYaml,
  readYamlFiles,
} from './files'

/**
 * A validated service file, remembered by name only: the seed reads each
 * service again when it writes it, so memory does not grow with the catalogue.
 */
export type ServiceEntry = { code: string; file: string }

export type Catalogue = {
  bundles: BundleFile[]
  centres: ServiceCentreFile[]
  media: MediaEntry[]
  /** Folder holding the media files named in media.yaml. */
  mediaDir: string
  services: ServiceEntry[]
  stages: LifeStageFile[]
  topics: TopicFile[]
}

/** Codes defined outside the catalogue that catalogue files may refer to. */
type OuterCodes = { departments: Set<string>; divisions: Set<string> }

const CATALOGUE_FOLDERS = {
  stages: 'life-stages',
  topics: 'topics',
  centres: 'service-centres',
  services: 'services',
  bundles: 'bundles',
  media: 'media',
} as const

/** The list of media files, with their titles and alternative text. */
const MEDIA_LIST = 'media.yaml'

/** How many service files are read and checked at once. */
const SERVICE_BATCH = 32

type Keyed = { code: string }

function checkAll<T extends Keyed>(
  sources: Awaited<ReturnType<typeof readYamlFiles>>,
  schema: Parameters<typeof check<T>>[0],
  problems: ContentProblem[],
  files: Map<string, string>,
): T[] {
  return sources.flatMap((source) => {
    const parsed = check(schema, source, problems)
    if (!parsed) return []
    if (files.has(parsed.code)) {
      problems.push({ file: source.file, field: 'code', reason: `编码 ${parsed.code} 与 ${files.get(parsed.code)} 重复` })
      return []
    }
    files.set(parsed.code, source.file)
    return [parsed]
  })
}

/** Read one service file and return it if it is valid, reporting what is not. */
async function readServiceFile(file: string, problems: ContentProblem[]): Promise<ServiceFile | undefined> {
  const service = check(serviceSchema, await readYaml(file, problems), problems)
  if (!service) return undefined
  const expectedName = `${service.code}.yaml`
  if (path.basename(file) !== expectedName) {
    problems.push({ file, field: 'code', reason: `文件名应为 ${expectedName}，与事项编码一致` })
  }
  for (const problem of guideProblems(service)) problems.push({ file, ...problem })
  return service
}

/**
 * Read a service file the validation pass has already accepted. Throws if the
 * file changed in between, so nothing unvalidated is ever written.
 */
export async function readValidatedService(entry: ServiceEntry): Promise<ServiceFile> {
  const problems: ContentProblem[] = []
  const service = await readServiceFile(entry.file, problems)
  if (!service || problems.length > 0) throw new ContentValidationError(problems)
  return service
}

export async function loadCatalogue(
  contentDir: string,
  outer: OuterCodes,
  problems: ContentProblem[],
): Promise<Catalogue> {
  const folder = (name: keyof typeof CATALOGUE_FOLDERS) => path.join(contentDir, CATALOGUE_FOLDERS[name])
  const files = {
    stages: new Map<string, string>(),
    topics: new Map<string, string>(),
    centres: new Map<string, string>(),
    bundles: new Map<string, string>(),
    services: new Map<string, string>(),
  }
  const stages = checkAll(await readYamlFiles(folder('stages'), problems), lifeStageSchema, problems, files.stages)
  const topics = checkAll(await readYamlFiles(folder('topics'), problems), topicSchema, problems, files.topics)
  const centres = checkAll(
    await readYamlFiles(folder('centres'), problems),
    serviceCentreSchema,
    problems,
    files.centres,
  )
  const bundles = checkAll(await readYamlFiles(folder('bundles'), problems), bundleSchema, problems, files.bundles)

  const mediaListFile = path.join(folder('media'), MEDIA_LIST)
  const media = check(mediaListSchema, await readYaml(mediaListFile, problems), problems) ?? []
  const mediaFiles = new Set<string>()
  for (const [index, entry] of media.entries()) {
    const exists = await access(path.join(folder('media'), entry.file)).then(() => true, () => false)
    if (!exists) problems.push({ file: mediaListFile, field: `${index}.file`, reason: `找不到文件 ${entry.file}` })
    if (mediaFiles.has(entry.file)) problems.push({ file: mediaListFile, field: `${index}.file`, reason: `${entry.file} 重复` })
    mediaFiles.add(entry.file)
  }

  const refer = (file: string | undefined, field: string, known: Set<string> | Map<string, string>, code: string, what: string) => {
    if (!known.has(code)) problems.push({ file: file ?? '', field, reason: `${what} ${code} 不存在` })
  }
  for (const topic of topics) refer(files.topics.get(topic.code), 'stage', files.stages, topic.stage, '人生阶段')
  for (const centre of centres) refer(files.centres.get(centre.code), 'division', outer.divisions, centre.division, '区划')
  for (const bundle of bundles) refer(files.bundles.get(bundle.code), 'stage', files.stages, bundle.stage, '人生阶段')

  const services: ServiceEntry[] = []
  const relatedRefs: { code: string; field: string; file: string }[] = []
  const serviceFiles = await listYamlFiles(folder('services'), problems)
  for (let start = 0; start < serviceFiles.length; start += SERVICE_BATCH) {
    const batch = serviceFiles.slice(start, start + SERVICE_BATCH)
    const parsed = await Promise.all(
      batch.map(async (file) => ({ file, service: await readServiceFile(file, problems) })),
    )
    for (const { file, service } of parsed) {
      if (!service) continue
      if (files.services.has(service.code)) {
        problems.push({ file, field: 'code', reason: `事项编码 ${service.code} 与 ${files.services.get(service.code)} 重复` })
        continue
      }
      files.services.set(service.code, file)
      services.push({ code: service.code, file })
      refer(file, 'topic', files.topics, service.topic, '主题')
      refer(file, 'department', outer.departments, service.department, '部门')
      service.centres.forEach((code, i) => refer(file, `centres.${i}`, files.centres, code, '服务中心'))
      const listed = service.centres.map((code) => centres.find((centre) => centre.code === code))
      for (const problem of centreProblems(service.code, listed)) problems.push({ file, ...problem })
      service.related.forEach((code, i) => relatedRefs.push({ file, field: `related.${i}`, code }))
      service.materials.forEach((material, i) => {
        if (material.blankForm) refer(file, `materials.${i}.blankForm`, mediaFiles, material.blankForm, '附件')
        if (material.sample) refer(file, `materials.${i}.sample`, mediaFiles, material.sample, '附件')
      })
    }
  }
  for (const { code, field, file } of relatedRefs) refer(file, field, files.services, code, '相关事项')
  for (const centre of centres) {
    centre.services.forEach((code, i) =>
      refer(files.centres.get(centre.code), `services.${i}`, files.services, code, '事项'),
    )
  }
  for (const bundle of bundles) {
    bundle.services.forEach((code, i) =>
      refer(files.bundles.get(bundle.code), `services.${i}`, files.services, code, '事项'),
    )
  }

  const byCode = (a: Keyed, b: Keyed) => a.code.localeCompare(b.code)
  return {
    stages: stages.sort(byCode),
    topics: topics.sort(byCode),
    centres: centres.sort(byCode),
    bundles: bundles.sort(byCode),
    media,
    mediaDir: folder('media'),
    services: services.sort(byCode),
  }
}
