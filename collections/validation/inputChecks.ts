import type { CollectionConfig, Field, Validate } from 'payload'

import { email, text, textarea } from 'payload/shared'

import { refuseMalformedQuery } from '../query/wellFormedQuery'
import { unsafeTextProblem } from './text'

const DEFAULT_VALIDATE = { email, text, textarea } as unknown as Record<string, Validate>

type TextField = Extract<Field, { type: 'email' | 'text' | 'textarea' }>

/** A text field that refuses unsafe characters (validation/text.ts) before its own checks. */
function refusingUnsafeText(field: TextField): TextField {
  const ownValidate = (field.validate ?? DEFAULT_VALIDATE[field.type]) as Validate
  const validate: Validate = (value, options) => {
    for (const each of [value].flat()) {
      const problem = typeof each === 'string' ? unsafeTextProblem(each) : null
      if (problem) return problem.message
    }
    return ownValidate(value, options)
  }
  return { ...field, validate } as TextField
}

/** Every text field among `fields`, through groups, arrays, rows, collapsibles, tabs and blocks. */
function withSafeText(fields: Field[]): Field[] {
  return fields.map((field): Field => {
    if (field.type === 'text' || field.type === 'textarea' || field.type === 'email') return refusingUnsafeText(field)
    if (field.type === 'tabs') return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: withSafeText(tab.fields) })) }
    if (field.type === 'blocks') return { ...field, blocks: field.blocks.map((block) => ({ ...block, fields: withSafeText(block.fields) })) }
    if ('fields' in field) return { ...field, fields: withSafeText(field.fields) } as Field
    return field
  })
}

/**
 * The input checks every collection gets (applied in payload.config.ts):
 * malformed queries and bodies are refused before the database sees them,
 * and names and free text refuse characters that hide or disguise them.
 */
export const withInputChecks = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  fields: withSafeText(collection.fields),
  hooks: { ...collection.hooks, beforeOperation: [refuseMalformedQuery, ...(collection.hooks?.beforeOperation ?? [])] },
})
