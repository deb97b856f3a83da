/**
 * `npm run bench:my`: how fast 我的 opens (`GET /api/my/cases`) for a
 * resident with 200 applications (goal p95 ≤ 300 ms), on a throw-away SQLite
 * file holding 2,000 others. Seeds the demo content, 2,000 applications
 * through the Local API, gives 200 of them to one signed-in resident with
 * three history entries and a message each, then times 50 requests through
 * Payload's REST router in-process (routing, the resident's cookie strategy,
 * the endpoint; no network) after 5 to warm up, and prints the figures as JSON.
 *
 * Options: --cases=200 --others=2000 --runs=50
 */
import type { Payload } from 'payload'

import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { handleEndpoints } from 'payload'

import { withTransaction } from '../cms/lib/withTransaction'
import { appendHistory } from '../collections/Applications/lib/history'
import { runCli } from './lib/cli'
import { median, percentile } from './lib/bench/timing'
import { seedApplications } from './lib/bench/seedApplications'
import { openPayload } from './lib/payload'
import { seedContent } from './lib/seed'

const GOAL_P95_MS = 300
const WARM_UP = 5
const PHONE = '13912345678'

const request = (payload: Payload, path: string, init: RequestInit = {}): Promise<Response> =>
  handleEndpoints({ config: payload.config, request: new Request(`http://localhost${path}`, init) })

/** Sign the resident in through the endpoints (demo mode hands the code back) and return the cookie. */
async function signIn(payload: Payload): Promise<string> {
  const json = { 'content-type': 'application/json' }
  const sent = (await (await request(payload, '/api/residents/code', { method: 'POST', headers: json, body: JSON.stringify({ phone: PHONE }) })).json()) as { demoCode: string }
  const signedIn = await request(payload, '/api/residents/sign-in', { method: 'POST', headers: json, body: JSON.stringify({ phone: PHONE, code: sent.demoCode, consent: true }) })
  return (signedIn.headers.get('set-cookie') ?? '').split(';')[0]!
}

/** Give `count` of the applications to the resident, each with three history entries and a message. */
async function giveCases(payload: Payload, count: number): Promise<void> {
  const { docs: [resident] } = await payload.find({ collection: 'residents', limit: 1, depth: 0, overrideAccess: true })
  const { docs } = await payload.find({ collection: 'applications', limit: count, depth: 0, sort: '-createdAt', pagination: false })
  await withTransaction(payload, async (req) => {
    await payload.db.updateMany({ collection: 'applications', where: { id: { in: docs.map((doc) => doc.id) } }, data: { resident: resident!.id }, req })
    for (const application of docs) {
      for (const toStatus of ['submitted', 'accepted', 'processing'] as const) {
        await appendHistory(req, application, { action: 'submit', actionLabel: '提交申请', toStatus, actor: { by: 'resident' } })
      }
      await payload.create({
        collection: 'notifications',
        data: { application: application.id, channel: 'sms', status: 'outbox', recipient: PHONE, subject: '申请已受理', message: `【一站通】您的申请${application.trackingNumber}已受理。`, scope: application.scope, department: application.department },
        req,
        depth: 0,
      })
    }
  })
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { cases: { type: 'string', default: '200' }, others: { type: 'string', default: '2000' }, runs: { type: 'string', default: '50' } } })
  const [cases, others, runs] = [Number(values.cases), Number(values.others), Number(values.runs)]
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'yizhan-bench-my-'))
  delete process.env.DATABASE_URI
  process.env.DATA_DIR = dataDir
  process.env.PAYLOAD_SECRET ??= randomBytes(32).toString('hex')
  process.env.YIZHAN_MODE = 'demo'
  const payload = await openPayload()
  try {
    await seedContent(payload, { demo: true, rebuildPortal: false })
    await seedApplications(payload, others)
    const cookie = await signIn(payload)
    await giveCases(payload, cases)
    const times: number[] = []
    let listed = 0
    for (let run = 0; run < WARM_UP + runs; run += 1) {
      const started = performance.now()
      const response = await request(payload, '/api/my/cases', { headers: { cookie } })
      const body = (await response.json()) as { applications: unknown[] }
      if (run >= WARM_UP) times.push(performance.now() - started)
      listed = body.applications.length
    }
    const figures = { cases: listed, others, runs, medianMs: Math.round(median(times)), p95Ms: Math.round(percentile(times, 0.95)), goalP95Ms: GOAL_P95_MS }
    console.log(JSON.stringify(figures))
    console.error(`我的（${listed} 件申请）：中位数 ${figures.medianMs} ms，p95 ${figures.p95Ms} ms（目标 ≤ ${GOAL_P95_MS} ms）`)
  } finally {
    await payload.destroy()
    rmSync(dataDir, { recursive: true, force: true })
  }
}

runCli(main)
