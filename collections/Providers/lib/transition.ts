import type { PayloadRequest } from 'payload'

import type { Provider, ProviderAccount } from '../../../cms/payload-types'
import { requestActorWords } from '../../casework/actorWords'
import { appendCaseEvent } from '../../casework/history'
import { nextState } from '../../casework/workflow'
import { queuePortalRebuild } from '../../catalogue/hooks/queuePortalRebuild'
import { RequestError } from '../../errors'
import { relationId } from '../../relations'
import { PROVIDER_STATUS_LABELS, PROVIDERS, type ProviderStatus } from '../states'
import { textProviderContact } from './notify'
import { checkProviderAction, PROVIDER_ACTIONS, type ProviderAction, type ProviderActionDefinition } from '../workflow'

/** Who changes a provider's standing: life-services staff (req.user), or the provider's own account. */
export type ProviderActor = { side: 'city' } | { side: 'provider'; account: Pick<ProviderAccount, 'id' | 'name' | 'provider'> }

/**
 * Change a provider's standing, inside the caller's transaction: the table
 * must allow the action from its state and to this side, with its reason;
 * then the status and the last note change, the step is appended to
 * `provider-events` (public for sanctions), the contact mobile is texted
 * for a step staff took, and the portal is rebuilt (the
 * provider's page, and whether it is listed at all). Booking and search
 * read the status, so a suspension stops new orders at once.
 */
export async function takeProviderAction(req: PayloadRequest, provider: Provider, action: ProviderAction, actor: ProviderActor, note?: string): Promise<Provider> {
  const definition: ProviderActionDefinition = PROVIDER_ACTIONS[action]
  if (definition.by !== actor.side) throw new RequestError('ACTION_NOT_ALLOWED', `“${definition.label}”不由您操作`, 403)
  if (actor.side === 'provider' && relationId(actor.account.provider) !== provider.id) throw new RequestError('NOT_FOUND', '没有这家企业', 404)
  const reason = checkProviderAction(action, provider.status, note)
  const status = nextState<ProviderStatus>(definition, provider.status)!
  const updated = (await req.payload.update({
    collection: PROVIDERS,
    id: provider.id,
    data: { status, statusNote: reason ? `${definition.label}：${reason}` : `${definition.label}（${PROVIDER_STATUS_LABELS[status]}）` },
    overrideAccess: true,
    depth: 0,
    req,
  })) as Provider
  const words = actor.side === 'provider' ? { actorName: actor.account.name, actorUnit: provider.name } : requestActorWords(req)
  await appendCaseEvent(
    req,
    'provider-events',
    { action, actionLabel: definition.label, fromStatus: provider.status, toStatus: status, note: reason || null, provider: provider.id, public: Boolean(definition.public), scope: provider.scope, actor: actor.side === 'city' ? (req.user?.id ?? null) : null },
    words,
  )
  if (definition.message) await textProviderContact(req, provider, definition.message, reason, 'staff')
  await queuePortalRebuild(req, `加盟企业${definition.label}：${provider.name}`)
  return updated
}
