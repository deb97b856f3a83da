import http from 'node:http'
import https from 'node:https'
import type { Payload } from 'payload'

import type { WebhookDelivery } from '../../../cms/payload-types'
import { describeFailure } from '../../endpoints/failures'
import { SENDABLE } from '../../WebhookDeliveries/states'
import { guardedLookup, webhookUrlProblem } from './address'
import { webhookBody } from './message'
import { departmentSystemOf } from './systems'
import { type AttemptOutcome, attemptTimeoutMs, nextAttemptAt, outcomeOfStatus } from './retries'
import { SIGNATURE_HEADER, signatureHeader } from './signature'

/** How long a worker holds a delivery beyond one attempt's timeout before another may take it (a crashed worker): room for the outcome's write to wait its turn. */
const CLAIM_MARGIN_MS = 60_000

/**
 * Take a delivery for one attempt, in one atomic update: only while it is
 * sendable, due, and not held by another worker (any server process), and
 * counting the attempt. Null when someone else has it or nothing is due.
 */
async function claim(payload: Payload, deliveryId: string, now: Date): Promise<null | WebhookDelivery> {
  const at = now.toISOString()
  const row = await payload.db.updateOne({
    collection: 'webhook-deliveries',
    where: {
      and: [
        { id: { equals: deliveryId } },
        { status: { in: SENDABLE } },
        { nextAttemptAt: { less_than_equal: at } },
        { or: [{ claimedUntil: { exists: false } }, { claimedUntil: { less_than: at } }] },
      ],
    },
    data: { claimedUntil: new Date(now.getTime() + attemptTimeoutMs() + CLAIM_MARGIN_MS).toISOString(), attempts: { $inc: 1 }, lastAttemptAt: at },
    options: { atomic: true },
  })
  return (row as unknown as null | WebhookDelivery) ?? null
}

/** POST `body` to `url`, signed; resolves to what the attempt came to (never rejects). No redirect is followed. */
export function post(url: string, body: string, secret: string, deliveryId: string, event: string): Promise<AttemptOutcome> {
  const problem = webhookUrlProblem(url)
  if (problem) return Promise.resolve({ kind: 'permanent', statusCode: null, error: problem })
  const target = new URL(url)
  const client = target.protocol === 'https:' ? https : http
  return new Promise((resolve) => {
    const request = client.request(
      target,
      {
        method: 'POST',
        // A connection of its own each time: nothing kept open to a receiver that may go away or move.
        agent: false,
        lookup: guardedLookup(),
        timeout: attemptTimeoutMs(),
        headers: {
          'content-type': 'application/json; charset=utf-8',
          'content-length': Buffer.byteLength(body),
          'user-agent': 'Yizhan-Webhook/1',
          'x-yizhan-delivery': deliveryId,
          'x-yizhan-event': event,
          [SIGNATURE_HEADER.toLowerCase()]: signatureHeader(secret, body),
        },
      },
      (response) => {
        // The receiver's answer is not read or kept: only its status counts.
        response.resume()
        resolve(outcomeOfStatus(response.statusCode ?? 0))
      },
    )
    request.on('timeout', () => request.destroy(Object.assign(new Error(`${attemptTimeoutMs() / 1000} 秒内没有响应`), { code: 'ETIMEDOUT' })))
    request.on('error', (error: NodeJS.ErrnoException) => resolve({ kind: 'retryable', statusCode: null, error: networkError(error) }))
    request.end(body)
  })
}

/** A network failure in words for the admin: its code and message, nothing from any body. */
const networkError = (error: NodeJS.ErrnoException): string => `网络错误：${[error.code, error.message].filter(Boolean).join(' ')}`.slice(0, 300)

/** The delivery's record after an attempt: delivered, to retry at the next step of the schedule, or failed. */
function recordFor(delivery: WebhookDelivery, outcome: AttemptOutcome, now: Date): Partial<WebhookDelivery> {
  const base = { claimedUntil: null, lastStatusCode: outcome.statusCode, lastError: outcome.error }
  if (outcome.kind === 'delivered') return { ...base, status: 'delivered', deliveredAt: now.toISOString(), nextAttemptAt: null }
  const next = outcome.kind === 'retryable' ? nextAttemptAt(delivery.attempts, now) : null
  return next ? { ...base, status: 'retrying', nextAttemptAt: next.toISOString() } : { ...base, status: 'failed', nextAttemptAt: null }
}

