import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { zh } from '@payloadcms/translations/languages/zh'
import path from 'node:path'
import { buildConfig, type Config } from 'payload'
import sharp from 'sharp'

import { corsOrigins } from './cms/config/cors'
import {
  applyShippedMigrations,
  createDatabaseAdapter,
  resolveDatabaseTarget,
} from './cms/config/database'
import { emailAdapter } from './cms/config/email'
import { withStaffOnlyInternals } from './cms/config/internalAccess'
import { ROOT_DIR } from './cms/config/paths'
import { requireSecret } from './cms/config/secret'
import { healthEndpoint } from './cms/endpoints/health'
import { apiDocsEndpoint, openApiEndpoint } from './cms/endpoints/openapi'
import { open311Endpoints } from './collections/Tickets/inbound/open311/endpoints'
import { GRAPHQL_LIMITS, queryShapeRule } from './cms/lib/graphqlLimits'
import { MEDIA_FILE_MAX_BYTES } from './cms/server/bodyLimits'
import { deliverNotificationsTask } from './cms/jobs/deliverNotifications'
import { deliverWebhooksTask, WEBHOOK_QUEUE } from './cms/jobs/deliverWebhooks'
import { DepartmentSystems } from './collections/DepartmentSystems'
import { WebhookDeliveries } from './collections/WebhookDeliveries'
import { purgePendingResidentsTask } from './cms/jobs/purgePendingResidents'
import { purgeRateLimitsTask } from './cms/jobs/purgeRateLimits'
import { publishOpenDataTask } from './cms/jobs/openData'
import { precomputeDemandRepeatsTask } from './cms/jobs/precomputeDemandRepeats'
import { refreshPlannerStatisticsTask } from './cms/jobs/refreshPlannerStatistics'
import { regroupDemandsTask } from './cms/jobs/regroupDemands'
import { refreshWorkerCardsTask } from './cms/jobs/refreshWorkerCards'
import { PORTAL_QUEUE } from './cms/publish/queue'
import { rebuildPortalTask } from './cms/publish/rebuildTask'
import { ApiClients } from './collections/ApiClients'
import { Appointments, checkInNavLink } from './collections/Appointments'
import { AppointmentSchedules } from './collections/Appointments/schedules'
import { AppointmentSlots } from './collections/Appointments/slots'
import { markNoShowsTask, remindAppointmentsTask } from './cms/jobs/appointments'
import { expireLifeOffersTask } from './cms/jobs/lifeOrders'
import { ApplicationEvents } from './collections/ApplicationEvents'
import { ApplicationFiles } from './collections/ApplicationFiles'
import { Applications } from './collections/Applications'
import { AuditLog } from './collections/AuditLog'
import { applicationStatisticsEntry } from './collections/Applications/statistics'
import { populationStatisticsEntry } from './collections/population/statistics'
import { Bundles } from './collections/Bundles'
import { BundleCases } from './collections/BundleCases'
import { CalendarDays } from './collections/CalendarDays'
import { recountDueDatesTask } from './collections/CalendarDays/recompute'
import { calendarYearView } from './collections/CalendarDays/yearScreen'
import { CorrectionEvents } from './collections/CorrectionEvents'
import { Departments } from './collections/Departments'
import { Divisions } from './collections/Divisions'
import { Dwellings } from './collections/Dwellings'
import { GuideCorrections } from './collections/GuideCorrections'
import { DemandGroups } from './collections/DemandGroups'
import { Demands } from './collections/Demands'
import { GuideFeedback } from './collections/GuideFeedback'
import { GuideComments } from './collections/GuideFeedback/comments'
import { Households } from './collections/Households'
import { KnowledgeEntries } from './collections/KnowledgeEntries'
import { LifeCategories } from './collections/LifeCategories'
import { LifeOrderEvents } from './collections/LifeOrderEvents'
import { LifeComplaintEvents } from './collections/LifeComplaintEvents'
import { LifeComplaints } from './collections/LifeComplaints'
import { lifeComplaintResidentEndpoints } from './collections/LifeComplaints/residentEndpoints'
import { settlementEndpoints, settlementEntry } from './collections/lifeServices/settlement'
import { lifeStatisticsEntry, lifeStatisticsExportEndpoint } from './collections/lifeServices/statistics'
import { LifeOrders } from './collections/LifeOrders'
import { LifeStages } from './collections/LifeStages'
import { Media } from './collections/Media'
import { Notifications } from './collections/Notifications'
import { SmsTemplates } from './collections/SmsTemplates'
import { Organisations } from './collections/Organisations'
import { Persons } from './collections/Persons'
import { personsImportView } from './collections/Persons/transfer/importScreen'
import { sensitiveWordsImportView } from './collections/SensitiveWords/import/importScreen'
import { PortalBuilds } from './collections/PortalBuilds'
import { ProviderAccounts } from './collections/ProviderAccounts'
import { ProviderEvents } from './collections/ProviderEvents'
import { ProviderItems } from './collections/ProviderItems'
import { Providers } from './collections/Providers'
import { RateLimits } from './collections/RateLimits'
import { Registers } from './collections/Registers'
import { SearchMisses } from './collections/SearchMisses'
import { searchMissEndpoint } from './collections/SearchMisses/endpoints/report'
import { Residents } from './collections/Residents'
import { myEndpoints } from './collections/Residents/endpoints/my'
import { residentLifeEndpoints } from './collections/LifeOrders/endpoints'
import { communityBoardEndpoints } from './collections/BoardThreads/endpoints'
import { certificateEndpoints, downloadEndpoints, verifyEndpoints } from './collections/ResultDocuments/endpoints/results'
import { providerApplyEndpoint } from './collections/Providers/endpoints/apply'
import { providerSearchEndpoint } from './collections/Providers/endpoints/search'
import { proposalEndpoints } from './collections/community/proposals/endpoints'
import { subscriptionEndpoint } from './collections/BoardSubscriptions/endpoints'
import { ResultDocuments } from './collections/ResultDocuments'
import { ResultTemplates } from './collections/ResultTemplates'
import { ServiceCentres } from './collections/ServiceCentres'
import { Services } from './collections/Services'
import { HotlineSettings } from './collections/HotlineSettings'
import { TicketEvents } from './collections/TicketEvents'
import { TicketFollowers } from './collections/TicketFollowers'
import { TicketPhotos } from './collections/TicketPhotos'
import { Tickets } from './collections/Tickets'
import { DispatchRules } from './collections/DispatchRules'
import { StaffMessages } from './collections/StaffMessages'
import { SupervisionOrders } from './collections/Tickets/supervision/orders'
import { superviseTicketsTask } from './cms/jobs/supervision'
import { handlerScoresEntry } from './collections/Tickets/supervision'
import { hotlineDeskEntry } from './collections/Tickets/desk'
import { hotlineStatisticsEntry } from './collections/Tickets/statistics'
import { expiringEntry } from './collections/lifeServices/expiring'
import { lifeBookEntry } from './collections/LifeOrders/desk'
import { demandAnalysisEntry } from './collections/Tickets/analysis'
import { TicketAnalysisCounters } from './collections/Tickets/analysis/counters'
import { withPersonalQueryGuard } from './collections/privacy/personalQueries'
import { Topics } from './collections/Topics'
import { Users } from './collections/Users'
import { Workers } from './collections/Workers'
import { Boards } from './collections/Boards'
import { BoardMembers } from './collections/BoardMembers'
import { BoardThreads } from './collections/BoardThreads'
import { BoardReplies } from './collections/BoardReplies'
import { BoardPhotos } from './collections/BoardPhotos'
import { BoardReports } from './collections/BoardReports'
import { governanceEntry, governanceExportEndpoint, moderationQueueEntry } from './collections/community/moderation/adminViews'
import { moderationEndpoints } from './collections/community/moderation/endpoints'
import { BoardBlacklist } from './collections/BoardBlacklist'
import { SensitiveWords } from './collections/SensitiveWords'
import { ProposalSupports } from './collections/ProposalSupports'
import { ProposalUpdates } from './collections/ProposalUpdates'
import { CouncilMeetings } from './collections/CouncilMeetings'
import { BoardSubscriptions } from './collections/BoardSubscriptions'
import { answerMalformedRequests, silencedErrorLogs } from './collections/errorAnswers'
import { withInputChecks } from './collections/validation/inputChecks'
import { SIGN_IN_FAILED } from './collections/Users/hooks/throttleSignIn'

