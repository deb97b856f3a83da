import type { PayloadRequest } from 'payload'

import type { Provider } from '../../../cms/payload-types'
import { deliverOnCommit } from '../../Notifications/deliver'
import { type MessageCause, queueMessage } from '../../Notifications/queue'
import { renderMessage } from '../../Notifications/templates'
import type { ProviderMessage } from '../workflow'

/**
 * Text the provider's contact mobile about a step in its standing, inside the
 * caller's transaction. `provider` must be read unmasked (access bypassed,
 * hidden fields shown): the masked number is no address.
 */
export async function textProviderContact(req: PayloadRequest, provider: Pick<Provider, 'contactPhone' | 'id' | 'name' | 'scope'>, event: ProviderMessage, note: string, cause: MessageCause): Promise<void> {
  const { subject, text } = await renderMessage(req, event, { providerName: provider.name, note })
  if (await queueMessage(req, { provider: provider.id, scope: provider.scope }, { phone: provider.contactPhone, subject, message: text }, cause)) deliverOnCommit(req)
}