/**
 * One attempt at a delivery: claim it, build and sign the message, post it,
 * and record the outcome with the next attempt's time when one is due. What
 * a second worker finds already claimed, delivered or not yet due it leaves
 * alone, so two server processes never send one delivery twice at once.
 */
export async function attemptDelivery(payload: Payload, deliveryId: string): Promise<WebhookDelivery['status'] | 'skipped'> {
  const started = new Date()
  const delivery = await claim(payload, deliveryId, started)
  if (!delivery) return 'skipped'
  const system = await departmentSystemOf(payload, delivery.department)
  const outcome: AttemptOutcome =
    system?.webhookUrl && system.signingSecret
      ? await post(system.webhookUrl, await webhookBody(payload, delivery), system.signingSecret, delivery.id, delivery.event)
      : { kind: 'permanent', statusCode: null, error: '该部门已不再推送到业务系统' }
  const record = recordFor(delivery, outcome, new Date())
  await keepOutcome(payload, delivery.id, record)
  return record.status!
}

/** Tries at recording an attempt's outcome: a message sent but not recorded goes out again once its claim lapses. */
const RECORD_TRIES = 3

/**
 * Record an attempt's outcome in one statement (the claim holds the row, so
 * nothing else changes it meanwhile), trying again when the database is too
 * busy to take the write in time: the message has gone out, and a delivery
 * left unrecorded would be sent a second time.
 */
async function keepOutcome(payload: Payload, deliveryId: string, record: Partial<WebhookDelivery>): Promise<void> {
  for (let tries = 1; ; tries += 1) {
    try {
      await payload.db.updateOne({ collection: 'webhook-deliveries', id: deliveryId, data: record, returning: false })
      return
    } catch (error) {
      if (tries >= RECORD_TRIES) throw error
    }
  }
}

/** Deliveries one sweep attempts at most; the rest wait for the next sweep. */
const SWEEP_LIMIT = 50

/**
 * Attempt every delivery that is due and not held by a worker: retries at
 * their time, and anything the attempt right after its commit missed (a
 * server that stopped in between, a change committed in Payload's own
 * transaction). Run by the `deliverWebhooks` task every 10 seconds.
 */
export async function deliverDueWebhooks(payload: Payload): Promise<{ attempted: number; delivered: number }> {
  const now = new Date().toISOString()
  const { docs } = await payload.find({
    collection: 'webhook-deliveries',
    where: { and: [{ status: { in: SENDABLE } }, { nextAttemptAt: { less_than_equal: now } }, { or: [{ claimedUntil: { exists: false } }, { claimedUntil: { less_than: now } }] }] },
    sort: 'nextAttemptAt',
    limit: SWEEP_LIMIT,
    depth: 0,
    select: { status: true },
  })
  let delivered = 0
  for (const { id } of docs) if ((await attemptDelivery(payload, id)) === 'delivered') delivered += 1
  return { attempted: docs.length, delivered }
}

/** Attempts one process runs at once right after their commits; more wait in line. */
const IMMEDIATE_CONCURRENCY = 4
const waiting: { deliveryId: string; payload: Payload }[] = []
let running = 0

function nextInLine(): void {
  const next = running < IMMEDIATE_CONCURRENCY ? waiting.shift() : undefined
  if (!next) return
  running += 1
  attemptDelivery(next.payload, next.deliveryId)
    .catch((error: unknown) => next.payload.logger.error({ failure: describeFailure(error) }, 'webhook delivery failed'))
    .finally(() => {
      running -= 1
      nextInLine()
    })
  nextInLine()
}

/** Resolves once this process has no delivery attempt running or in line. */
export async function immediateDeliveriesSettled(): Promise<void> {
  while (running > 0 || waiting.length > 0) await new Promise((resolve) => setTimeout(resolve, 20))
}

/**
 * Attempt a delivery now, in this process, without holding up the answer
 * to the request that committed it: at most a few at once, the rest in line.
 * What this misses, the sweep picks up.
 */
export function deliverSoon(payload: Payload, deliveryId: string): void {
  waiting.push({ deliveryId, payload })
  nextInLine()
}
