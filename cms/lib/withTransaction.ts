import type { Payload, PayloadRequest } from 'payload'

import { commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'

/**
 * Run `work` in one database transaction: every Local API call that passes
 * the given `req` commits together, or none does. With `on`, the transaction
 * acts for that request: its user (scope checks, the audit log's "who") and
 * its client (the audit log's "from where").
 */
export async function withTransaction<T>(
  payload: Payload,
  work: (req: PayloadRequest) => Promise<T>,
  on?: PayloadRequest,
): Promise<T> {
  const req = await createLocalReq({ user: on?.user ?? undefined, req: on ? { headers: on.headers } : undefined }, payload)
  if (on) req.payloadAPI = on.payloadAPI
  await initTransaction(req)
  try {
    const result = await work(req)
    await commitTransaction(req)
    return result
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}