const database = resolveDatabaseTarget()

export default buildConfig({
  secret: requireSecret(),
  serverURL: process.env.PUBLIC_URL?.replace(/\/$/, '') || undefined,
  admin: {
    user: Users.slug,
    meta: {
      titleSuffix: ' · 一站通',
      description: '一站通社区综合服务平台管理后台',
    },
    importMap: {
      baseDir: ROOT_DIR,
      importMapFile: path.join(ROOT_DIR, 'cms', 'app', '(payload)', 'admin', 'importMap.js'),
    },
    dateFormat: 'yyyy-MM-dd HH:mm',
    components: {
      graphics: {
        Logo: '/cms/components/Brand#Logo',
        Icon: '/cms/components/Brand#Icon',
      },
      beforeDashboard: [
        '/collections/CalendarDays/components/CalendarWarningPanel#CalendarWarningPanel',
        '/collections/Applications/components/QueueTabs#QueueTabs',
        '/collections/PortalBuilds/components/PortalBuildPanel#PortalBuildPanel',
        '/collections/Services/components/ReviewDuePanel#ReviewDuePanel',
        '/collections/GuideCorrections/components/CorrectionsPanel#CorrectionsPanel',
      ],
      afterNavLinks: [hotlineDeskEntry.navLink, checkInNavLink, applicationStatisticsEntry.navLink, hotlineStatisticsEntry.navLink, demandAnalysisEntry.navLink, handlerScoresEntry.navLink, populationStatisticsEntry.navLink, settlementEntry.navLink, lifeStatisticsEntry.navLink, expiringEntry.navLink, lifeBookEntry.navLink, moderationQueueEntry.navLink, governanceEntry.navLink],
      views: {
        applicationStatistics: applicationStatisticsEntry.view,
        populationStatistics: populationStatisticsEntry.view,
        personsImport: personsImportView,
        sensitiveWordsImport: sensitiveWordsImportView,
        calendarYear: calendarYearView,
        hotlineDesk: hotlineDeskEntry.view,
        hotlineStatistics: hotlineStatisticsEntry.view,
        lifeExpiring: expiringEntry.view,
        lifeBook: lifeBookEntry.view,
        demandAnalysis: demandAnalysisEntry.view,
        handlerScores: handlerScoresEntry.view,
        lifeSettlement: settlementEntry.view,
        lifeStatistics: lifeStatisticsEntry.view,
        communityModeration: moderationQueueEntry.view,
        communityGovernance: governanceEntry.view,
      },
    },
  },
  i18n: {
    // The admin speaks Chinese first; staff may switch to English in their account.
    fallbackLanguage: 'zh',
    supportedLanguages: { zh, en },
    // One answer for an unknown account and a wrong password (Payload words them differently).
    translations: {
      zh: { error: { emailOrPasswordIncorrect: SIGN_IN_FAILED.zh, usernameOrPasswordIncorrect: SIGN_IN_FAILED.zh } },
      en: { error: { emailOrPasswordIncorrect: SIGN_IN_FAILED.en, usernameOrPasswordIncorrect: SIGN_IN_FAILED.en } },
    },
  },
  // Every collection: queries are checked for well-formedness first (withInputChecks
  // puts its hook in front), then for personal values (withPersonalQueryGuard).
  collections: withPersonalQueryGuard([
    LifeStages,
    Topics,
    Services,
    GuideCorrections,
    CorrectionEvents,
    GuideFeedback,
    GuideComments,
    SearchMisses,
    Bundles,
    ServiceCentres,
    AppointmentSchedules,
    AppointmentSlots,
    Appointments,
    Media,
    Departments,
    Divisions,
    Users,
    CalendarDays,
    Applications,
    BundleCases,
    ApplicationFiles,
    ApplicationEvents,
    ResultTemplates,
    ResultDocuments,
    Notifications,
    SmsTemplates,
    PortalBuilds,
    Persons,
    Households,
    Dwellings,
    Organisations,
    Registers,
    AuditLog,
    ApiClients,
    DepartmentSystems,
    WebhookDeliveries,
    Residents,
    Tickets,
    DispatchRules,
    SupervisionOrders,
    StaffMessages,
    TicketEvents,
    TicketPhotos,
    TicketFollowers,
    KnowledgeEntries,
    Demands,
    DemandGroups,
    RateLimits,
    TicketAnalysisCounters,
    LifeCategories,
    Providers,
    ProviderEvents,
    ProviderItems,
    ProviderAccounts,
    Workers,
    LifeOrders,
    LifeComplaints,
    LifeComplaintEvents,
    LifeOrderEvents,
    Boards,
    BoardMembers,
    BoardThreads,
    BoardReplies,
    BoardPhotos,
    BoardReports,
    BoardBlacklist,
    SensitiveWords,
    ProposalSupports,
    ProposalUpdates,
    CouncilMeetings,
    BoardSubscriptions,
  ]).map(withInputChecks),
  globals: [HotlineSettings],
  jobs: {
    // Scheduled publishing queues jobs; the long-running server works them off
    // every minute, and portal rebuilds (debounced by their waitUntil) within
    // seconds. Scripts and tests open Payload without a runner.
    // ANALYZE is SQLite's own upkeep: on MongoDB the hourly job would do nothing.
    tasks: [
      rebuildPortalTask,
      deliverNotificationsTask,
      deliverWebhooksTask,
      ...(database.engine === 'sqlite' ? [refreshPlannerStatisticsTask] : []),
      recountDueDatesTask,
      purgeRateLimitsTask,
      purgePendingResidentsTask,
      remindAppointmentsTask,
      markNoShowsTask,
      expireLifeOffersTask,
      superviseTicketsTask,
      publishOpenDataTask,
      regroupDemandsTask,
      precomputeDemandRepeatsTask,
      refreshWorkerCardsTask,
    ],
    enableConcurrencyControl: true,
    autoRun: [
      { cron: '* * * * *', queue: 'default', limit: 50 },
      { cron: '*/5 * * * * *', queue: PORTAL_QUEUE, limit: 1 },
      // Webhook deliveries go out right after their commit; this sweep sends retries when due and anything missed.
      { cron: '*/10 * * * * *', queue: WEBHOOK_QUEUE, limit: 20 },
    ],
    shouldAutoRun: () => process.env.YIZHAN_RUN_JOBS === '1',
  },
  endpoints: [healthEndpoint, openApiEndpoint, apiDocsEndpoint, ...open311Endpoints, searchMissEndpoint, ...myEndpoints, ...verifyEndpoints, ...downloadEndpoints, ...certificateEndpoints, ...lifeComplaintResidentEndpoints, ...settlementEndpoints, lifeStatisticsExportEndpoint, providerSearchEndpoint, providerApplyEndpoint, ...residentLifeEndpoints, ...proposalEndpoints, subscriptionEndpoint, ...moderationEndpoints, governanceExportEndpoint, ...communityBoardEndpoints],
  db: createDatabaseAdapter(database),
  editor: lexicalEditor(),
  email: emailAdapter(),
  sharp,
  // The server refuses larger bodies before reading them (cms/server/bodyLimits.ts); this bounds each file.
  upload: { limits: { fileSize: MEDIA_FILE_MAX_BYTES } },
  graphQL: { maxComplexity: GRAPHQL_LIMITS.maxComplexity, validationRules: (args) => [queryShapeRule(args.variableValues ?? {})] },
  // The portal may live on another origin (a CDN) and sends these two headers.
  cors: { origins: corsOrigins(), headers: ['Idempotency-Key', 'X-Query-Code'] },
  csrf: corsOrigins(),
  typescript: {
    outputFile: path.join(ROOT_DIR, 'cms', 'payload-types.ts'),
  },
  telemetry: false,
  logger: { options: { level: process.env.LOG_LEVEL?.trim() || 'info' } },
  // Refusals explained to the caller are routine, not server errors. Payload
  // looks levels up by error name; its type only lists its own error names.
  loggingLevels: { RequestError: 'info', ...silencedErrorLogs } as Config['loggingLevels'],
  // Failures the request caused answer 400, never 500, and no answer names an internal class.
  hooks: { afterError: [answerMalformedRequests] },
  onInit: applyShippedMigrations,
}).then(withStaffOnlyInternals)
