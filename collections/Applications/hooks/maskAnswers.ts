import type { FieldHook } from 'payload'

import { readerSeesMasked } from '../../privacy/personalField'
import { answerMask } from '../../privacy/answers'

const maskAnswer = (value: unknown): unknown => {
  if (typeof value !== 'string') return value
  const mask = answerMask(value)
  return mask ? mask(value.trim()) : value
}

/** afterRead of `answers`: personal answers masked for readers who see masked values, like the applicant's own. */
export const maskPersonalAnswers: FieldHook = (args) => {
  const answers: unknown = args.value
  if (!answers || typeof answers !== 'object' || Array.isArray(answers) || !readerSeesMasked(args)) return answers
  return Object.fromEntries(
    Object.entries(answers).map(([name, value]) => [name, Array.isArray(value) ? value.map(maskAnswer) : maskAnswer(value)]),
  )
}
