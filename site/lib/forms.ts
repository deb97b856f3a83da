import { FILE_LIMITS } from '../../collections/Applications/form/validate'

/**
 * Element ids for the form fields the shared validator names
 * (collections/Applications/form/validate.ts): the page renders them and the
 * browser script finds them with the same functions. `applicant.name` is
 * #applicant-name, its hint #applicant-name-hint, its error #applicant-name-error.
 */
export const fieldId = (field: string): string => field.replace(/\./g, '-')
export const hintId = (field: string): string => `${fieldId(field)}-hint`
export const errorId = (field: string): string => `${fieldId(field)}-error`
/** The n-th radio or checkbox of a choice question. */
export const optionId = (field: string, index: number): string => `${fieldId(field)}-${index}`

/** Where the division question's three selects are. */
export const DIVISION_FIELD = 'divisionCode'
export const DIVISION_SELECTS = { district: 'division-district', street: 'division-street', community: 'division-community' } as const
type DivisionSelects = { community: string; district: string; street: string }
/** The three selects of a division question: the applicant's keep their ids; another's (party.divisionCode) are named after it. */
export const divisionSelects = (field: string): DivisionSelects =>
  field === DIVISION_FIELD
    ? DIVISION_SELECTS
    : { district: `${fieldId(field)}-district`, street: `${fieldId(field)}-street`, community: `${fieldId(field)}-community` }

/** The ids of the JSON islands the apply page embeds for its script. */
export const APPLICATION_FORM_DATA = 'application-form'
export const DIVISIONS_DATA = 'divisions'
/** The 网上12345 form's list of guide titles (suggestions without JavaScript, code → title with it). */
export const GUIDE_TITLES = 'guide-titles'

/** JSON for a <script type="application/json"> island: `<` escaped so the data can never close the tag. */
export const jsonIsland = (value: unknown): string => JSON.stringify(value).replace(/</g, '\\u003c')

const MB = 1024 * 1024

/** Bytes in words: 850KB, 1.2MB. */
export function fileSizeText(bytes: number): string {
  if (bytes < MB) return `${Math.max(1, Math.round(bytes / 1024))}KB`
  return `${(bytes / MB).toFixed(1).replace(/\.0$/, '')}MB`
}

/** The limits the server applies to uploads, in words. */
export const FILE_RULES_TEXT = `每个文件不超过${FILE_LIMITS.perFileBytes / MB}MB，全部不超过${FILE_LIMITS.perApplicationBytes / MB}MB，支持 JPG、PNG、WEBP 图片和 PDF`

/** The `accept` attribute of every file input: the types the server accepts. */
export const FILE_ACCEPT = FILE_LIMITS.acceptedTypes.join(',')
