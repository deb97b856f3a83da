import type { FieldHook, TextField, TextFieldSingleValidation } from 'payload'

import { text } from 'payload/shared'

import { isMasked, MASKS, type PersonalKind } from './mask'
import { seesFullValues } from './access'

type PersonalFieldOptions = Pick<TextField, 'access' | 'admin' | 'index' | 'label' | 'maxLength' | 'name' | 'required' | 'unique'> & {
  personal: PersonalKind
  /**
   * Masked only where many records are read at once (lists, searches,
   * exports): a value the record's own page shows in full to whoever may
   * open it, such as an applicant's name to the reviewer handling the case.
   */
  maskedInListsOnly?: boolean
  /** Rules beyond Payload's own (required, length): return an error message or true. */
  check?: (value: string) => string | true
}

/** The value at `path` in a document (paths into groups and array rows). */
export const valueAt = (doc: unknown, path: (number | string)[]): unknown =>
  path.reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), doc)

/**
 * Whether this read shows personal values masked: to every signed-in reader
 * (REST, GraphQL, the admin, Local API calls made with a user). Staff see
 * the full value only through the logged "view full" action, other systems
 * only with a key granted full values (every read of theirs is logged).
 * Payload's own read of the stored document before an update (access
 * bypassed, hidden fields shown) and internal reads that ask the same way see
 * the real value.
 */
export const readerSeesMasked = ({ overrideAccess, req, showHiddenFields }: Pick<Parameters<FieldHook>[0], 'overrideAccess' | 'req' | 'showHiddenFields'>): boolean =>
  Boolean(req.user) && !(overrideAccess && showHiddenFields) && !seesFullValues(req.user)

const maskForReader =
  (kind: PersonalKind, inListsOnly: boolean): FieldHook =>
  (args) =>
    typeof args.value === 'string' && args.value && (args.findMany || !inListsOnly) && readerSeesMasked(args) && !isMasked(args.value)
      ? MASKS[kind](args.value)
      : args.value

/**
 * A form sends back the masked value it was shown for a field nobody
 * touched: keep the stored value. Anything else containing "*" is refused by
 * the validation below.
 */
const keepUnchangedValue =
  (kind: PersonalKind): FieldHook =>
  ({ originalDoc, path, value }) => {
    if (typeof value !== 'string' || !isMasked(value)) return value
    const stored = valueAt(originalDoc, path)
    return typeof stored === 'string' && MASKS[kind](stored) === value ? stored : value
  }

/**
 * A text field holding personal data (an ID number, a phone, an address, a
 * name): masked for readers, kept when a form returns its masked value, marked with
 * `custom.personal` so the audit log masks it too.
 */
export function personalField({ check, maskedInListsOnly = false, personal, ...field }: PersonalFieldOptions): TextField {
  const validate: TextFieldSingleValidation = (value, options) => {
    if (typeof value === 'string' && isMasked(value)) return '请填写完整内容（不能含“*”）'
    const own = text(value, options)
    if (own !== true || typeof value !== 'string' || !value.trim()) return own
    return check ? check(value.trim()) : true
  }
  return {
    ...field,
    type: 'text',
    custom: { personal, ...(maskedInListsOnly && { maskedInListsOnly }) },
    validate,
    hooks: { beforeValidate: [keepUnchangedValue(personal)], afterRead: [maskForReader(personal, maskedInListsOnly)] },
  }
}
