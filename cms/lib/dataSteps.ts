import type { Payload, PayloadRequest } from 'payload'

import { withTransaction } from './withTransaction'

/**
 * The data steps of migrations (backfills written through the current
 * collection config) need the whole current schema. A database upgraded
 * across several releases runs an older migration before the later ones
 * have added their columns, so such a step must not write then: while the
 * shipped migrations run, a step asked for is only noted, and it runs once
 * they have all run. The note is kept in Payload's KV store until the step
 * has committed, so a failed or interrupted start runs it again next time
 * (every step is idempotent).
 */
type DataStep = (payload: Payload, req: PayloadRequest) => Promise<number>

const PENDING_KEY = 'yizhan:pending-data-steps'

const steps = new Map<string, DataStep>()
const asked = new Set<string>()
let migrating = false

/** `step` under `name`: run at once, except while migrations run, when it is noted and answers 0. */
export function dataStep<S extends DataStep>(name: string, step: S): S {
  steps.set(name, step)
  return (async (payload: Payload, req: PayloadRequest) => {
    if (!migrating) return step(payload, req)
    asked.add(name)
    return 0
  }) as S
}

const pendingSteps = async (payload: Payload): Promise<string[]> => (await payload.kv.get<{ steps: string[] }>(PENDING_KEY))?.steps ?? []

/** Run `migrate`, then every data step it asked for (and any an earlier start left pending), each in a transaction of its own. */
export async function migrateThenRunDataSteps(payload: Payload, migrate: () => Promise<void>): Promise<void> {
  migrating = true
  try {
    await migrate()
  } finally {
    migrating = false
  }
  const pending = [...new Set([...(await pendingSteps(payload)), ...asked])]
  asked.clear()
  if (!pending.length) return
  for (const [index, name] of pending.entries()) {
    await payload.kv.set(PENDING_KEY, { steps: pending.slice(index) })
    const step = steps.get(name)
    if (step) payload.logger.info(`Data step ${name}: ${await withTransaction(payload, (req) => step(payload, req))} records`)
    else payload.logger.warn(`Data step ${name} is no longer shipped; dropped`)
  }
  await payload.kv.delete(PENDING_KEY)
}
