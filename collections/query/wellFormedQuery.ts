import type { CollectionBeforeOperationHook, CollectionSlug, FlattenedField, Payload } from 'payload'

import { validOperatorSet } from 'payload/shared'

import { RequestError } from '../errors'
import { queriedField, sortPaths, whereConditions } from './whereConditions'

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date)

const GEO_OPERATORS = new Set(['intersects', 'near', 'within'])
const LIST_OPERATORS = new Set(['all', 'in', 'not_in'])
/** Operators that compare a date field with one or more dates. */
const DATE_OPERATORS = new Set(['all', 'equals', 'greater_than', 'greater_than_equal', 'in', 'less_than', 'less_than_equal', 'not_equals', 'not_in'])
/** Field types whose conditions may hold an object (a polymorphic relation, a JSON value, GeoJSON). */
const STRUCTURED_TYPES = new Set(['json', 'point', 'relationship', 'upload'])

const malformed = (message: string): RequestError => new RequestError('MALFORMED_QUERY', message, 400)

/** The values of a list operator: an array, or a comma-separated list as the admin sends it. */
const listValues = (value: unknown): unknown[] => (Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [value])

const isDate = (value: unknown): boolean =>
  value === null || value instanceof Date || ((typeof value === 'string' || typeof value === 'number') && Number.isFinite(new Date(value).getTime()))

/**
 * The shape of a where clause: an object whose keys are `and`/`or` (each a
 * list of where clauses) or field paths (each an object of operators).
 */
function assertWhereShape(where: unknown): void {
  if (!isPlainObject(where)) throw malformed('查询条件（where）格式不正确')
  for (const [key, test] of Object.entries(where)) {
    if (/^(and|or)$/i.test(key)) {
      if (!Array.isArray(test)) throw malformed(`查询条件的“${key}”应为条件列表`)
      test.forEach(assertWhereShape)
    } else if (!isPlainObject(test)) {
      throw malformed(`查询条件“${key}”缺少比较方式（如 equals、in、greater_than）`)
    } else {
      const unknown = Object.keys(test).find((operator) => !validOperatorSet.has(operator as never))
      if (unknown) throw malformed(`查询条件“${key}”中的比较方式“${unknown}”不存在`)
    }
  }
}

/** Why `operator: value` cannot be applied to `field` (at `path`), or null when it can. */
function conditionProblem(field: FlattenedField | undefined, path: string, operator: string, value: unknown): null | string {
  if (GEO_OPERATORS.has(operator) && field?.type !== 'point') return `“${path}”不是坐标字段，不能用 ${operator} 查询`
  if (LIST_OPERATORS.has(operator) && isPlainObject(value)) return `“${path}”的 ${operator} 条件应为一组值`
  if (operator === 'exists' && !['true', 'false', true, false].includes(value as never)) return `“${path}”的 exists 条件只能是 true 或 false`
  if (!field || STRUCTURED_TYPES.has(field.type)) return null
  const values = LIST_OPERATORS.has(operator) ? listValues(value) : [value]
  if (values.some((each) => isPlainObject(each) || (Array.isArray(each) && !('hasMany' in field && field.hasMany)))) {
    return `“${path}”的 ${operator} 条件格式不正确`
  }
  if (field.type === 'date' && DATE_OPERATORS.has(operator) && !values.every(isDate)) {
    return `“${path}”是日期，${operator} 条件应为日期，例如 2026-01-31 或 2026-01-31T08:00:00Z`
  }
  return null
}

/** Refuse a where clause that is not well formed for this collection's fields. */
function assertWellFormedWhere(payload: Payload, collection: CollectionSlug, where: unknown): void {
  if (where === undefined || where === null) return
  assertWhereShape(where)
  for (const { operator, path, value } of whereConditions(where)) {
    const problem = conditionProblem(queriedField(payload, collection, path), path, operator, value)
    if (problem) throw malformed(problem)
  }
}

/** A count argument (limit, page, depth): absent, or a whole number from `min` within the safe range. */
function assertCount(name: string, value: unknown, min: number): void {
  if (value === undefined || value === null || value === '') return
  const number = typeof value === 'number' ? value : typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : Number.NaN
  if (!Number.isSafeInteger(number) || number < min) throw malformed(`参数 ${name} 应为不小于 ${min} 的整数`)
}

/** Every field a sort names must exist (and the sort be a name or a list of names). */
function assertSortable(payload: Payload, collection: CollectionSlug, sort: unknown): void {
  if (sort === undefined || sort === null || sort === '') return
  if (typeof sort !== 'string' && !(Array.isArray(sort) && sort.every((each) => typeof each === 'string'))) {
    throw malformed('排序参数（sort）格式不正确')
  }
  const unknown = sortPaths(sort).find((path) => path !== 'id' && !queriedField(payload, collection, path))
  if (unknown) throw malformed(`不能按“${unknown}”排序：没有这个字段`)
}

type OperationArgs = { data?: unknown; depth?: unknown; limit?: unknown; page?: unknown; sort?: unknown; where?: unknown }

/**
 * beforeOperation, for every collection (see inputChecks.ts): refuse a
 * malformed query or body with a 400 in Chinese before the database sees it —
 * a where clause of the wrong shape, an unknown operator, a non-date compared
 * with a date, a geographic operator on a field that holds no coordinates, a
 * count that is not a whole number, a sort by a field that does not exist, a
 * body that is not an object. Which fields may be queried at all is another
 * hook's business (masking); this one only checks well-formedness.
 */
export const refuseMalformedQuery: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  const { data, depth, limit, page, sort, where } = args as OperationArgs
  const slug = collection.slug as CollectionSlug
  if ((operation === 'create' || operation === 'update') && data !== undefined && !isPlainObject(data)) {
    throw new RequestError('MALFORMED_BODY', '请求内容应为一个 JSON 对象', 400)
  }
  assertWellFormedWhere(req.payload, slug, where)
  assertSortable(req.payload, slug, sort)
  assertCount('limit', limit, 0)
  assertCount('page', page, 1)
  assertCount('depth', depth, 0)
  return args
}
