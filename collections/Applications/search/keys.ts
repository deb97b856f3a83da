import type { CollectionBeforeChangeHook, Field, Payload, Where } from 'payload'

import type { Application } from '../../../cms/payload-types'
import { type LookupKind, lookupKey, lookupKeyVersion } from '../../privacy/lookupKey'

/**
 * The keyed hashes of an application's applicant (privacy/lookupKey.ts),
 * by which reviewers find it (endpoint.ts). Nobody reads or queries them
 * through the API: read access is refused to all, so REST, GraphQL and the
 * admin's filters refuse them too (privacy/personalQueries.ts says why).
 */
export const APPLICANT_KEY_FIELDS = {
  name: 'applicantNameKey',
  idNumber: 'applicantIdNumberKey',
  phone: 'applicantPhoneKey',
} as const satisfies Record<LookupKind, string>

export const APPLICANT_KEY_VERSION_FIELD = 'applicantKeyVersion'

const hiddenKey = (name: string): Field => ({ name, type: 'text', index: true, access: { read: () => false }, admin: { hidden: true } })

export const applicantKeyFields: Field[] = [...Object.values(APPLICANT_KEY_FIELDS).map(hiddenKey), hiddenKey(APPLICANT_KEY_VERSION_FIELD)]

type Applicant = Pick<Application['applicant'], 'idNumber' | 'name' | 'phone'>

/** The hashes of an applicant's name, ID number and phone, and the secret's version they were made with. */
function applicantKeys(secret: string, applicant: Applicant): Record<string, string> {
  const keys = Object.fromEntries(
    (Object.entries(APPLICANT_KEY_FIELDS) as [LookupKind, string][]).map(([kind, field]) => [field, lookupKey(secret, kind, applicant[kind])]),
  )
  return { ...keys, [APPLICANT_KEY_VERSION_FIELD]: lookupKeyVersion(secret) }
}

/** beforeChange: a new application gets its applicant's hashes (the applicant never changes afterwards). */
export const setApplicantKeys: CollectionBeforeChangeHook = ({ data, operation, req }) =>
  operation === 'create' && data.applicant ? { ...data, ...applicantKeys(req.payload.secret, data.applicant as Applicant) } : data

const BATCH = 500

/**
 * Give every application without current hashes its hashes: those stored
 * before search by applicant existed, and all of them after PAYLOAD_SECRET
 * changed. `npm start` runs it before serving (it does nothing once all are
 * current). It writes the hidden fields only, through the database adapter:
 * the workflow's hooks guard what staff and residents change, and a hash is
 * neither (no history entry, no new scope). Returns how many it updated.
 */
export async function refreshApplicantKeys(payload: Payload): Promise<number> {
  const version = lookupKeyVersion(payload.secret)
  const stale: Where = { or: [{ [APPLICANT_KEY_VERSION_FIELD]: { exists: false } }, { [APPLICANT_KEY_VERSION_FIELD]: { not_equals: version } }] }
  let updated = 0
  for (;;) {
    const { docs } = await payload.find({
      collection: 'applications',
      where: stale,
      limit: BATCH,
      pagination: false,
      depth: 0,
      overrideAccess: true,
      showHiddenFields: true,
      select: { applicant: true },
    })
    for (const doc of docs) {
      await payload.db.updateOne({ collection: 'applications', id: doc.id, data: applicantKeys(payload.secret, doc.applicant), returning: false })
    }
    updated += docs.length
    if (docs.length < BATCH) return updated
  }
}
