/** Waits before each retry, in seconds: 1 min, 5 min, 30 min, 2 h, 12 h (`DEPARTMENT_WEBHOOK_RETRY_SCHEDULE`). */
const DEFAULT_SCHEDULE = [60, 300, 1800, 7200, 43_200]
const DEFAULT_TIMEOUT_SECONDS = 10

/** The waits between attempts from `DEPARTMENT_WEBHOOK_RETRY_SCHEDULE=60,300,…` (seconds), or the default when unset or malformed. */
export function retrySchedule(env: Record<string, string | undefined> = process.env): number[] {
  const text = env.DEPARTMENT_WEBHOOK_RETRY_SCHEDULE?.trim()
  if (!text) return DEFAULT_SCHEDULE
  const waits = text.split(',').map((part) => Number(part.trim()))
  return waits.every((wait) => Number.isInteger(wait) && wait >= 0) ? waits : DEFAULT_SCHEDULE
}

/** How long one attempt may take before it counts as a timeout (`DEPARTMENT_WEBHOOK_TIMEOUT_SECONDS`). */
export function attemptTimeoutMs(env: Record<string, string | undefined> = process.env): number {
  const seconds = Number(env.DEPARTMENT_WEBHOOK_TIMEOUT_SECONDS)
  return (Number.isFinite(seconds) && seconds > 0 ? seconds : DEFAULT_TIMEOUT_SECONDS) * 1000
}

/** What one attempt came to: delivered, worth retrying (network error, timeout, 5xx, 429), or refused for good (other 4xx). */
export type AttemptOutcome = { kind: 'delivered' | 'permanent' | 'retryable'; error: null | string; statusCode: null | number }

/** Judge a receiver's HTTP status: 2xx delivered, 429 and 5xx retried, any other status a failure without retries. */
export function outcomeOfStatus(statusCode: number): AttemptOutcome {
  if (statusCode >= 200 && statusCode < 300) return { kind: 'delivered', statusCode, error: null }
  const retryable = statusCode === 429 || statusCode >= 500
  return { kind: retryable ? 'retryable' : 'permanent', statusCode, error: `接收方返回 HTTP ${statusCode}` }
}

/**
 * When to try again after attempt number `attempts` (1 = the first) failed
 * in a way worth retrying; null when the schedule is used up.
 */
export function nextAttemptAt(attempts: number, now: Date, schedule = retrySchedule()): Date | null {
  const wait = schedule[attempts - 1]
  return wait === undefined ? null : new Date(now.getTime() + wait * 1000)
}
