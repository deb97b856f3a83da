import type { CollectionBeforeChangeHook } from 'payload'

import { RequestError } from '../../errors'

/** Set on `req.context` by the workflow (lib/) for the writes it makes. */
export const WORKFLOW_CONTEXT = 'applicationWorkflow'

/**
 * Applications change only through the workflow's actions, even for code
 * that bypasses access control: a script or plugin writing one directly is
 * refused, so no state can be reached without its history entry.
 */
export const refuseEditsOutsideWorkflow: CollectionBeforeChangeHook = ({ data, req }) => {
  if (req.context[WORKFLOW_CONTEXT] !== true) {
    throw new RequestError('WORKFLOW_ONLY', '办件只能通过受理、补正、办结等操作改变，不能直接修改', 403)
  }
  return data
}
