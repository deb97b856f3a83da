import type { PayloadRequest } from 'payload'

import type { ProviderItem } from '../../../cms/payload-types'
import { communityByCode } from '../../Divisions/lookup'
import { DIVISION_LEVELS, parseDivisionCode } from '../../Divisions/code'
import type { FieldError } from '../../endpoints/refusal'
import { invalid } from '../../endpoints/respond'
import { relationId } from '../../relations'
import { PROVIDERS, serviceKey } from '../states'

/** At most this many providers per answer: the best rated come first, and a resident compares a handful. */
export const SEARCH_LIMIT = 50

type FoundItem = Pick<ProviderItem, 'durationHours' | 'excluded' | 'id' | 'included' | 'name' | 'price' | 'unit'>

export type FoundProvider = {
  id: number | string
  name: string
  servicePhone: string
  rating: { average: null | number; count: number }
  lowestPrice: null | number
  items: FoundItem[]
}

export type ProviderSearchAnswer = {
  category: { code: string; name: string }
  community: { code: string; name: string }
  providers: FoundProvider[]
}

const CATEGORY_UNKNOWN: FieldError = { field: 'category', code: 'UNKNOWN_CATEGORY', message: '没有这个生活服务类别' }
const COMMUNITY_UNKNOWN: FieldError = { field: 'community', code: 'UNKNOWN_COMMUNITY', message: '请选择所在的社区（12位区划代码）' }

/** The active category with this code, or a 422. */
async function activeCategory(req: PayloadRequest, code: string) {
  const { docs } = await req.payload.find({ collection: 'life-categories', where: { and: [{ code: { equals: code } }, { active: { equals: true } }] }, depth: 0, limit: 1, pagination: false, select: { code: true, name: true } })
  if (!docs[0]) throw invalid([CATEGORY_UNKNOWN])
  return docs[0]
}

/** The community and the codes of every area that covers it (itself, its street, district and city), or a 422. */
async function coveringAreas(req: PayloadRequest, code: string): Promise<{ codes: string[]; community: { code: string; name: string } }> {
  const community = /^\d{12}$/.test(code) ? await communityByCode(req, code) : undefined
  if (!community) throw invalid([COMMUNITY_UNKNOWN])
  const { path } = parseDivisionCode(community.code)
  return { codes: DIVISION_LEVELS.map((level) => path[level]).filter((each): each is string => Boolean(each)), community: { code: community.code, name: community.name } }
}

/**
 * 找服务: the providers in the register (在册) that serve `communityCode` in
 * the category `categoryCode` — an area served is the community itself or a
 * street, district or city around it — best rated first (unrated last), then
 * by name, each with its bookable items in that category, cheapest first.
 * Read live on every call: a suspension takes a provider out at once.
 */
export async function searchProviders(req: PayloadRequest, categoryCode: string, communityCode: string): Promise<ProviderSearchAnswer> {
  const [category, { codes, community }] = await Promise.all([activeCategory(req, categoryCode), coveringAreas(req, communityCode)])
  const { docs: providers } = await req.payload.find({
    collection: PROVIDERS,
    where: { and: [{ status: { equals: 'listed' } }, { serviceKeys: { in: codes.map((code) => serviceKey(category.id, code)) } }] },
    sort: ['-rating.average', 'name'],
    depth: 0,
    limit: SEARCH_LIMIT,
    pagination: false,
    select: { name: true, servicePhone: true, rating: true },
  })
  const { docs: items } = providers.length
    ? await req.payload.find({
        collection: 'provider-items',
        where: { and: [{ provider: { in: providers.map((each) => each.id) } }, { category: { equals: category.id } }, { active: { equals: true } }] },
        sort: 'price',
        depth: 0,
        pagination: false,
        select: { provider: true, name: true, price: true, unit: true, durationHours: true, included: true, excluded: true },
      })
    : { docs: [] }
  const itemsOf = new Map<number | string | undefined, FoundItem[]>()
  for (const { provider, ...item } of items) itemsOf.set(relationId(provider), [...(itemsOf.get(relationId(provider)) ?? []), item])
  return {
    category: { code: category.code, name: category.name },
    community,
    providers: providers.map((provider) => {
      const own = itemsOf.get(provider.id) ?? []
      return {
        id: provider.id,
        name: provider.name,
        servicePhone: provider.servicePhone,
        rating: { average: provider.rating?.average ?? null, count: provider.rating?.count ?? 0 },
        lowestPrice: own[0]?.price ?? null,
        items: own,
      }
    }),
  }
}
