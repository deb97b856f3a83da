/**
 * `npm run bench:my`: how fast 我的 opens for a resident with 200
 * applications and 50 work orders (goal p95 ≤ 300 ms), from the API over
 * real HTTP: a throw-away data folder with the demo content and 2,000 other
 * applications, seeded in a child process (200 applications given to one
 * resident signed in through the endpoints, three history entries and a
 * message each; 50 web work orders answered and closed by the desk), then
 * the platform started as `npm start` runs it, and 50 requests each of
 * `GET /api/my/cases` (JSON) and `GET /api/my/overview` (the page without
 * JavaScript) with the resident's cookie, after one to warm up. Prints the
 * figures as JSON.
 *
 * Options: --cases=200 --tickets=50 --others=2000 --runs=50
 */
import type { Payload } from 'payload'

import { parseArgs } from 'node:util'

import { createLocalReq, handleEndpoints } from 'payload'

import { withTransaction } from '../cms/lib/withTransaction'
import { appendHistory } from '../collections/Applications/lib/history'
import { takeTicketAction } from '../collections/Tickets/lib/transition'
import { runCli } from './lib/cli'
import { demoStaff } from './lib/bench/benchDatabase'
import { benchSite, runScriptForJson, startPlatform } from './lib/bench/platform'
import { timeRepeatedly } from './lib/bench/timing'
import { seedApplications } from './lib/bench/seedApplications'
import { openPayload } from './lib/payload'
import { seedContent } from './lib/seed'

const GOAL_P95_MS = 300
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

type Seeded = { applications: number; cookie: string; tickets: number }

/** A web request's worth of work order, answered and closed by the desk (receive, answer, close in its history). */
async function giveTickets(payload: Payload, residentId: number | string, count: number): Promise<void> {
  // agent-community's own community (纬五路社区): the desk may only act there.
  const { docs: [community] } = await payload.find({ collection: 'divisions', where: { code: { equals: '410105001001' } }, limit: 1, depth: 0 })
  const agent = await demoStaff(payload, 'agent-community')
  const req = await createLocalReq({ user: agent }, payload)
  for (let index = 0; index < count; index += 1) {
    const ticket = await payload.create({
      collection: 'tickets',
      data: { channel: 'web', kind: 'complaint', summary: '小区路灯不亮', content: '纬五路21号院门口的路灯连续三晚不亮，老人晚上出门不安全，请尽快修复。', caller: { name: '王女士', phone: PHONE }, division: community!.id } as never,
      depth: 0,
      user: agent,
    })
    await takeTicketAction(req, ticket, 'answerDirectly', { note: '已通知物业，路灯已修复。' })
    await payload.db.updateOne({ collection: 'tickets', id: ticket.id, data: { resident: residentId }, returning: false })
  }
}

/** Child process: the content, the applications and the resident's cases in the throw-away folder; prints the cookie. */
async function seed(cases: number, others: number, tickets: number): Promise<void> {
  const payload = await openPayload()
  await seedContent(payload, { demo: true, rebuildPortal: false })
  await seedApplications(payload, others)
  const cookie = await signIn(payload)
  await giveCases(payload, cases)
  const { docs: [resident] } = await payload.find({ collection: 'residents', limit: 1, depth: 0, overrideAccess: true })
  await giveTickets(payload, resident!.id, tickets)
  await payload.destroy()
  const seeded: Seeded = { applications: cases, tickets, cookie }
  console.log(JSON.stringify(seeded))
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { cases: { type: 'string', default: '200' }, tickets: { type: 'string', default: '50' }, others: { type: 'string', default: '2000' }, runs: { type: 'string', default: '50' } } })
  const runs = Number(values.runs)
  const site = await benchSite()
  try {
    console.error(`数据目录 ${site.dataDir}：写入内容、${values.others} 件申请，其中 ${values.cases} 件和 ${values.tickets} 张工单属于一位居民…`)
    const seeded = await runScriptForJson<Seeded>('bench-my', ['--seed', values.cases!, values.others!, values.tickets!], site.env)
    console.error('启动平台（与 npm start 相同，演示模式）…')
    const platform = await startPlatform(site.env)
    try {
      const init = { headers: { cookie: seeded.cookie, accept: 'application/json' } }
      const json = await timeRepeatedly(`${platform.baseUrl}/api/my/cases`, init, runs)
      const page = await timeRepeatedly(`${platform.baseUrl}/api/my/overview`, init, runs)
      if (json.statuses.join() !== '200' || page.statuses.join() !== '200') throw new Error(`我的没有正常打开：HTTP ${json.statuses.join('/')}、${page.statuses.join('/')}`)
      const figures = {
        applications: seeded.applications,
        tickets: seeded.tickets,
        others: Number(values.others),
        runs,
        medianMs: Math.round(json.complete.median),
        p95Ms: Math.round(json.complete.p95),
        pageMedianMs: Math.round(page.complete.median),
        pageP95Ms: Math.round(page.complete.p95),
        goalP95Ms: GOAL_P95_MS,
      }
      console.log(JSON.stringify(figures))
      console.error(`我的（${seeded.applications} 件申请、${seeded.tickets} 张工单，HTTP）：JSON 中位数 ${figures.medianMs} ms，p95 ${figures.p95Ms} ms；无脚本页面 中位数 ${figures.pageMedianMs} ms，p95 ${figures.pageP95Ms} ms（目标 ≤ ${GOAL_P95_MS} ms）`)
    } finally {
      await platform.stop()
    }
  } finally {
    site.remove()
  }
}

runCli(async () => {
  const args = process.argv.slice(2)
  if (args[0] === '--seed') return seed(Number(args[1]), Number(args[2]), Number(args[3]))
  await main()
})
