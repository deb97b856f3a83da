import { readFileSync } from 'node:fs'
import path from 'node:path'

import type {
  SnapshotBundle,
  SnapshotCatalogue,
  SnapshotCentre,
  SnapshotDepartment,
  SnapshotLife,
  SnapshotLifeCategory,
  SnapshotLifeProvider,
  SnapshotService,
  SnapshotServiceSummary,
  SnapshotStage,
  SnapshotTopic,
} from './snapshot'

/**
 * The content snapshot, read at build time. The site never talks to Payload:
 * `npm run snapshot` writes site/snapshot/ (or PORTAL_SNAPSHOT_DIR) first.
 */
export const snapshotDir = (): string => path.resolve(process.env.PORTAL_SNAPSHOT_DIR || path.join(process.cwd(), 'snapshot'))

const byCode = <T extends { code: string }>(items: T[]) => new Map(items.map((item) => [item.code, item]))

function load() {
  const catalogue = JSON.parse(readFileSync(path.join(snapshotDir(), 'catalogue.json'), 'utf8')) as SnapshotCatalogue
  return {
    ...catalogue,
    stagesByCode: byCode(catalogue.stages),
    topicsByCode: byCode(catalogue.topics),
    servicesByCode: byCode(catalogue.services),
    departmentsByCode: byCode(catalogue.departments),
    centresByCode: byCode(catalogue.centres),
  }
}

let loaded: ReturnType<typeof load> | undefined

/** The whole catalogue (structure and a summary of every guide), read once per build worker. */
export const catalogue = (): ReturnType<typeof load> => (loaded ??= load())

/** One whole guide. */
export const readService = (code: string): SnapshotService =>
  JSON.parse(readFileSync(path.join(snapshotDir(), 'services', `${code}.json`), 'utf8')) as SnapshotService

const found = <T,>(value: T | undefined, what: string): T => {
  if (value === undefined) throw new Error(`快照中缺少${what}`)
  return value
}

export const stageByCode = (code: string): SnapshotStage => found(catalogue().stagesByCode.get(code), `人生阶段 ${code}`)
export const topicByCode = (code: string): SnapshotTopic => found(catalogue().topicsByCode.get(code), `主题 ${code}`)
export const departmentByCode = (code: string): SnapshotDepartment =>
  found(catalogue().departmentsByCode.get(code), `部门 ${code}`)
export const centreByCode = (code: string): SnapshotCentre => found(catalogue().centresByCode.get(code), `服务中心 ${code}`)

/** Summaries for a list of service codes, skipping any not published. */
export const servicesByCodes = (codes: readonly string[]): SnapshotServiceSummary[] =>
  codes.flatMap((code) => catalogue().servicesByCode.get(code) ?? [])

export const servicesWhere = (keep: (service: SnapshotServiceSummary) => boolean): SnapshotServiceSummary[] =>
  catalogue().services.filter(keep)

export const topicsOfStage = (stage: string): SnapshotTopic[] =>
  catalogue()
    .topics.filter((topic) => topic.stage === stage)
    .sort((a, b) => a.order - b.order)

export const bundlesOfStage = (stage: string): SnapshotBundle[] =>
  catalogue().bundles.filter((bundle) => bundle.stage === stage)

/** Pages and components take the snapshot's types from here, with the data. */
export type * from './snapshot'

const readLife = (): SnapshotLife => JSON.parse(readFileSync(path.join(snapshotDir(), 'life.json'), 'utf8')) as SnapshotLife

let life: SnapshotLife | undefined

/** 生活服务: categories and the providers residents may see, read once per build worker. */
export const lifeServices = (): SnapshotLife => (life ??= readLife())

export const lifeCategoryByCode = (code: string): SnapshotLifeCategory | undefined => lifeServices().categories.find((category) => category.code === code)
export const lifeProvidersOf = (code: string): SnapshotLifeProvider[] => lifeServices().providers.filter((provider) => provider.categories.includes(code))
