import type { Payload, SanitizedCollectionConfig, TypedUser } from 'payload'

import { createLocalReq } from 'payload'
import { parse } from 'qs-esm'

import { refusedQueryMessage } from '../personalQueries'
import '../../casework/components/casework.css'

type Props = {
  collectionConfig: SanitizedCollectionConfig
  listPreferences?: { sort?: unknown }
  payload: Payload
  searchParams?: Record<string, string | string[] | undefined>
  user?: null | TypedUser
}

/** The list's address parameters as the page received them. */
function addressParams(searchParams: Props['searchParams'] = {}): URLSearchParams {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(searchParams)) {
    for (const each of Array.isArray(value) ? value : [value]) if (each !== undefined) params.append(key, each)
  }
  return params
}

/** The list's query as Payload reads it from the address (`where[…]`, `sort`). */
function listQuery(searchParams: Props['searchParams']): { sort?: unknown; where?: unknown } {
  return parse(addressParams(searchParams).toString(), { depth: 10 }) as { sort?: unknown; where?: unknown }
}

/**
 * Above an admin list whose sort or filter asks for personal values (refused,
 * so the table is empty): says why, and what to do instead.
 */
export async function RefusedQueryNotice({ collectionConfig, listPreferences, payload, searchParams, user }: Props) {
  if (!user) return null
  const query = listQuery(searchParams)
  const req = await createLocalReq({ user }, payload)
  const sort = query.sort ?? listPreferences?.sort
  const message = await refusedQueryMessage(req, collectionConfig, { sort, where: query.where })
  if (!message) return null
  // The admin remembers a list's last sort, so a refused one would come back on every visit until undone.
  const sortRefused = (await refusedQueryMessage(req, collectionConfig, { sort })) !== null
  return (
    <p className="casework-error" role="alert">
      {message}。请点击其他列排序，或去掉这个筛选条件。
      {sortRefused && <a href={withDefaultSort(searchParams, collectionConfig)}>按默认顺序查看</a>}
    </p>
  )
}

/** This list's address with its sort put back to the collection's default. */
function withDefaultSort(searchParams: Props['searchParams'], { defaultSort, timestamps }: SanitizedCollectionConfig): string {
  const params = addressParams(searchParams)
  params.delete('page')
  params.set('sort', Array.isArray(defaultSort) ? defaultSort.join(',') : (defaultSort ?? (timestamps ? '-createdAt' : 'id')))
  return `?${params.toString()}`
}
