import type { CollectionBeforeChangeHook } from 'payload'

import { citizenIdFacts } from '../../validation/identity'

/** Sex and birth date are read from the (validated) ID number, never typed. */
export const deriveFromIdNumber: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const idNumber = String(data.idNumber ?? originalDoc?.idNumber ?? '').trim().toUpperCase()
  if (!idNumber) return data
  return { ...data, idNumber, ...citizenIdFacts(idNumber) }
}
