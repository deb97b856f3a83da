import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionAfterErrorHook,
  CollectionAfterOperationHook,
  CollectionBeforeChangeHook,
  CollectionBeforeOperationHook,
  FlattenedField,
} from 'payload'

import type { AuditChange } from '../AuditLog/actions'
import { writeAudit } from '../AuditLog/record'
import type { DivisionPath } from '../Divisions/code'
import { isMasked, MASKS, type PersonalKind } from './mask'
import { relationId } from '../relations'
import { auditApiRead, countRolledBackApiCall, limitApiClient } from '../ApiClients/hooks'

/** Bookkeeping fields that every write touches, and a flag derived from other records. */
const UNAUDITED = new Set(['createdAt', 'id', 'possibleDuplicate', 'scope', 'updatedAt'])
const LONG_VALUE = 500

type AnyDoc = Record<string, unknown>

/** A field's Chinese label, or its name. */
export const fieldLabel = (field: { label?: unknown; name: string }): string => {
  const { label } = field
  if (typeof label === 'string') return label
  if (label && typeof label === 'object' && 'zh' in label && typeof label.zh === 'string') return label.zh
  return field.name
}

/** A value as the log keeps it: personal values masked, relations by id, long values cut. */
function loggedValue(value: unknown, personal: PersonalKind | undefined): unknown {
  if (value === undefined || value === null || value === '') return null
  if (personal && typeof value === 'string') return isMasked(value) ? value : MASKS[personal](value)
  if (typeof value === 'object' && !Array.isArray(value) && 'id' in value) return relationId(value as { id: string })
  if (Array.isArray(value)) {
    const text = JSON.stringify(value.map((each) => (each && typeof each === 'object' && 'id' in each ? relationId(each) : each)))
    return text.length > LONG_VALUE ? `${text.slice(0, LONG_VALUE)}…` : JSON.parse(text)
  }
  return value
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(loggedValue(a, undefined)) === JSON.stringify(loggedValue(b, undefined))

/**
 * The fields `after` sets to something other than `before` has, with their
 * labels and old and new values; personal values masked. Fields missing from
 * `after` (not submitted) are unchanged.
 */
export function describeChanges(fields: FlattenedField[], before: AnyDoc, after: AnyDoc, prefix = ''): AuditChange[] {
  const changes: AuditChange[] = []
  for (const field of fields) {
    if (UNAUDITED.has(field.name) || field.type === 'join' || !(field.name in after)) continue
    const path = `${prefix}${field.name}`
    if (field.type === 'group') {
      changes.push(...describeChanges(field.flattenedFields, (before[field.name] ?? {}) as AnyDoc, (after[field.name] ?? {}) as AnyDoc, `${path}.`))
      continue
    }
    const [from, to] = [before[field.name], after[field.name]]
    if (same(from, to)) continue
    const personal = field.custom?.personal as PersonalKind | undefined
    changes.push({ field: path, label: fieldLabel(field), from: loggedValue(from, personal), to: loggedValue(to, personal) })
  }
  return changes
}

/**
 * Set on `req.context` by a bulk import: the import writes one entry per
 * community (or for the file) naming the file and the count, instead of one
 * per record created or changed.
 */
export const AUDITED_AS_IMPORT = 'auditedAsImport'

type Scoped = { id?: number | string; scope?: null | Partial<DivisionPath> }

/**
 * Audit hooks for a collection of personal records (spread them into the
 * collection's `hooks`, adding its own before and after them). `summarize` names a
 * record in the log (a name and a masked number, never a full one).
 * Updates are logged before they are written (the stored values are at hand
 * then), in the same transaction; a move to another community is logged on
 * both sides, so each side's staff see it in their own log.
 */
export function auditHooks(summarize: (doc: AnyDoc) => string): {
  afterChange: CollectionAfterChangeHook[]
  afterDelete: CollectionAfterDeleteHook[]
  afterError: CollectionAfterErrorHook[]
  afterOperation: CollectionAfterOperationHook[]
  beforeChange: CollectionBeforeChangeHook[]
  beforeOperation: CollectionBeforeOperationHook[]
} {
  const auditUpdate: CollectionBeforeChangeHook = async ({ collection, context, data, operation, originalDoc, req }) => {
    if (operation !== 'update' || !originalDoc || context[AUDITED_AS_IMPORT]) return data
    const changes = describeChanges(collection.flattenedFields, originalDoc, data)
    if (changes.length === 0) return data
    const before = originalDoc as Scoped
    const after = { ...originalDoc, ...data } as Scoped
    const target = { targetCollection: collection.slug, targetId: before.id, summary: summarize({ ...originalDoc, ...data }), changes }
    if (before.scope?.community && after.scope?.community && before.scope.community !== after.scope.community) {
      await writeAudit(req, { ...target, action: 'move-out', scope: before.scope })
      await writeAudit(req, { ...target, action: 'move-in', scope: after.scope })
    } else {
      await writeAudit(req, { ...target, action: 'update', scope: after.scope })
    }
    return data
  }
  const auditCreate: CollectionAfterChangeHook = async ({ collection, context, doc, operation, req }) => {
    if (operation === 'create' && !context[AUDITED_AS_IMPORT]) {
      await writeAudit(req, {
        action: 'create',
        targetCollection: collection.slug,
        targetId: (doc as Scoped).id,
        summary: summarize(doc),
        changes: describeChanges(collection.flattenedFields, {}, doc),
        scope: (doc as Scoped).scope,
      })
    }
    return doc
  }
  const auditDelete: CollectionAfterDeleteHook = async ({ collection, doc, id, req }) => {
    await writeAudit(req, {
      action: 'delete',
      targetCollection: collection.slug,
      targetId: id,
      summary: summarize(doc),
      scope: (doc as Scoped).scope,
    })
  }
  return {
    beforeChange: [auditUpdate],
    afterChange: [auditCreate],
    afterDelete: [auditDelete],
    // Other systems' calls: counted against their limit, and their reads logged.
    beforeOperation: [limitApiClient],
    afterOperation: [auditApiRead],
    afterError: [countRolledBackApiCall],
  }
}
