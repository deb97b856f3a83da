import type { Payload } from 'payload'

import type { Resident } from '../../../cms/payload-types'
import { RESIDENTS } from '../access'
import { APPLICANT_KEY_FIELDS, APPLICANT_KEY_VERSION_FIELD } from '../../Applications/search/keys'

/** An application's keys, fingerprints and look-up hashes: the platform's, not the resident's data. */
const SECRETS = new Set(['queryCodeHash', 'idempotencyKey', 'requestHash', ...Object.values(APPLICANT_KEY_FIELDS), APPLICANT_KEY_VERSION_FIELD])

const ACCOUNT_FIELDS = ['id', 'phone', 'status', 'privacyConsent', 'realName', 'sensitiveConsent', 'createdAt', 'updatedAt'] as const

/** Every record linked to the account in one collection, with full values (it is the resident's own). */
async function linked(payload: Payload, collection: 'applications' | 'notifications' | 'ticket-followers' | 'tickets', residentId: number | string) {
  const { docs } = await payload.find({
    collection,
    where: { resident: { equals: residentId } },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    sort: 'createdAt',
  })
  return docs.map((doc) => Object.fromEntries(Object.entries(doc).filter(([field]) => !SECRETS.has(field))))
}

/** The orders the resident follows: each follow with the order's number (the order itself is its caller's). */
async function follows(payload: Payload, residentId: number | string) {
  const records = await linked(payload, 'ticket-followers', residentId)
  if (!records.length) return []
  const { docs } = await payload.find({ collection: 'tickets', where: { id: { in: records.map((record) => record.ticket) } }, depth: 0, pagination: false, overrideAccess: true, select: { number: true } })
  const numbers = new Map(docs.map((ticket) => [String(ticket.id), ticket.number]))
  return records.map((record) => ({ ...record, ticketNumber: numbers.get(String(record.ticket)) ?? null }))
}

/**
 * Everything the platform holds about a resident (PIPL: the right to a
 * copy): the account with its consents, the applications and work orders
 * linked to it, the orders it follows, and the messages sent to it. Secrets (the password hash,
 * sessions, codes) are not the resident's data and stay out.
 */
export async function residentData(payload: Payload, residentId: number | string) {
  const account = await payload.findByID({ collection: RESIDENTS, id: residentId, depth: 0, overrideAccess: true })
  return {
    exportedAt: new Date().toISOString(),
    account: Object.fromEntries(ACCOUNT_FIELDS.map((field) => [field, (account as Resident)[field] ?? null])),
    applications: await linked(payload, 'applications', residentId),
    tickets: await linked(payload, 'tickets', residentId),
    followedTickets: await follows(payload, residentId),
    messages: await linked(payload, 'notifications', residentId),
  }
}
