import type { CollectionBeforeChangeHook } from 'payload'

import { ValidationError } from 'payload'

import { SCOPE_FIELD } from '../../access'
import { assertWritableScope } from '../../fields/divisionScope'
import { DIVISION_LEVEL_LABELS, DivisionCodeError, type ParsedDivisionCode, parseDivisionCode } from '../code'

/**
 * beforeChange: fill level, parent, full name and scope path from the code,
 * and keep the code fixed once created (every scoped record depends on it).
 */
export const deriveFromCode: CollectionBeforeChangeHook = async ({
  collection,
  data,
  operation,
  originalDoc,
  req,
}) => {
  const fail = (path: string, message: string): never => {
    throw new ValidationError({ collection: collection.slug, errors: [{ path, message }], req })
  }

  const code = String(data.code ?? '').trim()
  if (operation === 'update' && originalDoc && code !== originalDoc.code) {
    fail('code', '区划代码创建后不能修改；如区划调整，请新建区划')
  }

  let parsed: ParsedDivisionCode
  try {
    parsed = parseDivisionCode(code)
  } catch (error) {
    if (!(error instanceof DivisionCodeError)) throw error
    return fail('code', error.message)
  }
  assertWritableScope(req, parsed.path)

  let parentId: null | number | string = null
  let fullName = String(data.name ?? '').trim()
  if (parsed.parentCode) {
    const { docs } = await req.payload.find({
      collection: 'divisions',
      where: { code: { equals: parsed.parentCode } },
      depth: 0,
      limit: 1,
      pagination: false,
      req,
    })
    const parent = docs[0]
    if (!parent) {
      const parentLevel = DIVISION_LEVEL_LABELS[parsed.level].zh
      fail('code', `找不到上级区划 ${parsed.parentCode}，请先创建上级区划再添加该${parentLevel}`)
    } else {
      parentId = parent.id
      fullName = `${parent.fullName ?? parent.name}${fullName}`
    }
  }

  return {
    ...data,
    code,
    level: parsed.level,
    parent: parentId,
    fullName,
    [SCOPE_FIELD]: parsed.path,
  }
}
