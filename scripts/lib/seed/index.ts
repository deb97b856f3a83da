import type { Payload } from 'payload'

import path from 'node:path'

import { ROOT_DIR } from '../../../cms/config/paths'
import { withTransaction } from '../../../cms/lib/withTransaction'
import { openMissingBoards } from '../../../collections/Boards/openMissing'
import { SKIP_PORTAL_REBUILD } from '../../../collections/catalogue/hooks/queuePortalRebuild'
import { CENTRES_CHECKED_WITH_GUIDES } from '../../../collections/ServiceCentres/hooks/keepListedServices'
import { seedDemoPopulation } from '../population/seedDemoPopulation'
import { emptyIds } from './catalogueData'
import { seedAppointmentSchedules } from './appointmentSchedules'
import { type BoardsReport, emptyBoardsReport, seedDemoBoards } from './boards'
import { seedCalendar } from './calendar'
import { loadSeedContent } from './content'
import { emptyLifeReport, type LifeReport, seedDemoProviders, seedLifeCategories } from './lifeServices'
import { seedSmsTemplates } from './smsTemplates'
import { type CatalogueReport, emptyCatalogueReport, seedCatalogue } from './seedCatalogue'
import { emptyTally, type Tally, upsertByKey } from './upsert'

export const CONTENT_DIR = path.join(ROOT_DIR, 'content')

/** The shared password of the demo accounts, documented in README.md. */
export const DEMO_PASSWORD = 'yizhan-demo-2026'

type SeedReport = { appointmentSchedules: Tally; calendar: Tally; demoPopulation: Tally; demoUsers: Tally; departments: Tally; divisions: Tally; smsTemplates: Tally } & BoardsReport & CatalogueReport & LifeReport

type SeedOptions = {
  contentDir?: string
  demo: boolean
  /** Queue a portal rebuild for what changed (a running server builds it); false when the caller builds the portal itself. */
  rebuildPortal?: boolean
}

/** Whether a seed run created or changed anything. */
export const seedChangedAnything = (report: SeedReport): boolean =>
  Object.values(report).some((tally) => tally.created + tally.updated > 0)

/**
 * Load `content/` into the database: validate every file first, then write
 * everything in one transaction. Idempotent: a second run reports only
 * unchanged documents.
 */
export async function seedContent(
  payload: Payload,
  { contentDir = CONTENT_DIR, demo, rebuildPortal = true }: SeedOptions,
): Promise<SeedReport> {
  const content = await loadSeedContent(contentDir)
  const report: SeedReport = {
    divisions: emptyTally(),
    departments: emptyTally(),
    calendar: emptyTally(),
    smsTemplates: emptyTally(),
    appointmentSchedules: emptyTally(),
    demoUsers: emptyTally(),
    demoPopulation: emptyTally(),
    ...emptyCatalogueReport(),
    ...emptyLifeReport(),
    ...emptyBoardsReport(),
  }

  await withTransaction(payload, async (req) => {
    if (!rebuildPortal) req.context[SKIP_PORTAL_REBUILD] = true
    // loadSeedContent checked every guide against every centre of the files
    req.context[CENTRES_CHECKED_WITH_GUIDES] = true
    const ids = emptyIds()
    const { divisions: divisionIds, departments: departmentIds } = ids
    for (const division of content.divisions) {
      const doc = await upsertByKey({
        payload,
        req,
        collection: 'divisions',
        key: 'code',
        data: { code: division.code, name: division.name },
        tally: report.divisions,
      })
      divisionIds.set(division.code, doc.id)
    }

    for (const department of content.departments) {
      const doc = await upsertByKey({
        payload,
        req,
        collection: 'departments',
        key: 'code',
        data: {
          ...department,
          division: divisionIds.get(department.division),
        },
        tally: report.departments,
      })
      departmentIds.set(department.code, doc.id)
    }

    // Divisions created now open their boards themselves; those stored before boards existed get theirs here.
    await openMissingBoards(payload, req)
    await seedCalendar(payload, req, report.calendar)
    await seedSmsTemplates(payload, req, report.smsTemplates)
    Object.assign(report, await seedCatalogue({ ids, payload, req }, content.catalogue))
    await seedAppointmentSchedules(payload, req, report.appointmentSchedules)
    const categoryIds = await seedLifeCategories(payload, req, content.life.categories, report.lifeCategories)

    if (!demo) return
    for (const user of content.demoUsers) {
      await upsertByKey({
        payload,
        req,
        collection: 'users',
        key: 'username',
        data: {
          username: user.username,
          name: user.name,
          roles: user.roles,
          division: divisionIds.get(user.division),
          department: user.department ? departmentIds.get(user.department) : null,
          phone: user.phone ?? null,
          isDemo: true,
        },
        dataOnCreate: { password: DEMO_PASSWORD, active: true },
        tally: report.demoUsers,
      })
    }
    await seedDemoProviders(payload, req, { categoryIds, divisionIds, password: DEMO_PASSWORD, providers: content.life.demoProviders }, report.demoProviders)
    const persons = await seedDemoPopulation(req)
    if (persons > 0) report.demoPopulation.created = persons
    else report.demoPopulation.unchanged = await payload.count({ collection: 'persons', req }).then((count) => count.totalDocs)
    // The boards' residents are verified against the demo population.
    if (content.boards) await seedDemoBoards(payload, req, content.boards, report)
  })

  return report
}

const SEED_LABELS: Record<keyof SeedReport, string> = {
  divisions: '行政区划',
  departments: '部门',
  calendar: '节假日安排',
  smsTemplates: '短信模板',
  stages: '人生阶段',
  topics: '主题',
  centres: '服务中心',
  media: '附件',
  services: '办事指南',
  bundles: '一件事',
  appointmentSchedules: '预约时段',
  lifeCategories: '生活服务类别',
  demoUsers: '演示账号',
  demoProviders: '演示加盟企业',
  demoPopulation: '演示人员',
  demoResidents: '演示居民账号',
  boardThreads: '论坛主题帖',
  boardReplies: '论坛回复',
  proposalSupports: '提议支持',
}

/** One line per collection: how many documents were created, updated or left alone. */
export function describeSeedReport(report: SeedReport): string {
  return (Object.keys(SEED_LABELS) as (keyof SeedReport)[])
    .map((key) => {
      const { created, updated, unchanged } = report[key]
      return `  ${SEED_LABELS[key]}：新增 ${created}，更新 ${updated}，未变 ${unchanged}`
    })
    .join('\n')
}
