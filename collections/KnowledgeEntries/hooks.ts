import type { CollectionBeforeChangeHook } from 'payload'

import { ValidationError } from 'payload'

import { DIVISION_LEVELS, type DivisionPath, parseDivisionCode } from '../Divisions/code'
import { divisionById } from '../Divisions/lookup'
import { assertWritableScope } from '../fields/divisionScope'
import { relationId } from '../relations'
import { SCOPE_FIELD } from '../access'
import { areaKeyOf } from './access'
import { searchKeyOf } from './search'

/** The deepest division containing all of `paths`: two streets of a district → the district. */
function commonPath(paths: DivisionPath[]): DivisionPath {
  const common = { city: null, district: null, street: null, community: null } as DivisionPath
  for (const level of DIVISION_LEVELS) {
    const code = paths[0]?.[level]
    if (!code || paths.some((path) => path[level] !== code)) break
    common[level] = code
  }
  return common
}

/**
 * beforeChange: from the areas, the entry's scope (the division containing
 * them all, which decides which editors keep it), the codes the desk's area
 * rule reads (areaKey, access.ts), and the search key (search.ts). An editor may
 * only name areas inside their own subtree.
 */
export const deriveAreasAndKey: CollectionBeforeChangeHook = async ({ collection, data, originalDoc, req }) => {
  const areaIds = ((data.areas ?? originalDoc?.areas ?? []) as Parameters<typeof relationId>[0][]).map(relationId)
  const areas = await Promise.all(areaIds.map((id) => (id ? divisionById(req, id) : undefined)))
  if (areas.length === 0 || areas.some((area) => !area)) {
    throw new ValidationError({ collection: collection.slug, errors: [{ path: 'areas', message: '请选择这条信息适用的区划' }], req })
  }
  const paths = areas.map((area) => parseDivisionCode(area!.code).path)
  const scope = commonPath(paths)
  assertWritableScope(req, scope)
  const merged = { ...originalDoc, ...data }
  return {
    ...data,
    [SCOPE_FIELD]: scope,
    areaKey: areaKeyOf(paths),
    searchKey: searchKeyOf(merged),
  }
}

/** Validity ends after it starts; a published notice (停水停电) must say when it ends. */
export const checkValidity: CollectionBeforeChangeHook = ({ collection, data, originalDoc, req }) => {
  const { kind, validFrom: from, validTo: to, _status: status } = { ...originalDoc, ...data } as Record<string, unknown>
  const refuse = (message: string) => new ValidationError({ collection: collection.slug, errors: [{ path: 'validTo', message }], req })
  if (from && to && new Date(String(to)) <= new Date(String(from))) throw refuse('有效期的结束时间应晚于开始时间')
  if (kind === 'notice' && !to && status === 'published') throw refuse('通知公告请填写有效期的结束时间')
  return data
}

/**
 * The use count is kept by one atomic increment on the entry's row (the
 * desk's 用此条答复), never through a version; a save by an editor carries
 * the count the row holds now, not the one in the draft they edited.
 */
export const keepUseCount: CollectionBeforeChangeHook = async ({ collection, data, operation, originalDoc, req }) => {
  if (operation !== 'update' || !originalDoc?.id) return { ...data, useCount: 0 }
  const row = (await req.payload.db.findOne({ collection: collection.slug, where: { id: { equals: originalDoc.id } }, req })) as null | { useCount?: number }
  return { ...data, useCount: row?.useCount ?? 0 }
}
