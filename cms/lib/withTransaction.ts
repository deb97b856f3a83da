import type { Payload, PayloadRequest } from 'payload'

import { commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'

/** Work to do once a transaction opened by `withTransaction` has committed, by its request. */
const committedTasks = new WeakMap<PayloadRequest, (() => void)[]>()

/** Work to undo outside the database once a transaction opened by `withTransaction` has failed, by its request. */
const rollbackTasks = new WeakMap<PayloadRequest, (() => Promise<void>)[]>()

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
 * Undo `task` if the transaction of `req` (opened by `withTransaction`) fails:
 * for a change made outside it, such as a seat counted on MongoDB, where
 * concurrent transactions on one counter would conflict. Outside such a
 * transaction there is nothing to roll back, and nothing is registered.
 */
export function onRollback(req: PayloadRequest, task: () => Promise<void>): void {
  rollbackTasks.get(req)?.push(task)
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
  const undo: (() => Promise<void>)[] = []
  committedTasks.set(req, tasks)
  rollbackTasks.set(req, undo)
  await initTransaction(req)
  try {
    const result = await work(req)
    await commitTransaction(req)
    for (const task of tasks) task()
    return result
  } catch (error) {
    await killTransaction(req)
    for (const task of undo) await task()
    throw error
  }
}
