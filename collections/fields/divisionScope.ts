import type { CollectionBeforeChangeHook, Field, FieldAccess, PayloadRequest } from 'payload'

import { ValidationError } from 'payload'

import { isInUserScope, outOfScopeError, SCOPE_FIELD, scopeWhere } from '../access'
import {
  DIVISION_LEVEL_LABELS,
  DIVISION_LEVELS,
  type DivisionPath,
  parseDivisionCode,
} from '../Divisions/code'
import { divisionById } from '../Divisions/lookup'
import { isProviderAccount } from '../lifeServices/access'
import { relationId } from '../relations'

/** The read-only group holding a document's four-level division path. */
export const scopePathField: Field = {
  name: SCOPE_FIELD,
  type: 'group',
  label: { zh: '辖区路径', en: 'Division path' },
  admin: {
    position: 'sidebar',
    readOnly: true,
    // Empty until the record is saved with a division.
    condition: (data) => Boolean(data?.[SCOPE_FIELD]?.city),
    description: {
      zh: '由所属区划自动生成，用于按辖区控制谁能看到这条记录。',
      en: 'Derived from the division; decides who may see this record.',
    },
  },
  // Clients never write the path: hooks derive it from the division.
  access: { create: () => false, update: () => false },
  fields: DIVISION_LEVELS.map((level) => ({
    name: level,
    type: 'text',
    index: true,
    label: DIVISION_LEVEL_LABELS[level],
    admin: { readOnly: true },
  })),
}

type DivisionScopeOptions = {
  /** Field-level access for choosing the division (e.g. only admins may move a user). */
  access?: FieldAccessRules
  description?: { en: string; zh: string }
  label?: { en: string; zh: string }
}

type FieldAccessRules = { create?: FieldAccess; read?: FieldAccess; update?: FieldAccess }

/**
 * The fields a scoped document carries: the division it belongs to and the
 * derived path. Add `setScopeFromDivision` to the collection's beforeChange.
 */
export function divisionScopeFields({
  access,
  description,
  label = { zh: '所属区划', en: 'Division' },
}: DivisionScopeOptions = {}): Field[] {
  return [
    {
      name: 'division',
      type: 'relationship',
      relationTo: 'divisions',
      required: true,
      index: true,
      label,
      access,
      admin: { description },
      // Offer only divisions inside the editor's own subtree (a provider's account has none: see assertWritableScope).
      filterOptions: ({ user }) => (user && !isProviderAccount(user) ? scopeWhere(user) : true),
    },
    scopePathField,
  ]
}

/**
 * Refuse a write that would place a record outside the signed-in user's
 * subtree. Scripts and seeding run without a user and are not limited; a
 * provider's account has no subtree: its own collections' access rules
 * confine it to its provider's records (its orders' steps, its standing).
 */
export function assertWritableScope(req: PayloadRequest, path: Partial<DivisionPath>): void {
  if (req.user && !isProviderAccount(req.user) && !isInUserScope(req.user, path)) throw outOfScopeError()
}

/** beforeChange: derive `scope` from the `division` relationship and check it. */
export const setScopeFromDivision: CollectionBeforeChangeHook = async ({
  collection,
  data,
  originalDoc,
  req,
}) => {
  const id = relationId(data.division ?? originalDoc?.division)
  const division = id ? await divisionById(req, id) : undefined
  if (!division) {
    throw new ValidationError({
      collection: collection.slug,
      errors: [{ path: 'division', message: '请选择一个存在的区划' }],
      req,
    })
  }
  const { path } = parseDivisionCode(division.code)
  assertWritableScope(req, path)
  return { ...data, [SCOPE_FIELD]: path }
}
