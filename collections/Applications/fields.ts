import type { Field, SingleRelationshipField } from 'payload'

import type { Application } from '../../cms/payload-types'

import { scopePathField } from '../fields/divisionScope'
import { relationId } from '../relations'

/**
 * The two fields every record about an application carries so that one row
 * filter (access.ts) decides who sees it: the division path and the handling
 * department, both copied from the application when the record is written.
 */
export const caseScopeFields: Field[] = [
  scopePathField,
  {
    name: 'department',
    type: 'relationship',
    relationTo: 'departments',
    index: true,
    label: { zh: '实施主体', en: 'Handling department' },
    admin: { readOnly: true, position: 'sidebar' },
  },
]

/** The link from a file, event or notification back to its application. */
export const applicationLinkField: SingleRelationshipField = {
  name: 'application',
  type: 'relationship',
  relationTo: 'applications',
  required: true,
  index: true,
  label: { zh: '申请', en: 'Application' },
  admin: { readOnly: true },
}

/** The scope fields of a record about `application`, copied from it. */
export const caseScopeOf = (application: Pick<Application, 'department' | 'scope'>) => ({
  scope: application.scope,
  department: String(relationId(application.department)),
})
