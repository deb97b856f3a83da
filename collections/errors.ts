import { APIError } from 'payload'

/**
 * An error a person or a program can act on: a Chinese message for people, a
 * stable machine `code` in the response data, and the HTTP status that fits.
 */
export class RequestError extends APIError<{ code: string } & Record<string, unknown>> {
  constructor(code: string, message: string, status = 400, details: Record<string, unknown> = {}) {
    super(message, status, { code, ...details }, true)
    this.name = 'RequestError'
  }
}
