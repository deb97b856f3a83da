import type { Payload } from 'payload'

import { expect } from 'vitest'

import type { LifeOrder, Provider, ProviderAccount, ProviderItem } from '../../cms/payload-types'
import { withTransaction } from '../../cms/lib/withTransaction'
import { takeSeat } from '../../collections/Appointments/lib/seats'
import { takeLifeOrderAction } from '../../collections/LifeOrders/lib/transition'
import { DEMO_PASSWORD } from '../../scripts/lib/seed'
import { api, cookieOf } from './residents'
import { divisionId } from './users'

/** A demo provider's account (content/demo/providers.yaml) and its provider. */
export async function demoProvider(payload: Payload, username: string): Promise<{ account: ProviderAccount; provider: Provider }> {
  const { docs } = await payload.find({ collection: 'provider-accounts', where: { username: { equals: username } }, depth: 0, limit: 1 })
  const account = docs[0]
  if (!account) throw new Error(`no provider account ${username}`)
  const provider = await payload.findByID({ collection: 'providers', id: account.provider as string, depth: 0 })
  return { account, provider }
}

/** Sign a provider's account in over the API and return its session cookie. */
export async function signInProvider(payload: Payload, username: string, password = DEMO_PASSWORD): Promise<string> {
  const response = await api(payload, '/api/provider-accounts/sign-in', { body: { username, password } })
  expect(response.status).toBe(200)
  return cookieOf(response)
}

let orders = 0

/**
 * An order for the provider's first item, booked in the community it sits in
 * and offered to it (its seat in the slot taken), as booking and offering do.
 */
export async function offeredOrder(payload: Payload, provider: Provider): Promise<LifeOrder> {
  const { docs } = await payload.find({ collection: 'provider-items', where: { provider: { equals: provider.id } }, sort: 'price', depth: 0, limit: 1 })
  const item = docs[0] as ProviderItem
  orders += 1
  const date = '2026-12-20'
  const slotKey = `life|${provider.id}|${date}|morning`
  const order = (await payload.create({
    collection: 'life-orders',
    data: {
      number: `SH261207${String(Date.now() % 1_000_000).padStart(6, '0')}`.slice(0, 14) + String(orders).padStart(2, '0'),
      channel: 'portal',
      status: 'waiting',
      customer: { name: '张桂兰', phone: '13600001234', address: '郑州市金水区经八路20号3号楼2单元401' },
      division: await divisionId(payload, '410105001001'),
      category: item.category as string,
      item: item.id,
      itemName: item.name,
      unitPrice: item.price,
      unit: item.unit,
      quantity: 1,
      amount: item.price,
      payable: item.price,
      date,
      period: 'morning',
    },
    depth: 0,
  })) as LifeOrder
  return withTransaction(payload, async (req) => {
    expect(await takeSeat(payload, slotKey, provider.capacity, req)).toBe(true)
    return takeLifeOrderAction(req, order, 'offer', { side: 'platform' }, { providerId: provider.id, slotKey })
  })
}
