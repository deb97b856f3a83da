import type { Payload, PayloadRequest } from 'payload'

import { commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'

/** Work to do once a transaction opened by `withTransaction` has committed, by its request. */
const committedTasks = new WeakMap<PayloadRequest, (() => void)[]>()

/**
 * Run `task` once the changes made with `req` are committed: at the end of
 * its `withTransaction`, or at once when `req` is in no transaction. Inside
 * a transaction Payload opened itself (its REST routes) it is skipped: such
 * callers need a scheduled sweep to pick the work up.
 */
export function afterCommit(req: PayloadRequest, task: () => void): void {
  const tasks = committedTasks.get(req)
  if (tasks) tasks.push(task)
  else if (!req.transactionID) task()
}

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
  const tasks: (() => void)[] = []
  committedTasks.set(req, tasks)
  await initTransaction(req)
  try {
    const result = await work(req)
    await commitTransaction(req)
    for (const task of tasks) task()
    return result
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}
