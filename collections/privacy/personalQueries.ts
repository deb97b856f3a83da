import type { CollectionBeforeOperationHook, CollectionConfig, CollectionSlug, FlattenedField, PayloadRequest, SanitizedCollectionConfig } from 'payload'

import { rateLimitFromEnv, takeRequest } from '../../cms/lib/rateLimit'
import { writeAudit } from '../AuditLog/record'
import { RequestError } from '../errors'
import { seesFullValues } from './access'
import { fieldLabel } from './auditHooks'
import { isPhoneNumber } from '../Persons/options'
import { isMasked } from './mask'
import { personalKind } from './personalFields'
import { queriedField, sortPaths, type WhereCondition, whereConditions } from '../query/whereConditions'

/** The operations whose arguments carry a `where` (and a sort, or a field to list the values of). */
const QUERYING_OPERATIONS = new Set(['count', 'delete', 'read', 'readDistinct', 'update'])

/** Personal values staff may find a person by, exactly and in full: an ID number or a phone. */
const FULL_VALUE: Record<string, (value: string) => boolean> = {
  idNumber: (value) => /^\d{17}[\dX]$/i.test(value),
  phone: (value) => isPhoneNumber(value),
}

/** Exact look-ups by a full personal value one user may make per window (count/seconds). */
const lookupLimit = () => rateLimitFromEnv('PERSONAL_LOOKUP_LIMIT', { limit: 100, windowSeconds: 3600 })

/**
 * A refused query, named as Payload names its own (QueryError) so that the
 * admin's list view shows its table, empty, rather than failing the page
 * (Payload's list view expects such refusals; REST and GraphQL answer the status and message).
 */
function queryRefusal(code: string, message: string, field: FlattenedField): RequestError {
  const error = new RequestError(code, message, 403, { field: field.name })
  error.name = 'QueryError'
  return error
}

const refusal = (field: FlattenedField): RequestError =>
  queryRefusal('PERSONAL_FIELD_QUERY', `不能按${fieldLabel(field)}筛选、模糊查找或排序；个人信息只能按完整的身份证号码或电话号码精确查找`, field)

/** Whether this condition is an exact look-up by a full, unmasked value of a kind people are found by. */
function isExactLookup(kind: string, { operator, value }: WhereCondition): boolean {
  const full = FULL_VALUE[kind]
  return operator === 'equals' && typeof value === 'string' && !isMasked(value) && Boolean(full?.(value.trim()))
}

/** The collection a relationship or join field leads to, when it leads to one. */
function relatedSlug(field: FlattenedField | undefined): CollectionSlug | undefined {
  if (field?.type === 'join' && typeof field.collection === 'string') return field.collection
  if ((field?.type === 'relationship' || field?.type === 'upload') && typeof field.relationTo === 'string') return field.relationTo
  return undefined
}

/**
 * The personal fields a where clause looks up exactly; throws at the first
 * condition that would let a reader learn a personal value piece by piece
 * (`like`, `contains`, `in`, ranges…), also inside a relationship's nested
 * `contains` query.
 */
function exactLookups(req: PayloadRequest, collection: CollectionSlug, where: unknown): FlattenedField[] {
  return whereConditions(where).flatMap((condition) => {
    // GraphQL spells nested paths with "__".
    const field = queriedField(req.payload, collection, condition.path.replaceAll('__', '.'))
    const related = relatedSlug(field)
    if (related && condition.value && typeof condition.value === 'object') return exactLookups(req, related, condition.value)
    const kind = personalKind(field)
    if (!field || !kind || condition.operator === 'exists') return []
    if (isExactLookup(kind, condition)) return [field]
    throw refusal(field)
  })
}

/**
 * Count an exact look-up by personal values against the user's limit
 * (`PERSONAL_LOOKUP_LIMIT`, one count for every way of looking up) and
 * record it: which values (`labels`, e.g. 身份证号码), never what was looked for.
 */
export async function recordLookup(req: PayloadRequest, collection: CollectionSlug, labels: string): Promise<void> {
  const user = req.user as NonNullable<PayloadRequest['user']>
  const decision = await takeRequest(req.payload, `personal-lookup:${user.collection}:${user.id}`, lookupLimit())
  if (!decision.allowed) {
    throw new RequestError('PERSONAL_LOOKUP_LIMIT', '精确查找的次数已达上限，请稍后再试', 429, { retryAfterSeconds: decision.retryAfterSeconds })
  }
  await writeAudit(req, {
    action: 'lookup',
    targetCollection: collection,
    summary: `按${labels}查找`,
    detail: `按完整的${labels}精确查找`,
    scope: (user as { scope?: never }).scope,
  })
}

