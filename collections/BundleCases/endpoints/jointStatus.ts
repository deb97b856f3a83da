import type { PayloadRequest } from 'payload'

import { answer } from '../../endpoints/respond'
import { wantsHtmlPage } from '../../endpoints/htmlAnswer'
import { findJointCase, jointStatusAnswers } from '../lib/jointCase'
import { jointStatusPage } from '../lib/pages'

/**
 * A joint case's status, for `POST /api/applications/status` with a joint
 * number: JSON (`JointStatusAnswer`) for a script, the joint status page for
 * a browser's own form post. The query code opens it as an application's
 * does (the same lock); the signed-in owner needs none.
 */
export async function jointStatusFor(req: PayloadRequest, number: string, queryCode: string): Promise<Response> {
  const jointCase = await findJointCase(req, number, queryCode)
  const [status] = await jointStatusAnswers(req, [jointCase])
  return wantsHtmlPage(req) ? jointStatusPage(status!, queryCode) : answer(req, status)
}
