import type { PayloadRequest } from 'payload'

import type { Bundle } from '../../../cms/payload-types'
import { applicabilityOf } from '../../Bundles/lib/members'

/**
 * The 一件事 a hotline agent can file as one application for a caller:
 * published, opened by editors (applyAsOne), and applicable now (every
 * service online here, questions that agree) — the same rule as the portal's
 * 一次申请 and the submit endpoint.
 */
export async function applicableBundles(req: PayloadRequest, code?: string): Promise<Pick<Bundle, 'code' | 'title'>[]> {
  const { docs } = await req.payload.find({
    collection: 'bundles',
    where: { and: [{ _status: { equals: 'published' } }, { applyAsOne: { equals: true } }, ...(code === undefined ? [] : [{ code: { equals: code } }])] },
    sort: 'title',
    depth: 0,
    pagination: false,
    select: { code: true, title: true, applyAsOne: true, services: true },
    req,
  })
  const applicable = await Promise.all(docs.map(async (bundle) => (await applicabilityOf(req, bundle)).applicable))
  return docs.filter((_, index) => applicable[index]).map(({ code, title }) => ({ code, title }))
}
