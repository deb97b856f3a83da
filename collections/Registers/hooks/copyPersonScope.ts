import type { CollectionBeforeChangeHook } from 'payload'

import { ValidationError } from 'payload'

import { assertWritableScope } from '../../fields/divisionScope'
import { relationId } from '../../relations'

/** A register entry lives where its person lives: copy the person's division path. */
export const copyPersonScope: CollectionBeforeChangeHook = async ({ collection, data, originalDoc, req }) => {
  const id = relationId(data.person ?? originalDoc?.person)
  const person = id
    ? await req.payload.findByID({ collection: 'persons', id, depth: 0, req, disableErrors: true, select: { scope: true } })
    : null
  if (!person) {
    throw new ValidationError({ collection: collection.slug, errors: [{ path: 'person', message: '请选择一个存在的人员' }], req })
  }
  assertWritableScope(req, person.scope ?? {})
  return { ...data, scope: person.scope }
}
