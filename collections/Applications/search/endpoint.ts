import type { Endpoint, PayloadRequest, Where } from 'payload'

import { RequestError } from '../../errors'
import { assertWellFormed, readBody, textField } from '../../endpoints/readBody'
import { answer, handled, invalid } from '../../endpoints/respond'
import type { FieldError } from '../../endpoints/refusal'
import { IS_COMPLETE, LOOKUP_KINDS, type LookupKind, lookupKey, NORMALISE } from '../../privacy/lookupKey'
import { recordLookup } from '../../privacy/personalQueries'
import { APPLICANT_KEY_FIELDS } from './keys'

/** What a search names in the audit log and in refusals. */
export const LOOKUP_LABELS: Record<LookupKind, string> = { name: '申请人姓名', idNumber: '申请人身份证号码', phone: '申请人手机号码' }

const INCOMPLETE: Record<LookupKind, string> = {
  name: '请输入申请人的完整姓名',
  idNumber: '请输入完整的18位身份证号码',
  phone: '请输入完整的手机号码',
}

/** The most applications one search lists (newest first); the list says when there were more. */
export const APPLICANT_SEARCH_MAX = 100

const isLookupKind = (value: string): value is LookupKind => (LOOKUP_KINDS as readonly string[]).includes(value)

/** The body's `field` and `value`, refused unless the value is whole (no partial look-ups, nothing masked). */
async function readSearch(req: PayloadRequest): Promise<{ kind: LookupKind; value: string }> {
  const body = await readBody(req)
  const errors: FieldError[] = []
  const field = textField(body.fields, 'field', errors, 20)
  const value = textField(body.fields, 'value', errors, 200)
  assertWellFormed(errors)
  if (!isLookupKind(field)) throw invalid([{ field: 'field', code: 'UNKNOWN_FIELD', message: '请选择按姓名、身份证号码或手机号码查找' }], 400)
  if (!IS_COMPLETE[field](NORMALISE[field](value))) throw invalid([{ field: 'value', code: 'INCOMPLETE_VALUE', message: INCOMPLETE[field] }])
  return { kind: field, value }
}

/**
 * The reader's own row filter on applications, as the collection's read
 * access gives it (scope and department), or a 403 when they may read none.
 */
async function readableWhere(req: PayloadRequest): Promise<Where> {
  const read = req.payload.collections.applications.config.access.read
  const rule = req.user?.collection === 'users' ? await read({ req }) : false
  if (rule === false) throw new RequestError('FORBIDDEN', '只有审核人员可以按申请人查找办件', 403)
  return rule === true ? {} : rule
}

/**
 * `POST /api/applications/applicant-search` with `{ field: name|idNumber|phone, value }`:
 * the ids of the applications in the reviewer's own scope whose applicant
 * has exactly this name, ID number or phone (newest first, at most
 * APPLICANT_SEARCH_MAX), found by the values' keyed hashes, so nothing
 * partial ever matches. Each search is counted against
 * `PERSONAL_LOOKUP_LIMIT` and written to the audit log (which field, never
 * the value). The admin's list then shows these ids (ApplicantSearch).
 */
export const applicantSearchEndpoint: Endpoint = {
  path: '/applicant-search',
  method: 'post',
  handler: handled(async (req) => {
    const within = await readableWhere(req)
    const { kind, value } = await readSearch(req)
    await recordLookup(req, 'applications', LOOKUP_LABELS[kind])
    // The hashes are unreadable to everyone, so the reader's own filter is applied here by hand.
    const { docs } = await req.payload.find({
      collection: 'applications',
      where: { and: [within, { [APPLICANT_KEY_FIELDS[kind]]: { equals: lookupKey(req.payload.secret, kind, value) } }] },
      sort: '-submittedAt',
      limit: APPLICANT_SEARCH_MAX + 1,
      pagination: false,
      depth: 0,
      overrideAccess: true,
      select: { trackingNumber: true },
      req,
    })
    return answer(req, { ids: docs.slice(0, APPLICANT_SEARCH_MAX).map((doc) => doc.id), more: docs.length > APPLICANT_SEARCH_MAX })
  }),
}
