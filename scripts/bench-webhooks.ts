/**
 * `npm run bench:webhooks`: webhook delivery lag to a department's own
 * system under steady submits, on the embedded SQLite database, against the
 * real platform (`npm start` in demo mode on a throw-away data folder, two
 * server processes unless --workers says otherwise, per-client limits
 * lifted):
 * - a receiver on a loopback port stands in for the department system
 *   (allowed through DEPARTMENT_WEBHOOK_ALLOWED_HOSTS) and checks each
 *   signature;
 * - the department handling 030502 hands its applications over to it;
 * - residents submit at a steady --rate per second for --seconds (goal:
 *   delivery lag p95 ≤ 1 s), each submit's answer time kept;
 * - lag = when the receiver got the application − when its submit was
 *   answered (the transaction committed before the answer, so a webhook
 *   can even arrive first: lags below zero are counted as zero);
 * - then it waits for stragglers and reports p50/p95/max, applications
 *   never delivered, deliveries received more than once (delivery is at
 *   least once: never by two workers at a time, but a message sent whose
 *   outcome could not be recorded goes out again), and bad signatures.
 *
 * Options: --rate=20 --seconds=30 --workers=2 --keep.
 * A benchmark reports figures; it exits non-zero only when it cannot run.
 */
import { parseArgs } from 'node:util'

import { SIGNATURE_HEADER, verifySignature } from '../collections/DepartmentSystems/lib/signature'
import { listCommunities } from '../collections/Divisions/lookup'
import { relationId } from '../collections/relations'
import { eventually, webhookReceiver } from '../test/helpers/webhookReceiver'
import { randomSource, sampleApplicant } from './lib/bench/applicants'
import { benchSite, runScriptForJson, startPlatform } from './lib/bench/platform'
import { ms, type SummaryRow, summaryTable } from './lib/bench/report'
import { percentile } from './lib/bench/timing'
import { runCli } from './lib/cli'
import { openPayload } from './lib/payload'
import { seedContent } from './lib/seed'

const GOAL_P95_MS = 1000
const SERVICE = { serviceCode: '030502', answers: { applicantType: '16至24岁失业青年', preferredIndustry: '其他' } } as const
const SECRET = 'bench-webhooks-signing-secret-0123456789'
const UNLIMITED = '100000000/60'
/** How long to wait after the last submit for deliveries still on their way. */
const DRAIN_MS = 60_000

/** Child process: seed the content, hand 030502's department over to the receiver, print the community codes. */
async function seed(receiverUrl: string): Promise<void> {
  const payload = await openPayload()
  await seedContent(payload, { demo: true, rebuildPortal: false })
  const service = (await payload.find({ collection: 'services', where: { code: { equals: SERVICE.serviceCode } }, depth: 0, limit: 1 })).docs[0]!
  await payload.create({
    collection: 'department-systems',
    data: { name: '基准测试业务系统', department: String(relationId(service.department)), mode: 'besides', webhookUrl: receiverUrl, signingSecret: SECRET },
  })
  const communities = await listCommunities(payload)
  await payload.destroy()
  console.log(JSON.stringify({ communityCodes: communities.map((division) => division.code) }))
}

type Submitted = { answeredAt: number; trackingNumber: string }

