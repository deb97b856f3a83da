import { caseEventCollection } from '../casework/eventCollection'
import { scopePathField } from '../fields/divisionScope'
import { selectOptions } from '../fields/selectOptions'
import { lifeManagersInScope, providerOwnedOr } from '../lifeServices/access'
import { PROVIDER_STATUS_LABELS } from '../Providers/states'

/**
 * Every step in a provider's standing — application, approval, return,
 * warning, suspension, resumption, expulsion, leaving — with who, when and
 * why. Entries marked public are the sanctions residents see.
 */
export const ProviderEvents = caseEventCollection({
  slug: 'provider-events',
  labels: { singular: { zh: '加盟企业记录', en: 'Provider event' }, plural: { zh: '加盟企业记录', en: 'Provider history' } },
  group: { zh: '生活服务', en: 'Life services' },
  description: '加盟企业的申请、审核、警告、暂停、恢复、清退和退出，只能追加，任何人不能修改或删除。',
  read: providerOwnedOr(lifeManagersInScope),
  appendOnlyMessage: '加盟企业记录只能追加，不能修改或删除',
  link: { name: 'provider', type: 'relationship', relationTo: 'providers', required: true, index: true, label: { zh: '加盟企业', en: 'Provider' }, admin: { readOnly: true } },
  statusOptions: selectOptions(PROVIDER_STATUS_LABELS),
  fields: [
    { name: 'public', type: 'checkbox', defaultValue: false, index: true, label: { zh: '向居民公开的处理', en: 'Public sanction' } },
    scopePathField,
  ],
})