/**
 * A field this reader may read only once the document is known (a work
 * order's caller, for handlers) may not be queried or sorted on: Payload
 * refuses it too, this says why in words.
 */
async function assertReadableWithoutDocument(req: PayloadRequest, collection: SanitizedCollectionConfig, path: string): Promise<void> {
  const root = collection.flattenedFields.find((field) => field.name === path.split(/\.|__/)[0])
  const read = root?.access?.read
  if (root && read && !(await read({ req }))) {
    throw queryRefusal('FIELD_NOT_QUERYABLE', `不能按${fieldLabel(root)}筛选或排序`, root)
  }
}

type Query = { collection: SanitizedCollectionConfig; sortedOrListed: string[]; where: unknown }

/** The queries a join asks of the collections it joins (`joins[history][where]…`), as a find may. */
function joinQueries(req: PayloadRequest, collection: SanitizedCollectionConfig, joins: unknown): Query[] {
  if (!joins || typeof joins !== 'object') return []
  return Object.entries(joins).flatMap(([path, query]): Query[] => {
    const related = relatedSlug(queriedField(req.payload, collection.slug as CollectionSlug, path))
    if (!related || !query || typeof query !== 'object') return []
    const { sort, where } = query as { sort?: unknown; where?: unknown }
    return [{ collection: req.payload.collections[related].config, sortedOrListed: sortPaths(sort), where }]
  })
}

/** Refuse a query on a personal value; the personal fields it looks up exactly. */
async function checkQuery(req: PayloadRequest, { collection, sortedOrListed, where }: Query): Promise<FlattenedField[]> {
  const slug = collection.slug as CollectionSlug
  for (const path of [...sortedOrListed, ...whereConditions(where).map((condition) => condition.path)]) {
    await assertReadableWithoutDocument(req, collection, path)
  }
  for (const path of sortedOrListed) {
    const field = queriedField(req.payload, slug, path.replaceAll('__', '.'))
    if (field && personalKind(field)) throw refusal(field)
  }
  return exactLookups(req, slug, where)
}

/**
 * Masking is an access boundary: a reader who sees personal values masked
 * may not filter, search or sort on them (each answer would reveal a little
 * more), here, through a relationship or in a join. Exact look-up by a full
 * ID number or phone stays, audited and limited per user. Internal code
 * (overrideAccess, or no user) and API clients granted full values are not
 * limited.
 */
const refusePersonalQueries: CollectionBeforeOperationHook = async ({ args, collection, operation, overrideAccess, req }) => {
  if (!QUERYING_OPERATIONS.has(operation) || overrideAccess || !req.user || seesFullValues(req.user)) return args
  const { field: listed, joins, sort, where } = args as { field?: unknown; joins?: unknown; sort?: unknown; where?: unknown }
  const own: Query = { collection, sortedOrListed: [...sortPaths(sort), ...(operation === 'readDistinct' ? [String(listed ?? '')] : [])], where }
  const lookups: FlattenedField[] = []
  for (const query of [own, ...joinQueries(req, collection, joins)]) lookups.push(...(await checkQuery(req, query)))
  if (lookups.length > 0) await recordLookup(req, collection.slug as CollectionSlug, [...new Set(lookups.map(fieldLabel))].join('、'))
  return args
}

/**
 * The message a reader's list query (its sort and where) is refused with, or
 * null when it is not: for the admin's list, which shows a refused query as
 * an empty table (and keeps a refused sort among the reader's preferences).
 */
export async function refusedQueryMessage(req: PayloadRequest, collection: SanitizedCollectionConfig, { sort, where }: { sort?: unknown; where?: unknown }): Promise<null | string> {
  if (!req.user || seesFullValues(req.user)) return null
  try {
    await checkQuery(req, { collection, sortedOrListed: sortPaths(sort), where })
    return null
  } catch (error) {
    return error instanceof RequestError ? error.message : null
  }
}

/** Above every admin list: why a refused sort or filter left the table empty. */
const REFUSED_QUERY_NOTICE = '/collections/privacy/components/RefusedQueryNotice#RefusedQueryNotice'

/** Every collection, each refusing queries on personal values (its own or through its relationships), its admin list saying so. */
export const withPersonalQueryGuard = (collections: CollectionConfig[]): CollectionConfig[] =>
  collections.map((collection) => ({
    ...collection,
    admin: { ...collection.admin, components: { ...collection.admin?.components, beforeListTable: [REFUSED_QUERY_NOTICE, ...(collection.admin?.components?.beforeListTable ?? [])] } },
    hooks: { ...collection.hooks, beforeOperation: [refusePersonalQueries, ...(collection.hooks?.beforeOperation ?? [])] },
  }))
