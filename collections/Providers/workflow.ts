import { type ActionDefinition, type CaseKind, checkAction, isActionOf } from '../casework/workflow'
import type { MessageEvent } from '../SmsTemplates/events'
import { PROVIDER_STATUS_LABELS, type ProviderStatus } from './states'

/** The messages to a provider's contact: each takes the firm's name and a note. */
export type ProviderMessage = Extract<MessageEvent, `provider.${string}`>

/**
 * A provider's standing as data (申请中 → 在册 → 暂停 → 退出): which action
 * moves it from which states to which, and whether it needs a reason.
 * `city`: life-services staff (生活服务监管); `provider`: the provider's own
 * account. Every step is an entry in `provider-events`; `public` steps are
 * sanctions residents see on the provider's page; `message` is the text the
 * provider's contact mobile gets for a step staff took.
 */
export type ProviderActionDefinition = ActionDefinition<ProviderStatus, 'city' | 'provider'> & { message?: ProviderMessage; public?: true }

const PROVIDER_CASE: CaseKind<ProviderStatus> = { noun: '加盟企业', statusLabels: PROVIDER_STATUS_LABELS, noteRefusalCode: 'NOTE_REQUIRED' }

export const PROVIDER_ACTIONS = {
  approve: { by: 'city', from: ['applying'], to: 'listed', label: '审核通过', noteRequired: false, noteLabel: '审核意见', message: 'provider.approved' },
  returnApplication: { by: 'city', from: ['applying'], to: 'same', label: '退回补正', noteRequired: true, noteLabel: '需要补正的内容', message: 'provider.returned' },
  refuse: { by: 'city', from: ['applying'], to: 'withdrawn', label: '不予通过', noteRequired: true, noteLabel: '不予通过的理由', message: 'provider.refused' },
  warn: { by: 'city', from: ['listed'], to: 'same', label: '警告', noteRequired: true, noteLabel: '警告的事实和依据（向居民公开）', public: true, message: 'provider.warned' },
  suspend: { by: 'city', from: ['listed'], to: 'suspended', label: '暂停接单', noteRequired: true, noteLabel: '暂停的事实和依据（向居民公开）', public: true, message: 'provider.suspended' },
  resume: { by: 'city', from: ['suspended'], to: 'listed', label: '恢复接单', noteRequired: true, noteLabel: '整改情况', message: 'provider.resumed' },
  expel: { by: 'city', from: ['listed', 'suspended'], to: 'withdrawn', label: '清退', noteRequired: true, noteLabel: '清退的事实和依据（向居民公开）', public: true, message: 'provider.expelled' },
  leave: { by: 'provider', from: ['listed', 'suspended'], to: 'withdrawn', label: '申请退出', noteRequired: true, noteLabel: '退出原因' },
} as const satisfies Record<string, ProviderActionDefinition>

export type ProviderAction = keyof typeof PROVIDER_ACTIONS

export const isProviderAction = (value: unknown): value is ProviderAction => isActionOf(PROVIDER_ACTIONS, value)

/** Refuse an action the table does not allow from `status`, or without its reason; answers the note, trimmed. */
export const checkProviderAction = (action: ProviderAction, status: ProviderStatus, note?: string): string =>
  checkAction(PROVIDER_CASE, PROVIDER_ACTIONS[action], status, note)
