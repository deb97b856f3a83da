/**
 * Reading and filling a message template. A placeholder is a variable's
 * Chinese name in braces, `{受理编号}`; full-width braces `｛受理编号｝`, which a
 * Chinese input method types, work the same. Browser-safe: the admin's
 * preview uses the same functions the sender does. The functions that take a
 * table of variables serve every template with {变量} (result documents too).
 */
import { DEFAULT_SIGNATURE, MESSAGE_EVENTS, type MessageEvent } from './events'

const PLACEHOLDER = /[{｛]\s*([^{}｛｝]*?)\s*[}｝]/g

/** A signature such as 【一站通】 at the start of the text. */
const SIGNATURE = /^【[^【】]{2,12}】/

/** Characters in one SMS, and in each part of a longer one (UCS-2, as every Chinese text is sent). */
const SINGLE_SMS = 70
const SMS_PART = 67

/** The variable names `template` uses, in order, each once. */
export const placeholdersIn = (template: string): string[] => [...new Set(Array.from(template.matchAll(PLACEHOLDER), (match) => match[1]!))]

/** A template's variables by code name: the Chinese name it is written with, what it means, a sample value. */
export type TemplateVariables = Record<string, { description: string; name: string; sample: string }>

/** Names `template` uses that `variables` do not offer. */
export function placeholdersNotIn(variables: TemplateVariables, template: string): string[] {
  const known = new Set(Object.values(variables).map((variable) => variable.name))
  return placeholdersIn(template).filter((name) => !known.has(name))
}

/** Names `template` uses that `event` does not offer. */
export const unknownPlaceholders = (event: MessageEvent, template: string): string[] => placeholdersNotIn(MESSAGE_EVENTS[event].variables, template)

/** The text with a signature at its start: the default one is added when it has none. */
export const withSignature = (text: string): string => (SIGNATURE.test(text.trim()) ? text.trim() : `${DEFAULT_SIGNATURE}${text.trim()}`)

/** Fill `template` with `values` (by Chinese variable name); an empty value leaves nothing, a name not given stays as typed (the preview shows it). */
export const fillTemplate = (template: string, values: Record<string, null | number | string | undefined>): string =>
  template.replace(PLACEHOLDER, (placeholder, name: string) => (Object.hasOwn(values, name) ? String(values[name] ?? '') : placeholder))

/** The values by Chinese name, from values by code name. */
export const namedValues = (variables: TemplateVariables, values: Record<string, unknown>): Record<string, string> =>
  Object.fromEntries(Object.entries(variables).map(([key, variable]) => [variable.name, values[key] == null ? '' : String(values[key])]))

/** An event's values by Chinese name, from values by code name. */
export const valuesByName = (event: MessageEvent, values: Record<string, unknown>): Record<string, string> => namedValues(MESSAGE_EVENTS[event].variables, values)

/** The sample values of a table of variables, by Chinese name, for previews. */
export const samplesOf = (variables: TemplateVariables): Record<string, string> =>
  Object.fromEntries(Object.values(variables).map((variable) => [variable.name, variable.sample]))

/** The sample values of an event, by Chinese name, for previews. */
export const sampleValues = (event: MessageEvent): Record<string, string> => samplesOf(MESSAGE_EVENTS[event].variables)

/** Length of a text as carriers count it: characters, and the SMS it is split into. */
export function smsLength(text: string): { characters: number; segments: number } {
  const characters = Array.from(text).length
  return { characters, segments: characters <= SINGLE_SMS ? 1 : Math.ceil(characters / SMS_PART) }
}

/** Why `template` cannot be used for `event`, in words for staff; null when it can. */
export function templateProblem(event: MessageEvent, template: string): null | string {
  const unknown = unknownPlaceholders(event, template)
  if (unknown.length) return `模板里有这个事件没有的变量：${unknown.map((name) => `{${name}}`).join('、')}。可用的变量见下方列表`
  return null
}
