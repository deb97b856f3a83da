/**
 * Checking a result template against its variables, with the SMS templates'
 * own functions. Browser-safe: the admin's preview uses it while staff type.
 */
import { fillTemplate, placeholdersNotIn, samplesOf } from '../SmsTemplates/template'
import { RESULT_VARIABLES } from '../ResultDocuments/variables'

/** Why `template` cannot be used in a result document, in words for staff; null when it can. */
export function resultTemplateProblem(template: string): null | string {
  const unknown = placeholdersNotIn(RESULT_VARIABLES, template)
  return unknown.length ? `模板里有不能使用的变量：${unknown.map((name) => `{${name}}`).join('、')}。可用的变量见下方列表` : null
}

/** The body's paragraphs: one per line that is not blank. */
export const paragraphsOf = (body: string): string[] =>
  body
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)

/** The template's title and paragraphs filled with `values` (by Chinese name). */
export const fillResultTemplate = (template: { body: string; title: string }, values: Record<string, string>) => ({
  title: fillTemplate(template.title, values),
  paragraphs: paragraphsOf(fillTemplate(template.body, values)),
})

/** The template filled with the sample values, for the preview. */
export const sampleResult = (template: { body: string; title: string }) => fillResultTemplate(template, samplesOf(RESULT_VARIABLES))
