import { RefusedQueryNotice as RefusedQueryNotice_d9623ee198ba144fc67fac9fb89381cb } from '../../../../collections/privacy/components/RefusedQueryNotice'
import { MaterialRowLabel as MaterialRowLabel_0ca2a689f3c7e78c53f40aefee040cc0 } from '../../../../collections/Services/fields/RowLabel'
import { RelatedServicesField as RelatedServicesField_d31ace788dc95c955296bcf121f11604 } from '../../../../collections/Services/fields/RelatedServicesField'
import { FormFieldRowLabel as FormFieldRowLabel_0ca2a689f3c7e78c53f40aefee040cc0 } from '../../../../collections/Services/fields/RowLabel'
import { GuideFilters as GuideFilters_08c29b86ddb958736a2a3a71304f5a5a } from '../../../../collections/Services/components/GuideFilters'
import { CurrentPasswordField as CurrentPasswordField_9837c9cf1651a2227d1afe82cddba151 } from '../../../../collections/Users/components/CurrentPasswordField'
import { CalendarYearLink as CalendarYearLink_4639ed2b133e54313bcec8bae547545b } from '../../../../collections/CalendarDays/components/CalendarYearLink'
import { WorkflowActions as WorkflowActions_9e27a70cdc03ae81d81c662a03feb374 } from '../../../../collections/Applications/components/WorkflowActions'
import { ApplicantCell as ApplicantCell_f560492ce910172fe313a61b96af7d6b } from '../../../../collections/Applications/reviewing/ApplicantCell'
import { TimeLeftCell as TimeLeftCell_c64327dcb818bba6d137c62eb40854de } from '../../../../collections/Applications/reviewing/TimeLeftCell'
import { DueDateCell as DueDateCell_037ae4ed46bcab0289e5f3b2b2a282b5 } from '../../../../collections/CalendarDays/components/DueDateCell'
import { AnswersView as AnswersView_e662859f63f6b2d9033ec50c79a5bc0b } from '../../../../collections/Applications/components/AnswersView'
import { AttachmentsPreview as AttachmentsPreview_88e60e4944f022830ae3d681b030259b } from '../../../../collections/Applications/components/AttachmentsPreview'
import { ContactApplicant as ContactApplicant_68d5fd4ead713b0fe82efb2332d6dd91 } from '../../../../collections/Applications/reviewing/ContactApplicant'
import { NoticeLinks as NoticeLinks_841dded5d4df509154935ab7cc732d6b } from '../../../../collections/Applications/notices/NoticeLinks'
import { RevealFull as RevealFull_575483c2353f5edbc0066b0e92a7f15f } from '../../../../collections/privacy/components/RevealFull'
import { QueueTabs as QueueTabs_1f02b8eac94b8a89180bf32daf264af2 } from '../../../../collections/Applications/components/QueueTabs'
import { ReviewerTools as ReviewerTools_c49072a20a31866c6a5a2a010242682f } from '../../../../collections/Applications/reviewing/ReviewerTools'
import { ResultTemplatePreview as ResultTemplatePreview_84e67a3096be4a0f98e9bf393a0fa880 } from '../../../../collections/ResultTemplates/components/ResultTemplatePreview'
import { RevokePanel as RevokePanel_b1f5f491b0c0a84065fc6f7f1b374c44 } from '../../../../collections/ResultDocuments/components/RevokePanel'
import { TemplatePreview as TemplatePreview_f04a873226e16e20e9cb4162f3ccd4ad } from '../../../../collections/SmsTemplates/components/TemplatePreview'
import { ApproveButton as ApproveButton_a9cd19b27317a6cd00d75cbfb5afd600 } from '../../../../collections/SmsTemplates/components/ApproveButton'
import { NoUnpublish as NoUnpublish_a9cd19b27317a6cd00d75cbfb5afd600 } from '../../../../collections/SmsTemplates/components/ApproveButton'
import { RecordHistoryLink as RecordHistoryLink_1393f49eece9ae3a64c4c9f9fb7192e0 } from '../../../../collections/privacy/components/RecordHistoryLink'
import { DuplicateCandidates as DuplicateCandidates_ee2325c0b6e5cd101e126317ca62c290 } from '../../../../collections/Persons/duplicates/DuplicateCandidates'
import { PersonsListActions as PersonsListActions_10d910cf578a804a1903c054f7dd3f31 } from '../../../../collections/Persons/components/PersonsListActions'
import { ChangesTable as ChangesTable_f8ad73f4bd2f2a1ef939ae23460654c6 } from '../../../../collections/AuditLog/components/ChangesTable'
import { ResendButton as ResendButton_a0fb0fc03ab6af925609896905d9c60d } from '../../../../collections/WebhookDeliveries/components/ResendButton'
import { TicketWorkflow as TicketWorkflow_4176d4eb47f2a194240ca2c71898a6fc } from '../../../../collections/Tickets/components/TicketWorkflow'
import { PromoteReply as PromoteReply_5acf6b5f5196fac22ba77470118f2fa0 } from '../../../../collections/KnowledgeEntries/components/PromoteReply'
import { PublishAnswer as PublishAnswer_ac830c4d57e826a1ccc4752602b1fd8a } from '../../../../collections/statistics/public/components/PublishAnswer'
import { TicketQueueTabs as TicketQueueTabs_567198fb2607ed6c89a37f59a3971cd1 } from '../../../../collections/Tickets/components/TicketQueueTabs'
import { ReviewDueNotice as ReviewDueNotice_857d851c122f2207264934f06f34d6d1 } from '../../../../collections/KnowledgeEntries/components/ReviewDueNotice'
import { GroupActions as GroupActions_e8da421a34261b9c404a6ac198227acb } from '../../../../collections/DemandGroups/components/GroupActions'
import { ProviderStanding as ProviderStanding_c091f4729fcae2406f371dd8c33d2b15 } from '../../../../collections/Providers/components/ProviderStanding'
import { StandingTabs as StandingTabs_4893a5a8e472d8cdba525f4d1fdf4278 } from '../../../../collections/Providers/components/StandingTabs'
import { LifeOrderWorkflow as LifeOrderWorkflow_d3d53525fc1e3f98b32761bd9e502a91 } from '../../../../collections/LifeOrders/components/LifeOrderWorkflow'
import { LifeOrderQueueTabs as LifeOrderQueueTabs_0b9a7830dd2134f253de2e87310dc3ed } from '../../../../collections/LifeOrders/components/LifeOrderQueueTabs'
import { LifeComplaintWorkflow as LifeComplaintWorkflow_7db182a70014008ff0ddcdf0a2965c8d } from '../../../../collections/LifeComplaints/components/LifeComplaintWorkflow'
import { LifeComplaintQueueTabs as LifeComplaintQueueTabs_53a8e910ae6e1170ecb2699bb37fb494 } from '../../../../collections/LifeComplaints/components/LifeComplaintQueueTabs'
import { MemberDecision as MemberDecision_f9f9891063771354e6fc23ab6fd47239 } from '../../../../collections/BoardMembers/components/MemberDecision'
import { ProposalActions as ProposalActions_d543d2cc3d02a0ed7faea046da84029b } from '../../../../collections/BoardThreads/components/ProposalActions'
import { ConvertThread as ConvertThread_834bcc1de68a35561ded82214141fa7c } from '../../../../collections/community/demands/components/ConvertThread'
import { WordsListActions as WordsListActions_0672f766a122e50894d7ad4b619be414 } from '../../../../collections/SensitiveWords/components/WordsListActions'
import { Icon as Icon_bc64442ee066953691f85c8dc29a6959 } from '../../../../cms/components/Brand'
import { Logo as Logo_bc64442ee066953691f85c8dc29a6959 } from '../../../../cms/components/Brand'
import { AdminNavLink as AdminNavLink_0e39bd75f03738e4d9a773e71d997a81 } from '../../../../cms/components/AdminNavLink'
import { CalendarWarningPanel as CalendarWarningPanel_0dda781e2d4740b8d904f46b2ad2dfe0 } from '../../../../collections/CalendarDays/components/CalendarWarningPanel'
import { PortalBuildPanel as PortalBuildPanel_92bfaea16267af025d6484667660146d } from '../../../../collections/PortalBuilds/components/PortalBuildPanel'
import { ReviewDuePanel as ReviewDuePanel_46b54b864536e2f1ec4d6519e0cc4ba2 } from '../../../../collections/Services/components/ReviewDuePanel'
import { CorrectionsPanel as CorrectionsPanel_753ad2fde48f052aecef349f6e819584 } from '../../../../collections/GuideCorrections/components/CorrectionsPanel'
import { StatisticsView as StatisticsView_147b68127554e9c4766c6e23e9b0d16b } from '../../../../collections/Applications/statistics/StatisticsView'
import { PopulationStatisticsView as PopulationStatisticsView_97d07d0f8456092201582f2d6e44f8e1 } from '../../../../collections/population/statistics/PopulationStatisticsView'
import { PersonsImportView as PersonsImportView_2126da6db41d91ebfa50ea0f9bd46b5c } from '../../../../collections/Persons/transfer/ImportView'
import { SensitiveWordsImportView as SensitiveWordsImportView_3268eba6ad1168302d6cc739ec52c88f } from '../../../../collections/SensitiveWords/import/ImportView'
import { CalendarYearView as CalendarYearView_5b540c7adc81e956266521a54fe9f999 } from '../../../../collections/CalendarDays/components/CalendarYearView'
import { HotlineDeskView as HotlineDeskView_f424d9af5a8bde9f8e5954d141f82f4a } from '../../../../collections/Tickets/desk/HotlineDeskView'
import { HotlineStatisticsView as HotlineStatisticsView_e5ba87a4ff5d7c7ec27523742d5b9720 } from '../../../../collections/Tickets/statistics/HotlineStatisticsView'
import { ExpiringView as ExpiringView_04fdef88c9d00fbd63e76d671ca67d7e } from '../../../../collections/lifeServices/expiring/ExpiringView'
import { LifeBookView as LifeBookView_5d8c0029f02e4b6c7df0c073a4c81f73 } from '../../../../collections/LifeOrders/desk/LifeBookView'
import { DemandAnalysisView as DemandAnalysisView_a866c6c37496a6dfc8f3535c2df2f8ff } from '../../../../collections/Tickets/analysis/DemandAnalysisView'
import { ScoresView as ScoresView_a382c41742bebd50b95ada63fb4006b2 } from '../../../../collections/Tickets/supervision/ScoresView'
import { SettlementView as SettlementView_c1e659e1758b69da5a5ecdfaa32f0651 } from '../../../../collections/lifeServices/settlement/SettlementView'
import { LifeStatisticsView as LifeStatisticsView_0565d64dd17b597ddd49acf6e7797156 } from '../../../../collections/lifeServices/statistics/LifeStatisticsView'
import { QueueView as QueueView_d90dc96b91080f51da7ded26a4846201 } from '../../../../collections/community/moderation/QueueView'
import { GovernanceView as GovernanceView_d5950f2b6df41a326262be6686489a73 } from '../../../../collections/community/moderation/GovernanceView'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/collections/privacy/components/RefusedQueryNotice#RefusedQueryNotice": RefusedQueryNotice_d9623ee198ba144fc67fac9fb89381cb,
  "/collections/Services/fields/RowLabel#MaterialRowLabel": MaterialRowLabel_0ca2a689f3c7e78c53f40aefee040cc0,
  "/collections/Services/fields/RelatedServicesField#RelatedServicesField": RelatedServicesField_d31ace788dc95c955296bcf121f11604,
  "/collections/Services/fields/RowLabel#FormFieldRowLabel": FormFieldRowLabel_0ca2a689f3c7e78c53f40aefee040cc0,
  "/collections/Services/components/GuideFilters#GuideFilters": GuideFilters_08c29b86ddb958736a2a3a71304f5a5a,
  "/collections/Users/components/CurrentPasswordField#CurrentPasswordField": CurrentPasswordField_9837c9cf1651a2227d1afe82cddba151,
  "/collections/CalendarDays/components/CalendarYearLink#CalendarYearLink": CalendarYearLink_4639ed2b133e54313bcec8bae547545b,
  "/collections/Applications/components/WorkflowActions#WorkflowActions": WorkflowActions_9e27a70cdc03ae81d81c662a03feb374,
  "/collections/Applications/reviewing/ApplicantCell#ApplicantCell": ApplicantCell_f560492ce910172fe313a61b96af7d6b,
  "/collections/Applications/reviewing/TimeLeftCell#TimeLeftCell": TimeLeftCell_c64327dcb818bba6d137c62eb40854de,
  "/collections/CalendarDays/components/DueDateCell#DueDateCell": DueDateCell_037ae4ed46bcab0289e5f3b2b2a282b5,
  "/collections/Applications/components/AnswersView#AnswersView": AnswersView_e662859f63f6b2d9033ec50c79a5bc0b,
  "/collections/Applications/components/AttachmentsPreview#AttachmentsPreview": AttachmentsPreview_88e60e4944f022830ae3d681b030259b,
  "/collections/Applications/reviewing/ContactApplicant#ContactApplicant": ContactApplicant_68d5fd4ead713b0fe82efb2332d6dd91,
  "/collections/Applications/notices/NoticeLinks#NoticeLinks": NoticeLinks_841dded5d4df509154935ab7cc732d6b,
  "/collections/privacy/components/RevealFull#RevealFull": RevealFull_575483c2353f5edbc0066b0e92a7f15f,
  "/collections/Applications/components/QueueTabs#QueueTabs": QueueTabs_1f02b8eac94b8a89180bf32daf264af2,
  "/collections/Applications/reviewing/ReviewerTools#ReviewerTools": ReviewerTools_c49072a20a31866c6a5a2a010242682f,
  "/collections/ResultTemplates/components/ResultTemplatePreview#ResultTemplatePreview": ResultTemplatePreview_84e67a3096be4a0f98e9bf393a0fa880,
  "/collections/ResultDocuments/components/RevokePanel#RevokePanel": RevokePanel_b1f5f491b0c0a84065fc6f7f1b374c44,
  "/collections/SmsTemplates/components/TemplatePreview#TemplatePreview": TemplatePreview_f04a873226e16e20e9cb4162f3ccd4ad,
  "/collections/SmsTemplates/components/ApproveButton#ApproveButton": ApproveButton_a9cd19b27317a6cd00d75cbfb5afd600,
  "/collections/SmsTemplates/components/ApproveButton#NoUnpublish": NoUnpublish_a9cd19b27317a6cd00d75cbfb5afd600,
  "/collections/privacy/components/RecordHistoryLink#RecordHistoryLink": RecordHistoryLink_1393f49eece9ae3a64c4c9f9fb7192e0,
  "/collections/Persons/duplicates/DuplicateCandidates#DuplicateCandidates": DuplicateCandidates_ee2325c0b6e5cd101e126317ca62c290,
  "/collections/Persons/components/PersonsListActions#PersonsListActions": PersonsListActions_10d910cf578a804a1903c054f7dd3f31,
  "/collections/AuditLog/components/ChangesTable#ChangesTable": ChangesTable_f8ad73f4bd2f2a1ef939ae23460654c6,
  "/collections/WebhookDeliveries/components/ResendButton#ResendButton": ResendButton_a0fb0fc03ab6af925609896905d9c60d,
  "/collections/Tickets/components/TicketWorkflow#TicketWorkflow": TicketWorkflow_4176d4eb47f2a194240ca2c71898a6fc,
  "/collections/KnowledgeEntries/components/PromoteReply#PromoteReply": PromoteReply_5acf6b5f5196fac22ba77470118f2fa0,
  "/collections/statistics/public/components/PublishAnswer#PublishAnswer": PublishAnswer_ac830c4d57e826a1ccc4752602b1fd8a,
  "/collections/Tickets/components/TicketQueueTabs#TicketQueueTabs": TicketQueueTabs_567198fb2607ed6c89a37f59a3971cd1,
  "/collections/KnowledgeEntries/components/ReviewDueNotice#ReviewDueNotice": ReviewDueNotice_857d851c122f2207264934f06f34d6d1,
  "/collections/DemandGroups/components/GroupActions#GroupActions": GroupActions_e8da421a34261b9c404a6ac198227acb,
  "/collections/Providers/components/ProviderStanding#ProviderStanding": ProviderStanding_c091f4729fcae2406f371dd8c33d2b15,
  "/collections/Providers/components/StandingTabs#StandingTabs": StandingTabs_4893a5a8e472d8cdba525f4d1fdf4278,
  "/collections/LifeOrders/components/LifeOrderWorkflow#LifeOrderWorkflow": LifeOrderWorkflow_d3d53525fc1e3f98b32761bd9e502a91,
  "/collections/LifeOrders/components/LifeOrderQueueTabs#LifeOrderQueueTabs": LifeOrderQueueTabs_0b9a7830dd2134f253de2e87310dc3ed,
  "/collections/LifeComplaints/components/LifeComplaintWorkflow#LifeComplaintWorkflow": LifeComplaintWorkflow_7db182a70014008ff0ddcdf0a2965c8d,
  "/collections/LifeComplaints/components/LifeComplaintQueueTabs#LifeComplaintQueueTabs": LifeComplaintQueueTabs_53a8e910ae6e1170ecb2699bb37fb494,
  "/collections/BoardMembers/components/MemberDecision#MemberDecision": MemberDecision_f9f9891063771354e6fc23ab6fd47239,
  "/collections/BoardThreads/components/ProposalActions#ProposalActions": ProposalActions_d543d2cc3d02a0ed7faea046da84029b,
  "/collections/community/demands/components/ConvertThread#ConvertThread": ConvertThread_834bcc1de68a35561ded82214141fa7c,
  "/collections/SensitiveWords/components/WordsListActions#WordsListActions": WordsListActions_0672f766a122e50894d7ad4b619be414,
  "/cms/components/Brand#Icon": Icon_bc64442ee066953691f85c8dc29a6959,
  "/cms/components/Brand#Logo": Logo_bc64442ee066953691f85c8dc29a6959,
  "/cms/components/AdminNavLink#AdminNavLink": AdminNavLink_0e39bd75f03738e4d9a773e71d997a81,
  "/collections/CalendarDays/components/CalendarWarningPanel#CalendarWarningPanel": CalendarWarningPanel_0dda781e2d4740b8d904f46b2ad2dfe0,
  "/collections/PortalBuilds/components/PortalBuildPanel#PortalBuildPanel": PortalBuildPanel_92bfaea16267af025d6484667660146d,
  "/collections/Services/components/ReviewDuePanel#ReviewDuePanel": ReviewDuePanel_46b54b864536e2f1ec4d6519e0cc4ba2,
  "/collections/GuideCorrections/components/CorrectionsPanel#CorrectionsPanel": CorrectionsPanel_753ad2fde48f052aecef349f6e819584,
  "/collections/Applications/statistics/StatisticsView#StatisticsView": StatisticsView_147b68127554e9c4766c6e23e9b0d16b,
  "/collections/population/statistics/PopulationStatisticsView#PopulationStatisticsView": PopulationStatisticsView_97d07d0f8456092201582f2d6e44f8e1,
  "/collections/Persons/transfer/ImportView#PersonsImportView": PersonsImportView_2126da6db41d91ebfa50ea0f9bd46b5c,
  "/collections/SensitiveWords/import/ImportView#SensitiveWordsImportView": SensitiveWordsImportView_3268eba6ad1168302d6cc739ec52c88f,
  "/collections/CalendarDays/components/CalendarYearView#CalendarYearView": CalendarYearView_5b540c7adc81e956266521a54fe9f999,
  "/collections/Tickets/desk/HotlineDeskView#HotlineDeskView": HotlineDeskView_f424d9af5a8bde9f8e5954d141f82f4a,
  "/collections/Tickets/statistics/HotlineStatisticsView#HotlineStatisticsView": HotlineStatisticsView_e5ba87a4ff5d7c7ec27523742d5b9720,
  "/collections/lifeServices/expiring/ExpiringView#ExpiringView": ExpiringView_04fdef88c9d00fbd63e76d671ca67d7e,
  "/collections/LifeOrders/desk/LifeBookView#LifeBookView": LifeBookView_5d8c0029f02e4b6c7df0c073a4c81f73,
  "/collections/Tickets/analysis/DemandAnalysisView#DemandAnalysisView": DemandAnalysisView_a866c6c37496a6dfc8f3535c2df2f8ff,
  "/collections/Tickets/supervision/ScoresView#ScoresView": ScoresView_a382c41742bebd50b95ada63fb4006b2,
  "/collections/lifeServices/settlement/SettlementView#SettlementView": SettlementView_c1e659e1758b69da5a5ecdfaa32f0651,
  "/collections/lifeServices/statistics/LifeStatisticsView#LifeStatisticsView": LifeStatisticsView_0565d64dd17b597ddd49acf6e7797156,
  "/collections/community/moderation/QueueView#QueueView": QueueView_d90dc96b91080f51da7ded26a4846201,
  "/collections/community/moderation/GovernanceView#GovernanceView": GovernanceView_d5950f2b6df41a326262be6686489a73,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
