import type { Payload, PayloadRequest } from 'payload'

import { MESSAGE_EVENT_CODES, MESSAGE_EVENTS } from '../../../collections/SmsTemplates/events'
import type { Tally } from './upsert'

/**
 * Add the built-in template of every event the database has none for,
 * approved, so a fresh platform sends what the code always sent. A template
 * already there is left alone: the wording administrators approved wins.
 */
export async function seedSmsTemplates(payload: Payload, req: PayloadRequest, tally: Tally): Promise<void> {
  const { docs } = await payload.find({ collection: 'sms-templates', pagination: false, depth: 0, req, select: { event: true } })
  const known = new Set(docs.map((template) => template.event))
  for (const event of MESSAGE_EVENT_CODES) {
    if (known.has(event)) {
      tally.unchanged += 1
      continue
    }
    const { subject, text } = MESSAGE_EVENTS[event]
    await payload.create({ collection: 'sms-templates', data: { event, subject, text, _status: 'published' }, depth: 0, req })
    tally.created += 1
  }
}
