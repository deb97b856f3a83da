import type { PayloadRequest } from 'payload'

import type { Provider } from '../../../cms/payload-types'
import { deliverOnCommit } from '../../Notifications/deliver'
import { type MessageCause, queueMessage } from '../../Notifications/queue'
import { renderMessage } from '../../Notifications/templates'
import { PROVIDERS } from '../states'
import type { ProviderMessage } from '../workflow'

/**
 * Text the provider's contact mobile about a step in its standing, inside the
 * caller's transaction. The number is read here, unmasked (access bypassed,
 * hidden fields shown): however the caller read the provider, a masked
 * number is no address.
 */
export async function textProviderContact(req: PayloadRequest, provider: Pick<Provider, 'id' | 'name' | 'scope'>, event: ProviderMessage, note: string, cause: MessageCause): Promise<void> {
  const { contactPhone } = await req.payload.findByID({ collection: PROVIDERS, id: provider.id, depth: 0, select: { contactPhone: true }, overrideAccess: true, showHiddenFields: true, req })
  const { subject, text } = await renderMessage(req, event, { providerName: provider.name, note })
  if (await queueMessage(req, { provider: provider.id, scope: provider.scope }, { phone: contactPhone, subject, message: text }, cause)) deliverOnCommit(req)
}
