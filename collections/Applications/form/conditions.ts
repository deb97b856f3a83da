/**
 * Show-if questions (GOV.UK conditional reveal): a question with `showIf`
 * is asked only when an earlier choice question has the given answer. The
 * browser hides it otherwise; a page without JavaScript shows it with the
 * condition in words; the validator skips it and the server drops its
 * answer. No Payload imports: bundled for the browser.
 */

export type ShowIf = { equals: string; question: string }
type Conditional = { label: string; name: string; showIf?: null | ShowIf }
type AnswerValue = string | string[] | undefined

const hasAnswer = (value: AnswerValue, expected: string): boolean =>
  Array.isArray(value) ? value.includes(expected) : typeof value === 'string' && value.trim() === expected

/** Whether `field` is asked given the answers so far (its controlling question asked and answered so). */
export function isAsked<F extends Conditional>(fields: F[], field: F, answers: Record<string, AnswerValue>, seen = new Set<string>()): boolean {
  const condition = field.showIf
  if (!condition?.question) return true
  const controller = fields.find((each) => each.name === condition.question)
  // A condition naming no question (or a loop) never hides anything: the editor's check refuses those.
  if (!controller || seen.has(field.name)) return true
  seen.add(field.name)
  return hasAnswer(answers[controller.name], condition.equals) && isAsked(fields, controller, answers, seen)
}

/** The answers of the questions asked; answers to hidden questions are dropped. */
export function askedAnswers<F extends Conditional, A extends Record<string, AnswerValue>>(fields: F[], answers: A): A {
  const asked = new Set(fields.filter((field) => isAsked(fields, field, answers)).map((field) => field.name))
  return Object.fromEntries(Object.entries(answers).filter(([name]) => asked.has(name) || !fields.some((field) => field.name === name))) as A
}

/** The condition in words, for the page without JavaScript: 如“是否有残疾证”选择“是”，请填写. */
export function conditionText<F extends Conditional>(fields: F[], field: F): null | string {
  const controller = field.showIf?.question ? fields.find((each) => each.name === field.showIf!.question) : undefined
  return controller ? `如“${controller.label}”选择“${field.showIf!.equals}”，请填写` : null
}

/**
 * What is wrong with a form's conditions, for the editor: each must name an
 * earlier choice question and one of its options.
 */
export function conditionProblems<F extends Conditional & { options?: null | string[]; type: string }>(fields: F[]): { index: number; message: string }[] {
  return fields.flatMap((field, index) => {
    const condition = field.showIf
    if (!condition?.question) return []
    const earlier = fields.slice(0, index).find((each) => each.name === condition.question)
    if (!earlier || !['select', 'radio', 'checkboxes'].includes(earlier.type)) {
      return [{ index, message: `“${field.label}”的显示条件应引用它前面的一个选择题` }]
    }
    return (earlier.options ?? []).includes(condition.equals)
      ? []
      : [{ index, message: `“${field.label}”的显示条件“${condition.equals}”不是“${earlier.label}”的选项` }]
  })
}
