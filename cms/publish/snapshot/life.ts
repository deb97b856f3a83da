import type { Payload } from 'payload'

import type { LifeCategory, Provider, ProviderItem } from '../../payload-types'
import type { SnapshotLife, SnapshotLifeProvider } from '../../../site/lib/snapshot'
import { PRICE_UNIT_LABELS } from '../../../collections/ProviderItems/units'
import { LICENCE_KIND_LABELS } from '../../../collections/Providers/states'
import { SUBSIDY_REGISTER_LABELS } from '../../../collections/lifeServices/subsidyRegisters'
import { type Relation, relationId } from '../../../collections/relations'

/** As a resident would read: the access rules decide which providers, items and events are public. */
const AS_THE_PUBLIC = { overrideAccess: false, user: null, depth: 0, pagination: false } as const

const idOf = (value: Relation): string => String(relationId(value))

const toCategory = (category: LifeCategory): SnapshotLife['categories'][number] => ({
  code: category.code,
  name: category.name,
  summary: category.summary,
  standard: category.standard,
  responseHours: category.responseHours,
  subsidy: category.subsidy?.enabled
    ? {
        note: category.subsidy.note ?? null,
        registers: (category.subsidy.registers ?? []).map((register) => SUBSIDY_REGISTER_LABELS[register]),
        percent: category.subsidy.percent ?? 0,
        capPerOrder: category.subsidy.capPerOrder ?? null,
      }
    : null,
})

/** The names of the divisions providers serve, read once for all of them. */
async function areaNames(payload: Payload, providers: Provider[]): Promise<Map<string, string>> {
  const ids = [...new Set(providers.flatMap((provider) => provider.areas.map(idOf)))]
  if (!ids.length) return new Map()
  const { docs } = await payload.find({ collection: 'divisions', ...AS_THE_PUBLIC, where: { id: { in: ids } }, select: { name: true, fullName: true } })
  return new Map(docs.map((division) => [String(division.id), division.fullName ?? division.name]))
}

/**
 * The sanctions marked public of these (public) providers: date, label and
 * note only. Read past access control, because the API keeps every provider
 * event, public or not, from anonymous callers (the entries name staff).
 */
async function publicSanctions(payload: Payload, providerIds: (number | string)[]) {
  return payload.find({
    collection: 'provider-events',
    overrideAccess: true,
    depth: 0,
    pagination: false,
    where: { and: [{ provider: { in: providerIds } }, { public: { equals: true } }] },
    sort: '-createdAt',
    select: { provider: true, actionLabel: true, note: true, createdAt: true },
  })
}

/**
 * 生活服务 for the portal (snapshot/life.json): the active categories, the
 * providers residents may see (listed or suspended) with their public
 * sanctions, and the active price list of those listed. Licences show their
 * kind and validity only, never their numbers.
 */
export async function readLife(payload: Payload): Promise<SnapshotLife> {
  const { docs: categories } = await payload.find({ collection: 'life-categories', ...AS_THE_PUBLIC, where: { active: { equals: true } }, sort: 'order' })
  const { docs: providers } = await payload.find({ collection: 'providers', ...AS_THE_PUBLIC, sort: 'name' })
  const categoryCodes = new Map(categories.map((category) => [String(category.id), category.code]))
  const providerIds = providers.map((provider) => provider.id)
  const listed = providers.filter((provider) => provider.status === 'listed').map((provider) => provider.id)
  const [areas, { docs: events }, { docs: items }] = await Promise.all([
    areaNames(payload, providers),
    publicSanctions(payload, providerIds),
    payload.find({ collection: 'provider-items', ...AS_THE_PUBLIC, where: { and: [{ provider: { in: listed } }, { active: { equals: true } }] }, sort: 'price' }),
  ])
  const eventsOf = (id: string) =>
    events.filter((event) => idOf(event.provider) === id).map((event) => ({ date: event.createdAt, label: event.actionLabel, note: event.note ?? null }))
  const itemsOf = (id: string) =>
    items.flatMap((item: ProviderItem) => {
      const category = categoryCodes.get(idOf(item.category))
      if (idOf(item.provider) !== id || !category) return []
      return [{ id: String(item.id), category, name: item.name, price: item.price, unit: PRICE_UNIT_LABELS[item.unit], durationHours: item.durationHours ?? null, included: item.included, excluded: item.excluded ?? null }]
    })
  return {
    categories: categories.map(toCategory),
    providers: providers.map(
      (provider): SnapshotLifeProvider => ({
        id: String(provider.id),
        name: provider.name,
        creditCode: provider.creditCode,
        servicePhone: provider.servicePhone,
        address: provider.address,
        introduction: provider.introduction ?? null,
        categories: provider.categories.flatMap((category) => categoryCodes.get(idOf(category)) ?? []),
        areas: provider.areas.flatMap((area) => areas.get(idOf(area)) ?? []),
        licences: (provider.licences ?? []).map((licence) => ({ kind: LICENCE_KIND_LABELS[licence.kind], validUntil: licence.validUntil ?? null })),
        contractValidUntil: provider.contract?.validUntil ?? null,
        rating: { average: provider.rating?.average ?? null, count: provider.rating?.count ?? 0 },
        suspended: provider.status === 'suspended',
        // Why it was suspended (暂停接单：<reason>), as staff recorded it for residents.
        statusNote: provider.status === 'suspended' ? (provider.statusNote ?? null) : null,
        sanctions: eventsOf(String(provider.id)),
        items: itemsOf(String(provider.id)),
      }),
    ),
  }
}
