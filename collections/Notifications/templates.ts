import type { PayloadRequest } from 'payload'

import { MESSAGE_EVENTS, type MessageEvent, type MessageVariables } from '../SmsTemplates/events'
import { fillTemplate, valuesByName } from '../SmsTemplates/template'

/** A message ready for the outbox. */
export type RenderedMessage = { subject: string; text: string }

/** The approved wording of `event`: the published template, or the built-in default when there is none. */
async function approvedTemplate(req: PayloadRequest, event: MessageEvent): Promise<RenderedMessage> {
  const { docs } = await req.payload.find({
    collection: 'sms-templates',
    where: { and: [{ event: { equals: event } }, { _status: { equals: 'published' } }] },
    depth: 0,
    limit: 1,
    pagination: false,
    select: { subject: true, text: true },
    req,
  })
  return docs[0] ?? MESSAGE_EVENTS[event]
}

/**
 * The message for `event` with its variables filled in, from the template
 * an administrator approved (短信模板). Every message the platform sends
 * is made here. Read inside the caller's transaction, so the message and
 * the change that calls for it see the same data.
 */
export async function renderMessage<E extends MessageEvent>(req: PayloadRequest, event: E, variables: MessageVariables<E>): Promise<RenderedMessage> {
  const template = await approvedTemplate(req, event)
  const values = valuesByName(event, variables)
  return { subject: fillTemplate(template.subject, values), text: fillTemplate(template.text, values) }
}
