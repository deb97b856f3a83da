import type { Endpoint, PayloadRequest } from 'payload'

import type { Application } from '../../../cms/payload-types'
import { withTransaction } from '../../../cms/lib/withTransaction'
import { takeSmsAllowance } from '../../Notifications/queue'
import type { FieldError } from '../../endpoints/refusal'
import { WORKFLOW_CONTEXT } from '../hooks/refuseEditsOutsideWorkflow'
import { hashQueryCode, queryCodeFor, TRACKING_NUMBER } from '../lib/codes'
import { deliverAfterCommit } from '../../Notifications/deliver'
import { queryCodeMessage, queueApplicantMessage } from '../lib/notify'
import { applicationNumbered, limitClient, unlockQueryCode } from './guard'
import { assertWellFormed, readBody, textField } from '../../endpoints/readBody'
import { describeFailure } from '../../endpoints/failures'
import { answer, handled, invalid } from '../../endpoints/respond'

/** The one answer, whatever happened: it must not tell a stranger whether the number and phone belong together. */
export const RESEND_ANSWER = '如果受理编号和手机号码与申请一致，新的查询码将以短信发送到该手机，原查询码随即作废。'

/**
 * Unless the phone's SMS cap is reached: replace the application's query code
 * with a fresh one, lift the lock on its tracking number and queue the SMS
 * with the new code, together.
 */
async function sendFreshQueryCode(req: PayloadRequest, application: Application): Promise<void> {
  if (!(await takeSmsAllowance(req, application.applicant.phone))) return
  const { secret } = req.payload
  const queryCode = queryCodeFor(secret, application.trackingNumber)
  const notify = await withTransaction(req.payload, async (tx) => {
    await tx.payload.update({
      collection: 'applications',
      id: application.id,
      data: { queryCodeHash: hashQueryCode(secret, application.trackingNumber, queryCode) },
      req: tx,
      depth: 0,
      select: { trackingNumber: true },
      context: { [WORKFLOW_CONTEXT]: true },
    })
    await unlockQueryCode(tx, application.trackingNumber)
    // The SMS allowance was taken before the code was changed.
    return queueApplicantMessage(tx, application, await queryCodeMessage(tx, application, queryCode), 'counted')
  })
  if (notify) deliverAfterCommit(req.payload)
}

/**
 * `POST /api/applications/resend-code` {trackingNumber, phone}: a resident who
 * lost the query code, or whose tracking number a stranger locked with wrong
 * guesses, has a fresh code sent to the phone on the application. Limited per
 * client (the lookup limit) and by the phone's SMS cap; over the cap nothing
 * changes. The answer is the same, and as quick, in every case.
 */
export const resendCodeEndpoint: Endpoint = {
  path: '/resend-code',
  method: 'post',
  handler: handled(async (req) => {
    await limitClient(req, 'lookup')
    const body = await readBody(req)
    const errors: FieldError[] = []
    const trackingNumber = textField(body.fields, 'trackingNumber', errors, 32).trim().toUpperCase()
    const phone = textField(body.fields, 'phone', errors, 32).replace(/[\s-]/g, '')
    assertWellFormed(errors)
    if (!TRACKING_NUMBER.test(trackingNumber)) {
      throw invalid([{ field: 'trackingNumber', code: 'TRACKING_NUMBER_FORMAT', message: '受理编号应为 YZ 加14位数字' }], 400)
    }
    const application = await applicationNumbered(req, trackingNumber)
    if (application && phone && application.applicant.phone === phone) {
      // After answering, so that a match takes no longer to answer than a mismatch.
      void sendFreshQueryCode(req, application).catch((error: unknown) =>
        req.payload.logger.error({ failure: describeFailure(error) }, 'query code resend failed'),
      )
    }
    return answer(req, { message: RESEND_ANSWER }, 202)
  }),
}
