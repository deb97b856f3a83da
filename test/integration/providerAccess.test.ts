import { beforeAll, describe, expect, it } from 'vitest'

import type { Provider, ProviderAccount } from '../../cms/payload-types'
import { PUBLIC_PROVIDER } from '../../collections/Providers/access'
import { useTestPayload } from '../helpers/payload'
import { demoProvider, offeredOrder, signInProvider } from '../helpers/providers'
import { api } from '../helpers/residents'

/**
 * The access audit for providers' accounts: signed in with the provider
 * cookie, an account reads over REST only its own provider's records (OWN:
 * by the field naming the provider) and what anyone may read, writes
 * nothing it does not own, and gets no admin. GraphQL's resolvers run the
 * same collection access functions; an in-process GraphQL request cannot
 * run under vitest (graphql is loaded twice, ESM and CommonJS), so it is
 * left to a browser test over HTTP, as for residents.
 */
const payload = useTestPayload({ seeded: true })

/** Collections a provider's account reads its own records of: the filter naming them. */
const OWN: Record<string, (provider: Provider, account: ProviderAccount) => object> = {
  'provider-accounts': (_provider, account) => ({ id: { equals: account.id } }),
  providers: (provider) => ({ or: [PUBLIC_PROVIDER, { id: { equals: provider.id } }] }),
  workers: (provider) => ({ provider: { equals: provider.id } }),
  'life-orders': (provider) => ({ provider: { equals: provider.id } }),
  'life-order-events': (provider) => ({ provider: { equals: provider.id } }),
  'provider-events': (provider) => ({ provider: { equals: provider.id } }),
  'life-complaints': (provider) => ({ provider: { equals: provider.id } }),
  'life-complaint-events': (provider) => ({ provider: { equals: provider.id } }),
}

let cookie = ''
let own: { account: ProviderAccount; provider: Provider }

beforeAll(async () => {
  own = await demoProvider(payload, 'provider-haobangshou')
  const other = await demoProvider(payload, 'provider-anju')
  // Each provider has an order and its history, so the other's are there to leak.
  await offeredOrder(payload, own.provider)
  await offeredOrder(payload, other.provider)
  cookie = await signInProvider(payload, 'provider-haobangshou')
})

type Listing = { docs?: { id: string }[] }

async function listing(slug: string, withCookie?: string): Promise<{ ids: string[]; status: number }> {
  const response = await api(payload, `/api/${slug}?limit=200&depth=0`, { cookie: withCookie })
  const body = (await response.json()) as Listing
  return { status: response.status, ids: (body.docs ?? []).map((doc) => doc.id).sort() }
}

/** The ids of a collection's records the account may read, by the rule in OWN. */
async function ownIds(slug: string): Promise<string[]> {
  const { docs } = await payload.find({ collection: slug as 'workers', where: OWN[slug]!(own.provider, own.account) as never, depth: 0, pagination: false })
  return docs.map((doc) => doc.id).sort()
}

describe("a provider's account reads only its own records and what anyone reads", () => {
  it('over REST, collection by collection, list and document', async () => {
    const slugs = payload.config.collections.map((collection) => collection.slug)
    for (const slug of slugs) {
      const anonymous = await listing(slug)
      const provider = await listing(slug, cookie)
      if (OWN[slug]) {
        // Exactly its own (and, for providers, the public register).
        expect({ slug, status: provider.status, ids: provider.ids }).toEqual({ slug, status: 200, ids: await ownIds(slug) })
        // The demo providers have no standing history or complaints yet; everything else of theirs is there to find.
        if (!['provider-events', 'life-complaints', 'life-complaint-events'].includes(slug)) expect({ slug, some: provider.ids.length > 0 }).toEqual({ slug, some: true })
        const { docs } = await payload.find({ collection: slug as 'workers', where: { id: { not_in: provider.ids } }, depth: 0, limit: 1 })
        if (docs[0]) expect({ slug, status: (await api(payload, `/api/${slug}/${docs[0].id}?depth=0`, { cookie })).status }).toEqual({ slug, status: 404 })
        continue
      }
      // Anything else: never a document anonymous callers do not get.
      if (provider.status !== anonymous.status) expect({ slug, status: provider.status, ids: provider.ids }).toEqual({ slug, status: 403, ids: [] })
      expect({ slug, extra: provider.ids.filter((id) => !anonymous.ids.includes(id)) }).toEqual({ slug, extra: [] })
    }
  })

  it('writes nothing it does not own, and gets no admin and no staff session', async () => {
    const { docs: theirs } = await payload.find({ collection: 'workers', where: { provider: { not_equals: own.provider.id } }, depth: 0, limit: 1 })
    expect([403, 404]).toContain((await api(payload, `/api/workers/${theirs[0]!.id}`, { cookie, method: 'PATCH', body: { employed: false } })).status)
    // Its provider's standing and its own account are staff's to change.
    expect([403, 404]).toContain((await api(payload, `/api/providers/${own.provider.id}`, { cookie, method: 'PATCH', body: { capacity: 99 } })).status)
    expect([403, 404]).toContain((await api(payload, `/api/provider-accounts/${own.account.id}`, { cookie, method: 'PATCH', body: { active: true } })).status)
    expect((await api(payload, '/api/life-orders', { cookie, body: { number: 'SH00000000000000' } })).status).toBe(403)
    // A worker created over REST is its own provider's, whatever it names.
    const { docs: others } = await payload.find({ collection: 'providers', where: { id: { not_equals: own.provider.id } }, depth: 0, limit: 1 })
    const created = await api(payload, '/api/workers?depth=0', {
      cookie,
      body: { provider: others[0]!.id, name: '吴小兰', idNumber: '410105199001010011', categories: own.provider.categories },
    })
    if (created.status === 201) expect(((await created.json()) as { doc: { provider: string } }).doc.provider).toBe(own.provider.id)

    const permissions = (await (await api(payload, '/api/access', { cookie })).json()) as { canAccessAdmin?: boolean }
    expect(permissions.canAccessAdmin ?? false).toBe(false)
    expect([401, 403]).toContain((await api(payload, '/api/payload-jobs/run', { cookie })).status)
    const staffMe = (await (await api(payload, '/api/users/me', { cookie })).json()) as { user: unknown }
    expect(staffMe.user).toBeNull()
  })
})
