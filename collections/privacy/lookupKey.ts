import { createHmac } from 'node:crypto'

import { isPhoneNumber } from '../Persons/options'

/**
 * Keyed hashes (HMAC-SHA256 under the server's secret) of the personal
 * values staff may find a record by: a name, an ID number, a phone. Only
 * the hash of a value written exactly as stored matches, so a search can
 * confirm a full value the reviewer already has and never completes a
 * partial one; without the secret the hashes cannot be tried against
 * guesses. The same value always gives the same hash once normalised.
 */

export const LOOKUP_KINDS = ['name', 'idNumber', 'phone'] as const
export type LookupKind = (typeof LOOKUP_KINDS)[number]

/** Middle dots people type between the parts of a name (买买提·艾力), all read as one. */
const NAME_DOTS = /[\u00B7\u2022\u2027\u2219\u30FB\uFF65]/g

/** Full-width letters, digits and spaces as half-width (NFKC), without any space. */
const halfWidth = (value: string): string => value.normalize('NFKC').replace(/\s+/g, '')

/** A value as its hash is taken: full-width → half-width, spaces out; names' dots alike; ID numbers' x upper-case; phones without +86, hyphens or brackets. */
export const NORMALISE: Record<LookupKind, (value: string) => string> = {
  name: (value) => halfWidth(value).replace(NAME_DOTS, '·'),
  idNumber: (value) => halfWidth(value).toUpperCase(),
  phone: (value) => halfWidth(value).replace(/[-()]/g, '').replace(/^(\+|00)86/, ''),
}

/** Whether a normalised value is whole: a full ID number or phone, a name of at most 50 characters. */
export const IS_COMPLETE: Record<LookupKind, (value: string) => boolean> = {
  name: (value) => value.length > 0 && [...value].length <= 50 && !value.includes('*'),
  idNumber: (value) => /^\d{17}[\dX]$/.test(value),
  phone: (value) => isPhoneNumber(value),
}

/** The hash of a value (normalised here); `secret` is the server's (payload.secret, derived from PAYLOAD_SECRET). */
export const lookupKey = (secret: string, kind: LookupKind, value: string): string =>
  createHmac('sha256', secret).update(`personal-lookup|${kind}|${NORMALISE[kind](value)}`).digest('hex')

/**
 * Names the secret the stored hashes were made with, so a changed
 * PAYLOAD_SECRET is noticed and the hashes are made again (not the secret
 * itself, nor anything that could be tried against it faster than a hash).
 */
export const lookupKeyVersion = (secret: string): string => createHmac('sha256', secret).update('personal-lookup-version').digest('hex').slice(0, 16)
