import { describe, expect, it } from 'vitest'

import { useTestPayload } from '../helpers/payload'
import { api, signInResident } from '../helpers/residents'
import { createTicket } from '../helpers/tickets'

/**
 * The access audit: with a resident signed in, `req.user` is a resident.
 * Every collection, global and permission must give them nothing an
 * anonymous caller does not get (their own things come through the
 * residents' endpoints, tested in residents.test.ts) — except the records
 * that are theirs alone (OWN_RECORDS: the orders they follow), and of those
 * only their own. GraphQL is checked over HTTP in test/browser/residentAccount.test.ts.
 */
const payload = useTestPayload({ seeded: true })

/** Collections a resident reads their own records of, by the field naming the account. */
const OWN_RECORDS: Record<string, string> = { 'ticket-followers': 'resident' }

/** Sign a resident in and have them follow an open order, so they own a record and see one that is not theirs; their cookie and id. */
async function residentFollowing(phone: string): Promise<{ cookie: string; id: string }> {
  const cookie = await signInResident(payload, phone)
  const ticket = await createTicket(payload)
  expect((await api(payload, '/api/tickets/follow', { cookie, body: { number: ticket.number } })).status).toBe(201)
  const { docs } = await payload.find({ collection: 'ticket-followers', where: { ticket: { equals: ticket.id } }, depth: 0 })
  return { cookie, id: String(docs[0]!.resident) }
}

/** The ids among `ids` of records that are this resident's own. */
async function ownIds(slug: string, residentId: string, ids: string[]): Promise<string[]> {
  const field = OWN_RECORDS[slug]
  if (!field || !ids.length) return []
  const { docs } = await payload.find({ collection: slug as 'ticket-followers', where: { and: [{ id: { in: ids } }, { [field]: { equals: residentId } }] }, depth: 0, pagination: false })
  return docs.map((doc) => doc.id)
}

type Listing = { docs?: { id: string }[]; totalDocs?: number }

async function listing(path: string, cookie?: string): Promise<{ ids: string[]; status: number }> {
  const response = await api(payload, path, { cookie })
  const body = (await response.json()) as Listing
  return { status: response.status, ids: (body.docs ?? []).map((doc) => doc.id) }
}

describe('a resident signed in gets nothing more than an anonymous caller', () => {
  it('over REST, collection by collection, list and document', async () => {
    await residentFollowing('13600000009')
    const { cookie, id: residentId } = await residentFollowing('13600000001')
    const slugs = payload.config.collections.map((collection) => collection.slug)
    expect(slugs).toContain('residents')
    for (const slug of slugs) {
      const anonymous = await listing(`/api/${slug}?limit=100&depth=0`)
      const resident = await listing(`/api/${slug}?limit=100&depth=0`, cookie)
      // Refused, or (cases) answered with nothing: never a document anonymous callers do not get.
      const own = await ownIds(slug, residentId, resident.ids)
      const others = resident.ids.filter((id) => !own.includes(id))
      if (resident.status !== anonymous.status) expect({ slug, status: anonymous.status, ids: others }).toEqual({ slug, status: 403, ids: [] })
      expect({ slug, extra: others.filter((id) => !anonymous.ids.includes(id)) }).toEqual({ slug, extra: [] })
      if (OWN_RECORDS[slug]) expect({ slug, own: own.length }).toEqual({ slug, own: 1 })
      // Someone else's record, where the collection holds residents' own.
      const notOwn = OWN_RECORDS[slug] ? { [OWN_RECORDS[slug]]: { not_equals: residentId } } : undefined
      const { docs } = await payload.find({ collection: slug, where: notOwn, limit: 1, depth: 0, overrideAccess: true, pagination: false })
      if (!docs[0]) continue
      const one = async (withCookie?: string) => (await api(payload, `/api/${slug}/${docs[0]!.id}?depth=0`, { cookie: withCookie })).status
      const [asResident, asAnonymous] = [await one(cookie), await one()]
      if (asResident !== asAnonymous) expect({ slug, asResident, asAnonymous }).toEqual({ slug, asResident: 404, asAnonymous: 403 })
    }
  })

  it('in the permissions Payload reports, and in /admin', async () => {
    const { cookie, id: residentId } = await residentFollowing('13600000002')
    const permissions = async (withCookie?: string) =>
      (await (await api(payload, '/api/access', { cookie: withCookie })).json()) as { canAccessAdmin: boolean; collections: Record<string, Record<string, { permission: boolean; where?: unknown }>> }
    const anonymous = await permissions()
    const resident = await permissions(cookie)
    expect(resident.canAccessAdmin ?? false).toBe(false)
    for (const [slug, operations] of Object.entries(resident.collections)) {
      for (const [operation, granted] of Object.entries(operations) as [string, { permission?: boolean; where?: unknown }][]) {
        if (!granted?.permission || anonymous.collections[slug]?.[operation]?.permission) continue
        // Granted only as a filter no document matches (cases: 404 by id rather than 403), or their own records.
        const where = OWN_RECORDS[slug] && operation === 'read' ? { [OWN_RECORDS[slug]]: { equals: residentId } } : { id: { exists: false } }
        expect({ slug, operation, where: granted.where }).toEqual({ slug, operation, where })
      }
    }
    // Payload lets anyone signed in run queued jobs unless told otherwise.
    expect([401, 403]).toContain((await api(payload, '/api/payload-jobs/run', { cookie })).status)
    // Not a staff member either.
    const staffMe = (await (await api(payload, '/api/users/me', { cookie })).json()) as { user: unknown }
    expect(staffMe.user).toBeNull()
  })
})