/** Submit at a steady `rate` per second for `seconds`, without waiting for answers before the next is due. */
async function steadySubmits(baseUrl: string, communityCodes: string[], rate: number, seconds: number) {
  const random = randomSource(Date.now())
  const submitted: Submitted[] = []
  const failures: string[] = []
  const pending: Promise<void>[] = []
  const started = performance.now()
  const total = rate * seconds
  for (let index = 0; index < total; index += 1) {
    const due = started + (index * 1000) / rate
    const wait = due - performance.now()
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait))
    const body = { ...SERVICE, divisionCode: communityCodes[index % communityCodes.length], applicant: { ...sampleApplicant(random), email: '' } }
    pending.push(
      fetch(`${baseUrl}/api/applications/submit`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
        .then(async (response) => {
          const text = await response.text()
          if (response.status !== 201) failures.push(`HTTP ${response.status}：${text.slice(0, 200)}`)
          else submitted.push({ answeredAt: Date.now(), trackingNumber: (JSON.parse(text) as { trackingNumber: string }).trackingNumber })
        })
        .catch((error: unknown) => void failures.push(String(error))),
    )
  }
  await Promise.all(pending)
  return { submitted, failures, seconds: (performance.now() - started) / 1000 }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      rate: { type: 'string', default: '20' },
      seconds: { type: 'string', default: '30' },
      workers: { type: 'string', default: '2' },
      keep: { type: 'boolean', default: false },
    },
  })
  const rate = Number(values.rate)
  const seconds = Number(values.seconds)
  const receiver = webhookReceiver()
  await receiver.start()
  console.log(`部门业务系统推送基准（SQLite，${values.workers} 个服务进程，Node ${process.version}）；接收方 ${receiver.url()}`)
  const site = await benchSite({
    APPLY_SUBMIT_LIMIT: UNLIMITED,
    APPLY_LOOKUP_LIMIT: UNLIMITED,
    WEB_CONCURRENCY: values.workers,
    DEPARTMENT_WEBHOOK_ALLOWED_HOSTS: '127.0.0.1',
  })
  try {
    console.log(`\n数据目录 ${site.dataDir}：写入内容和演示账号，把 030502 所属部门的申请交给接收方…`)
    const { communityCodes } = await runScriptForJson<{ communityCodes: string[] }>('bench-webhooks', ['--seed', receiver.url()], site.env)
    console.log('\n启动平台（与 npm start 相同，演示模式，LOG_LEVEL=warn）…')
    const platform = await startPlatform(site.env)
    console.log(`  ${platform.baseUrl} 已就绪，用时 ${platform.startSeconds.toFixed(0)} 秒`)
    try {
      console.log(`\n以每秒 ${rate} 件的速度提交 ${seconds} 秒（共 ${rate * seconds} 件，无附件）…`)
      const load = await steadySubmits(platform.baseUrl, communityCodes, rate, seconds)
      console.log(`  提交完成：${load.submitted.length} 件成功，${load.failures.length} 件失败，用时 ${load.seconds.toFixed(1)} 秒`)
      for (const failure of load.failures.slice(0, 5)) console.log(`  失败示例：${failure}`)
      const expected = new Set(load.submitted.map((each) => each.trackingNumber))
      const arrived = () => new Set(receiver.received.map((each) => (JSON.parse(each.body) as { application: { trackingNumber: string } }).application.trackingNumber))
      await eventually(() => ([...expected].every((number) => arrived().has(number)) ? true : undefined), DRAIN_MS).catch(() => undefined)

      const firstArrival = new Map<string, number>()
      const deliveryIds = new Map<string, number>()
      let badSignatures = 0
      for (const message of receiver.received) {
        const body = JSON.parse(message.body) as { application: { trackingNumber: string }; id: string }
        if (!verifySignature(SECRET, message.body, String(message.headers[SIGNATURE_HEADER.toLowerCase()]))) badSignatures += 1
        deliveryIds.set(body.id, (deliveryIds.get(body.id) ?? 0) + 1)
        if (!firstArrival.has(body.application.trackingNumber)) firstArrival.set(body.application.trackingNumber, message.receivedAt)
      }
      const lags = load.submitted.flatMap(({ answeredAt, trackingNumber }) => {
        const at = firstArrival.get(trackingNumber)
        return at === undefined ? [] : [Math.max(0, at - answeredAt)]
      })
      const undelivered = load.submitted.length - lags.length
      const duplicates = [...deliveryIds.values()].filter((count) => count > 1).length
      const p50 = percentile(lags, 0.5)
      const p95 = percentile(lags, 0.95)
      const max = lags.length ? Math.max(...lags) : 0
      console.log(`\n推送延迟（提交应答 → 接收方收到），${lags.length} 件：p50 ${ms(p50)}，p95 ${ms(p95)}，最长 ${ms(max)}`)
      const rows: SummaryRow[] = [
        [`推送延迟 p95（每秒 ${rate} 件，${seconds} 秒）`, `≤ ${ms(GOAL_P95_MS)}`, ms(p95), p95 <= GOAL_P95_MS],
        ['推送延迟 p50', '—', ms(p50), null],
        ['推送延迟 最长', '—', ms(max), null],
        ['提交失败', '0', String(load.failures.length), load.failures.length === 0],
        [`${DRAIN_MS / 1000} 秒内未送达`, '0', String(undelivered), undelivered === 0],
        // At least once: a delivery sent but not recorded (the database too busy) goes out again; receivers dedupe on its id.
        ['同一推送收到多次（按推送 id 去重）', '0', String(duplicates), duplicates === 0],
        ['签名不符', '0', String(badSignatures), badSignatures === 0],
      ]
      console.log(`\n汇总\n${summaryTable(rows)}`)
      if (undelivered > 0 || load.failures.length > 0) {
        const lines = platform.recentOutput()
        if (lines.length) console.error(`\n服务器最近的输出：\n${lines.map((line) => `  ${line}`).join('\n')}`)
      }
    } finally {
      await platform.stop()
    }
  } finally {
    await receiver.stop()
    if (values.keep) console.log(`\n数据目录保留在 ${site.dataDir}`)
    else site.remove()
  }
}

runCli(async () => {
  const args = process.argv.slice(2)
  if (args[0] === '--seed') return seed(args[1]!)
  await main()
})
