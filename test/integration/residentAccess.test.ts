import { describe, expect, it } from 'vitest'

import { useTestPayload } from '../helpers/payload'
import { api, signInResident } from '../helpers/residents'

/**
 * The access audit: with a resident signed in, `req.user` is a resident.
 * Every collection, global and permission must give them nothing an
 * anonymous caller does not get (their own things come through the
 * residents' endpoints, tested in residents.test.ts). GraphQL is checked
 * over HTTP in test/browser/residentAccount.test.ts.
 */
const payload = useTestPayload({ seeded: true })

type Listing = { docs?: { id: string }[]; totalDocs?: number }

async function listing(path: string, cookie?: string): Promise<{ ids: string[]; status: number }> {
  const response = await api(payload, path, { cookie })
  const body = (await response.json()) as Listing
  return { status: response.status, ids: (body.docs ?? []).map((doc) => doc.id) }
}

describe('a resident signed in gets nothing more than an anonymous caller', () => {
  it('over REST, collection by collection, list and document', async () => {
    const cookie = await signInResident(payload, '13600000001')
    const slugs = payload.config.collections.map((collection) => collection.slug)
    expect(slugs).toContain('residents')
    for (const slug of slugs) {
      const anonymous = await listing(`/api/${slug}?limit=100&depth=0`)
      const resident = await listing(`/api/${slug}?limit=100&depth=0`, cookie)
      // Refused, or (cases) answered with nothing: never a document anonymous callers do not get.
      if (resident.status !== anonymous.status) expect({ slug, status: anonymous.status, ids: resident.ids }).toEqual({ slug, status: 403, ids: [] })
      expect({ slug, extra: resident.ids.filter((id) => !anonymous.ids.includes(id)) }).toEqual({ slug, extra: [] })
      const { docs } = await payload.find({ collection: slug, limit: 1, depth: 0, overrideAccess: true, pagination: false })
      if (!docs[0]) continue
      const one = async (withCookie?: string) => (await api(payload, `/api/${slug}/${docs[0]!.id}?depth=0`, { cookie: withCookie })).status
      const [asResident, asAnonymous] = [await one(cookie), await one()]
      if (asResident !== asAnonymous) expect({ slug, asResident, asAnonymous }).toEqual({ slug, asResident: 404, asAnonymous: 403 })
    }
  })

  it('in the permissions Payload reports, and in /admin', async () => {
    const cookie = await signInResident(payload, '13600000002')
    const permissions = async (withCookie?: string) =>
      (await (await api(payload, '/api/access', { cookie: withCookie })).json()) as { canAccessAdmin: boolean; collections: Record<string, Record<string, { permission: boolean; where?: unknown }>> }
    const anonymous = await permissions()
    const resident = await permissions(cookie)
    expect(resident.canAccessAdmin ?? false).toBe(false)
    for (const [slug, operations] of Object.entries(resident.collections)) {
      for (const [operation, granted] of Object.entries(operations) as [string, { permission?: boolean; where?: unknown }][]) {
        if (!granted?.permission || anonymous.collections[slug]?.[operation]?.permission) continue
        // Granted only as a filter no document matches (cases: 404 by id rather than 403).
        expect({ slug, operation, where: granted.where }).toEqual({ slug, operation, where: { id: { exists: false } } })
      }
    }
    // Payload lets anyone signed in run queued jobs unless told otherwise.
    expect([401, 403]).toContain((await api(payload, '/api/payload-jobs/run', { cookie })).status)
    // Not a staff member either.
    const staffMe = (await (await api(payload, '/api/users/me', { cookie })).json()) as { user: unknown }
    expect(staffMe.user).toBeNull()
  })
})
