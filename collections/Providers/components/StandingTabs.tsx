import type { Payload, TypedUser } from 'payload'

import { hasRole } from '../../access'
import { CaseQueueTabs } from '../../casework/components/CaseQueueTabs'
import { LIFE_MANAGER_ROLES } from '../../lifeServices/access'
import { PROVIDER_STATUS_LABELS, PROVIDERS, type ProviderStatus } from '../states'

type Props = { payload: Payload; user?: null | TypedUser }

/** The standings staff work through, the applications to vet first. */
const TABS: ProviderStatus[] = ['applying', 'listed', 'suspended']

/** Tabs above the providers list for life-services staff: 申请中 (to vet), 在册, 暂停, with their counts in the viewer's scope. */
export async function StandingTabs({ payload, user }: Props) {
  if (!user || !hasRole(user, ...LIFE_MANAGER_ROLES)) return null
  const queues = TABS.map((status) => ({ key: status, label: PROVIDER_STATUS_LABELS[status], where: { status: { equals: status } }, sort: 'name', alert: status === 'applying' }))
  return <CaseQueueTabs payload={payload} user={user} collection={PROVIDERS} label="加盟企业状态" allLabel="全部企业" queues={queues} />
}
