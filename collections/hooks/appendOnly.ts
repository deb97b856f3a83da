import type { CollectionBeforeChangeHook, CollectionBeforeDeleteHook } from 'payload'

import { RequestError } from '../errors'

/**
 * Hooks for a record that is written once and never changed: an update or a
 * delete is refused even where access control is bypassed (overrideAccess,
 * a script), so the record stays trustworthy whoever runs the code.
 */
export function appendOnlyHooks(message: string): {
  beforeChange: CollectionBeforeChangeHook[]
  beforeDelete: CollectionBeforeDeleteHook[]
} {
  const refuse = (): never => {
    throw new RequestError('APPEND_ONLY', message, 403)
  }
  return {
    beforeChange: [({ data, operation }) => (operation === 'create' ? data : refuse())],
    beforeDelete: [refuse],
  }
}
