import { maskIdNumber, maskPhone } from './mask'
import { isMobileNumber } from '../validation/identity'

/**
 * How an answer holding a personal value is masked, or undefined for any
 * other answer. The form's ID-number and mobile questions accept only these
 * shapes (form/validate.ts), so the shape finds them without the service's
 * form, and also catches such a number typed into a text question.
 */
export function answerMask(value: string): ((value: string) => string) | undefined {
  if (/^\d{17}[\dX]$/i.test(value.trim())) return maskIdNumber
  return isMobileNumber(value) ? maskPhone : undefined
}

/** The answers holding personal values, by question key (for the logged "view full" action). */
export const personalAnswers = (answers: unknown): [string, string][] =>
  answers && typeof answers === 'object'
    ? Object.entries(answers).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && Boolean(answerMask(entry[1])))
    : []
