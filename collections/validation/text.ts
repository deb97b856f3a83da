/**
 * Characters that names and free text typed by people never need, and that
 * hide or disguise what a reader sees: NUL (cuts text short in other
 * systems), lone UTF-16 surrogates (half a character, unreadable anywhere
 * else), and the invisible direction controls that reorder what is shown
 * (U+202A–U+202E embeddings and overrides, U+2066–U+2069 isolates, U+200E
 * and U+200F marks — "Trojan Source"). They are refused with a message
 * rather than removed, so nothing is changed behind the writer's back.
 * Pure, so the portal's browser script and the server share it.
 */

type UnsafeCharacter = 'bidi-control' | 'lone-surrogate' | 'nul'

/** What each kind is called, for people (message) and programs (code). */
const UNSAFE_CHARACTERS: Record<UnsafeCharacter, { code: string; message: string }> = {
  nul: { code: 'NUL_CHARACTER', message: '含有空字符（U+0000），请删除后重新填写' },
  'lone-surrogate': { code: 'BROKEN_CHARACTER', message: '含有残缺的字符（编码不完整），请重新输入这段文字' },
  'bidi-control': { code: 'DIRECTION_CONTROL', message: '含有看不见的文字方向控制符（如 U+202E），它会打乱文字的显示顺序，请删除后重新填写' },
}

const BIDI_CONTROL = /[\u200E\u200F\u202A-\u202E\u2066-\u2069]/
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

/** The first kind of unsafe character in `text`, or null when there is none. */
export function unsafeCharacter(text: string): null | UnsafeCharacter {
  if (text.includes('\u0000')) return 'nul'
  if (LONE_SURROGATE.test(text)) return 'lone-surrogate'
  if (BIDI_CONTROL.test(text)) return 'bidi-control'
  return null
}

/** The refusal for `text` (its message prefixed with what the text is, e.g. “姓名”), or null when it is safe. */
export function unsafeTextProblem(text: string, label = ''): null | { code: string; message: string } {
  const kind = unsafeCharacter(text)
  return kind ? { code: UNSAFE_CHARACTERS[kind].code, message: `${label}${UNSAFE_CHARACTERS[kind].message}` } : null
}
