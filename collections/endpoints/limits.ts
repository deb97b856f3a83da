/**
 * How much a request to a custom endpoint may upload. The application form's
 * file rules (Applications/form/validate.ts) are these numbers; the body
 * reader refuses anything larger before reading it. No Payload imports: the
 * portal's browser scripts use them through the form's rules.
 */
export const UPLOAD_LIMITS = {
  perFileBytes: 10 * 1024 * 1024,
  perRequestBytes: 30 * 1024 * 1024,
} as const
