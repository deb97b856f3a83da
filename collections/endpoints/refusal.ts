/**
 * The one shape every custom endpoint refuses in (README.md › Refusals). No
 * Payload imports: the portal's browser scripts and the admin's client
 * components read it too.
 */

/** A problem with one field: `field` names it as the form or body does (`applicant.name`, `days.3.date`). */
export type FieldError = { code: string; field: string; message: string }

/** Every refusal: a machine code, a Chinese message, and field errors where they apply. */
export type ErrorAnswer = {
  code: string
  message: string
  errors?: FieldError[]
}
