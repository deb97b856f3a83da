import type { PayloadRequest } from 'payload'

import type { ResultDocument } from '../../../cms/payload-types'
import { relationId } from '../../relations'
import { RESULT_STATUS_LABELS, type ResultSummary, UNKNOWN_RESULT_LABEL, type VerifyAnswer } from '../states'

export type StoredResult = Pick<ResultDocument, 'application' | 'filename' | 'resident' | 'holder' | 'id' | 'issuedAt' | 'issuer' | 'number' | 'revocation' | 'status' | 'title'>

const SELECT = { application: true, filename: true, resident: true, holder: true, issuedAt: true, issuer: true, number: true, revocation: true, status: true, title: true } as const

/** The result documents of these applications, newest first, in one query (the workflow's own read: no access rules). */
export async function resultsOf(req: PayloadRequest, applicationIds: string[]): Promise<StoredResult[]> {
  if (applicationIds.length === 0) return []
  const { docs } = await req.payload.find({
    collection: 'result-documents',
    where: { application: { in: applicationIds } },
    sort: '-issuedAt',
    pagination: false,
    depth: 0,
    select: SELECT,
    req,
  })
  return docs as StoredResult[]
}

/** The newest result document of `applicationId` among `results`, if any. */
export const resultOf = (applicationId: string, results: StoredResult[]): StoredResult | undefined =>
  results.find((result) => relationId(result.application) === applicationId)

/** The result document with this (normalised) number, if any. */
export async function resultNumbered(req: PayloadRequest, number: string): Promise<StoredResult | undefined> {
  const { docs } = await req.payload.find({ collection: 'result-documents', where: { number: { equals: number } }, limit: 1, depth: 0, pagination: false, select: SELECT, req })
  return docs[0] as StoredResult | undefined
}

/** What the holder is told about a result document. */
export const resultSummary = (result: StoredResult): ResultSummary => ({
  title: result.title,
  number: result.number,
  issuedAt: result.issuedAt,
  status: result.status,
  statusLabel: RESULT_STATUS_LABELS[result.status],
  revokedAt: result.status === 'revoked' ? (result.revocation?.at ?? null) : null,
  revokedReason: result.status === 'revoked' ? (result.revocation?.reason ?? null) : null,
})

/** What anyone checking `number` is told: the summary, the issuer and the masked holder; or only that there is no such document. */
export const verifyAnswer = (number: string, result: StoredResult | undefined): VerifyAnswer =>
  result ? { ...resultSummary(result), issuer: result.issuer, holder: result.holder } : { number, status: 'unknown', statusLabel: UNKNOWN_RESULT_LABEL }
