import type { Field } from 'payload'
import { panelField } from '../../fields/panel'

/**
 * The near-duplicate flag (kept by the hooks in group.ts), the pairs staff
 * confirmed to be different people, and the panel that offers merging.
 */
export const duplicateFields: Field[] = [
  {
    name: 'possibleDuplicate',
    type: 'checkbox',
    defaultValue: false,
    label: { zh: '疑似重复', en: 'Possible duplicate' },
    // Derived from the other records: nobody sets it by hand.
    access: { create: () => false, update: () => false },
    admin: { position: 'sidebar', readOnly: true, description: { zh: '另有同名、同出生日期的人员记录', en: 'Another person has the same name and date of birth' } },
  },
  panelField('duplicates', '/collections/Persons/duplicates/DuplicateCandidates#DuplicateCandidates', 'sidebar'),
  {
    name: 'distinctFrom',
    type: 'relationship',
    relationTo: 'persons',
    hasMany: true,
    label: { zh: '已确认不是同一人', en: 'Confirmed different from' },
    admin: { position: 'sidebar', readOnly: true, description: { zh: '在“疑似重复”中确认过的记录', en: 'Confirmed in the duplicates panel' } },
  },
]
