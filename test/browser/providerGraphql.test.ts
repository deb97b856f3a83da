import type { Browser, Page } from 'playwright-core'
import { formatNames, type SanitizedCollectionConfig, toWords } from 'payload'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { DEMO_PASSWORD } from '../../scripts/lib/seed'
import { launchBrowser, newPage } from './browser'

/**
 * What a provider's account may reach over GraphQL on the running platform
 * (the in-process GraphQL does not run under vitest): in every collection,
 * its own provider's records and what anyone may read, nothing more; and
 * no change to another provider's records.
 */

let browser: Browser
let collections: SanitizedCollectionConfig[]
beforeAll(async () => {
  browser = await launchBrowser()
  // The config only needs a secret to be read; the collections are what the platform runs.
  process.env.PAYLOAD_SECRET ||= inject('seededSecret')!
  collections = (await (await import('../../payload.config')).default).collections
})
afterAll(() => browser.close())

/** The collections on the GraphQL schema by the name of their list query, as Payload names them. */
const listNames = (): { name: string; slug: string }[] =>
  collections
    .filter((collection) => collection.graphQL !== false)
    .map((collection) => {
      const { plural, singular } = formatNames(collection.slug)
      const name = collection.graphQL && collection.graphQL.pluralName ? toWords(collection.graphQL.pluralName, true) : plural
      return { slug: collection.slug, name: name === singular ? `all${singular}` : name }
    })

/** The collections a provider's account reads its own records of, and the field linking each record to its provider ('id' for the provider itself). */
const OWN: Record<string, string> = {
  providers: 'id',
  'provider-items': 'provider',
  'provider-accounts': 'provider',
  'provider-events': 'provider',
  workers: 'provider',
  'life-orders': 'provider',
  'life-order-events': 'provider',
  'life-complaints': 'provider',
  'life-complaint-events': 'provider',
}

type Doc = { id: number | string; provider?: null | { id: number | string } }
type GraphqlAnswer = { data?: Record<string, null | { docs?: Doc[] }>; errors?: { message: string }[] }

const graphql = async (page: Page, query: string): Promise<GraphqlAnswer> => (await page.request.post('/api/graphql', { data: { query } })).json() as Promise<GraphqlAnswer>

/** The documents a list query answers with (none when it was refused). */
async function listed(page: Page, name: string, fields = 'id'): Promise<Doc[]> {
  const answer = await graphql(page, `{ ${name}(limit: 100) { docs { ${fields} } } }`)
  return answer.data?.[name]?.docs ?? []
}

/** The provider a record belongs to, by OWN's link. */
const ownerOf = (slug: string, doc: Doc): string => String(OWN[slug] === 'id' ? doc.id : doc.provider?.id)

async function signInProvider(page: Page, username: string): Promise<void> {
  const response = await page.request.post('/api/provider-accounts/sign-in', { data: { username, password: DEMO_PASSWORD } })
  expect(response.status()).toBe(200)
}

describe('a provider’s account over GraphQL', () => {
  it('reads only its own provider’s records beyond what anyone reads, and changes nobody else’s', async () => {
    const page = await newPage(browser)
    const anonymous = await newPage(browser)
    await signInProvider(page, 'provider-haobangshou')
    const accounts = await listed(page, 'ProviderAccounts', 'id provider { id }')
    expect(accounts.length).toBeGreaterThan(0)
    const own = String(accounts[0]!.provider?.id)

    const names = listNames()
    expect(names.map((each) => each.slug)).toEqual(expect.arrayContaining(Object.keys(OWN)))
    for (const { name, slug } of names) {
      const seenByAnyone = new Set((await listed(anonymous, name)).map((doc) => String(doc.id)))
      const fields = OWN[slug] === 'provider' ? 'id provider { id }' : 'id'
      const extra = (await listed(page, name, fields)).filter((doc) => !seenByAnyone.has(String(doc.id)))
      const notOwn = extra.filter((doc) => !(slug in OWN) || ownerOf(slug, doc) !== own)
      expect({ slug, notOwn: notOwn.map((doc) => doc.id) }).toEqual({ slug, notOwn: [] })
    }

    // Another listed provider, and one of its items, as anyone sees them: left unchanged.
    const other = (await listed(anonymous, 'Providers', 'id name')).find((doc) => String(doc.id) !== own) as Doc & { name: string }
    expect(other).toBeDefined()
    const renamed = await graphql(page, `mutation { updateProvider(id: ${JSON.stringify(other.id)}, data: { name: "改名测试" }) { id name } }`)
    expect(renamed.errors?.length).toBeGreaterThan(0)
    const deleted = await graphql(page, `mutation { deleteProvider(id: ${JSON.stringify(other.id)}) { id } }`)
    expect(deleted.errors?.length).toBeGreaterThan(0)
    expect((await listed(anonymous, 'Providers', 'id name')).find((doc) => doc.id === other.id)).toMatchObject({ name: other.name })

    const othersItem = (await listed(anonymous, 'ProviderItems', 'id price provider { id }')).find((doc) => String(doc.provider?.id) !== own) as Doc & { price: number }
    expect(othersItem).toBeDefined()
    const repriced = await graphql(page, `mutation { updateProviderItem(id: ${JSON.stringify(othersItem.id)}, data: { price: 1 }) { id } }`)
    expect(repriced.errors?.length).toBeGreaterThan(0)
    expect((await listed(anonymous, 'ProviderItems', 'id price')).find((doc) => doc.id === othersItem.id)).toMatchObject({ price: othersItem.price })
    await page.context().close()
    await anonymous.context().close()
  }, 180_000)
})
