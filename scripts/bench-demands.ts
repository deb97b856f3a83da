/**
 * `npm run bench:demands -- [orders]`: how long the nightly regrouping of
 * demands (cms/jobs/regroupDemands.ts) takes for a city with `orders` work
 * orders over 13 months (default 1,000,000; goal ≤ 10 minutes on 2 cores).
 * The run reads only the last 90 days, so only those demands are written:
 * 60% of the orders are 建议/投诉/求助 and 90 of 395 days fall in the window,
 * 136,709 demands for a million orders. Older rows only lengthen the indexes
 * the run's range query and counts walk. On a throw-away SQLite file it seeds
 * the demo content, writes the demands in bulk (`payload.db`, as the register
 * stores them: 70% from 40 kinds of problem in several phrasings, places and
 * endings each, 30% one-off texts; every community; 40 topics), then times
 *   - the first run, which groups the window from nothing (every group new:
 *     the worst case, once),
 *   - a second run, the steady nightly case,
 *   - the hook's incremental grouping of 200 new demands (p50, p95),
 *   - 诉求分析's two group lists for the whole city,
 * and prints the figures as JSON.
 */
import type { Payload, Where } from 'payload'

import type { Demand } from '../cms/payload-types'
import { withTransaction } from '../cms/lib/withTransaction'
import { chinaDate } from '../collections/CalendarDays/workingDays'
import { assignGroup, bucketOf, monthStart } from '../collections/DemandGroups/grouping'
import { monthTopGroups } from '../collections/DemandGroups/ranking'
import { districtWideWhere } from '../collections/Demands/access'
import { REGROUP_WINDOW_DAYS, regroupDemands } from '../collections/DemandGroups/regroup'
import { listCommunities } from '../collections/Divisions/lookup'
import { groupRankings } from '../collections/Tickets/analysis/groups'
import { parseDivisionCode } from '../collections/Divisions/code'
import { randomSource } from './lib/bench/applicants'
import { demoStaff, openBenchDatabase } from './lib/bench/benchDatabase'
import { runCli } from './lib/cli'
import { seedContent } from './lib/seed'

const DAY_MS = 24 * 60 * 60 * 1000
const BATCH = 1000
/** The share of work orders that are demands (建议、投诉、求助; the rest are consultations and 代办). */
const DEMAND_SHARE = 0.6

/** Kinds of problem residents raise, each in the phrasings callers use. */
const PROBLEMS: string[][] = [
  ['路灯不亮', '路灯坏了', '路灯晚上不亮', '路灯一直不亮没人修'],
  ['垃圾没人清运', '垃圾清运不及时', '垃圾桶满了没人管', '垃圾堆放臭味大'],
  ['装修噪音扰民', '夜间施工噪音扰民', '工地施工噪音太大', '半夜施工吵得睡不着'],
  ['下水道堵塞', '下水道反味', '污水外溢', '下水管道堵了'],
  ['电梯经常故障', '电梯坏了没人修', '电梯困人', '电梯停运好几天'],
  ['停水没有通知', '自来水停水', '水压太低', '自来水发黄'],
  ['暖气不热', '供暖温度不达标', '暖气片不热', '供暖不足'],
  ['占道经营', '流动摊贩占道', '商户占用人行道', '夜市占道扰民'],
  ['违章停车堵路', '车辆乱停乱放', '消防通道被占用', '停车占用盲道'],
  ['楼道杂物堆放', '楼道堆放杂物有火灾隐患', '楼道里堆满杂物', '杂物堵塞楼道'],
  ['物业不作为', '物业服务差', '物业乱收费', '物业费收费不合理'],
  ['小区门禁坏了', '单元门禁失灵', '门禁卡刷不开', '门禁系统故障'],
  ['道路破损', '路面坑洼', '路面塌陷', '人行道砖松动'],
  ['井盖缺失', '井盖破损', '窨井盖丢失', '井盖松动有响声'],
  ['绿化带被毁', '树木遮挡阳光', '树枝断裂有危险', '行道树需要修剪'],
  ['饭店油烟扰民', '餐馆油烟直排', '烧烤油烟太大', '油烟污染严重'],
  ['广场舞音响太吵', '广场舞噪音扰民', '广场舞声音太大', '晨练音响扰民'],
  ['共享单车乱停', '共享单车堆放', '单车占道', '电动车乱停'],
  ['电动车楼道充电', '飞线充电', '电动车进楼充电', '私拉电线充电'],
  ['公交站台破损', '公交车间隔太长', '公交线路调整不便', '公交车不按站停靠'],
  ['学校周边交通拥堵', '上学时段堵车', '校门口拥堵', '接送孩子堵车严重'],
  ['低保审批太慢', '低保申请没消息', '低保办理时间长', '低保审核进度慢'],
  ['社保转移难办', '社保转移手续复杂', '社保关系转不过来', '养老保险转移办不了'],
  ['医保报销慢', '医保报销比例低', '异地医保报销难', '医保报销材料太多'],
  ['户口迁移材料多', '落户手续复杂', '户口迁移跑多次', '迁户口要求材料太多'],
  ['拖欠工资', '工资被拖欠', '老板不发工资', '农民工工资拖欠'],
  ['房屋漏水', '楼顶漏水', '外墙渗水', '屋顶渗漏'],
  ['燃气异味', '燃气管道老化', '天然气有味道', '燃气泄漏隐患'],
  ['违章搭建', '私搭乱建', '楼顶违建', '占用公共空间搭建'],
  ['宠物狗扰民', '遛狗不拴绳', '狗叫声扰民', '宠物粪便没人清理'],
  ['网络信号差', '手机信号弱', '宽带经常断网', '小区没有光纤'],
  ['快递柜收费', '快递乱放', '快递丢失', '快递驿站服务差'],
  ['菜市场卫生差', '菜市场脏乱', '农贸市场环境差', '市场污水横流'],
  ['健身器材损坏', '健身器材坏了', '小区健身设施老化', '运动器材有安全隐患'],
  ['老旧小区改造慢', '老旧小区改造扰民', '老旧小区加装电梯', '小区改造工期太长'],
  ['空气污染', '工厂排放废气', '焚烧垃圾冒烟', '秸秆焚烧'],
  ['河道发臭', '河道垃圾多', '河水污染', '沟渠发臭'],
  ['充电桩太少', '新能源车充电难', '小区没有充电桩', '充电桩坏了'],
  ['违规养鸡鸭', '楼下养家禽', '小区养鸡扰民', '院子里养鸡有味'],
  ['建议增加停车位', '停车位不够', '小区停车难', '停车位紧张'],
]
/** Characters the one-off texts are made of: mostly words no two demands share. */
const ODD_CHARACTERS = '甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥金木水火土东南西北春夏秋冬梅兰竹菊琴棋书画山川湖海风雨雷电'
const PLACES = ['', '小区', '3号楼', '东门口', '单元楼下', '路口', '菜市场旁', '学校附近', '幼儿园门口', '公园里']
const TAILS = ['', '，请尽快处理', '，已经一周了', '，多次反映没解决', '，影响出行', '，希望有关部门管一管']

type Context = { caseId: string; communities: string[]; topics: string[] }

/** One demand as the register stores it, not yet grouped, received `ageDays` ago. */
function demandRow(next: () => number, index: number, context: Context, ageDays: number): Omit<Demand, 'createdAt' | 'id' | 'updatedAt'> {
  const problem = Math.floor(next() * PROBLEMS.length)
  const phrasings = PROBLEMS[problem]!
  const oneOff = () => Array.from({ length: 8 }, () => ODD_CHARACTERS[Math.floor(next() * ODD_CHARACTERS.length)]).join('')
  const said = next() < 0.3 ? oneOff() : phrasings[Math.floor(next() * phrasings.length)]
  const summary = `${PLACES[Math.floor(next() * PLACES.length)]}${said}${TAILS[Math.floor(next() * TAILS.length)]}`
  const { path: scope } = parseDivisionCode(context.communities[Math.floor(next() * context.communities.length)]!)
  const topic = context.topics[problem % context.topics.length]!
  return {
    sourceKey: `bench:${index}`,
    source: next() < 0.3 ? 'web' : 'hotline',
    kind: (['complaint', 'suggestion', 'helpRequest'] as const)[Math.floor(next() * 3)]!,
    sourceNumber: `GD${String(index).padStart(14, '0')}`,
    case: { relationTo: 'tickets', value: context.caseId },
    summary,
    text: `${summary}\n来电人反映：${summary}。`,
    topic,
    receivedAt: new Date(Date.now() - ageDays * DAY_MS).toISOString(),
    groupedBy: 'auto',
    bucket: bucketOf(scope, topic),
    scope,
  }
}

/** Write `count` demands in bulk, spread over the window. Returns how many were written per second. */
async function fill(payload: Payload, count: number, context: Context): Promise<number> {
  const { next } = randomSource(20261206)
  const started = performance.now()
  for (let written = 0; written < count; written += BATCH) {
    await withTransaction(payload, async (req) => {
      for (let index = written; index < Math.min(count, written + BATCH); index += 1) {
        await payload.db.create({ collection: 'demands', data: demandRow(next, index, context, next() * (REGROUP_WINDOW_DAYS - 1)), req })
      }
    })
    if ((written / BATCH) % 50 === 49) console.error(`已写入 ${written + BATCH} 件诉求（${((performance.now() - started) / 1000).toFixed(0)} 秒）`)
  }
  return count / ((performance.now() - started) / 1000)
}

/** A timed run of the nightly regrouping: wall and CPU seconds and what it did. */
async function timedRun(payload: Payload) {
  const started = performance.now()
  const cpu = process.cpuUsage()
  const outcome = await regroupDemands(payload)
  const used = process.cpuUsage(cpu)
  return { ...outcome, seconds: Math.round(performance.now() - started) / 1000, cpuSeconds: Math.round((used.user + used.system) / 1000) / 1000 }
}

/** The hook's grouping of `count` new demands, one transaction each, in milliseconds (p50, p95). */
async function incremental(payload: Payload, count: number, context: Context) {
  const { next } = randomSource(7)
  const times: number[] = []
  for (let index = 0; index < count; index += 1) {
    await withTransaction(payload, async (req) => {
      const demand = (await payload.db.create({ collection: 'demands', data: demandRow(next, 10_000_000 + index, context, 0), req })) as Demand
      const started = performance.now()
      await assignGroup(req, demand)
      times.push(performance.now() - started)
    })
  }
  times.sort((a, b) => a - b)
  return { p50Ms: Math.round(times[Math.floor(count / 2)]!), p95Ms: Math.round(times[Math.floor(count * 0.95)]!) }
}

/** For the whole city, in milliseconds: 诉求分析's two group lists, and the ranking endpoint's 每月一题 of last month (a whole month of demands counted). */
async function timedRankings(payload: Payload) {
  const viewer = await demoStaff(payload, 'agent-city')
  const [year, month] = chinaDate(monthStart(new Date(), -1)).split('-').map(Number) as [number, number]
  const timed = async (work: () => Promise<unknown>) => {
    const started = performance.now()
    await work()
    return Math.round(performance.now() - started)
  }
  return {
    analysisListsMs: await timed(() => groupRankings(payload, viewer)),
    lastMonthTopMs: await timed(() => monthTopGroups(payload, districtWideWhere(viewer) as Where, year, month, 10)),
  }
}

async function main(): Promise<void> {
  const orders = Number(process.argv[2] ?? 1_000_000)
  const count = Math.round(orders * DEMAND_SHARE * (REGROUP_WINDOW_DAYS / 395))
  const { payload, close } = await openBenchDatabase('demands')
  try {
    await seedContent(payload, { demo: true, rebuildPortal: false })
    const communities = (await listCommunities(payload)).map((community) => community.code)
    const topics = (await payload.find({ collection: 'topics', limit: PROBLEMS.length, depth: 0, sort: 'code', select: { code: true } })).docs.map((topic) => topic.id)
    const divisions = await payload.find({ collection: 'divisions', where: { code: { equals: communities[0] } }, limit: 1, depth: 0 })
    // Every bench demand links to one real work order: the grouping never reads the case.
    const ticket = await payload.create({ collection: 'tickets', data: { channel: 'phone', kind: 'consultation', summary: '基准测试', content: '基准测试', division: divisions.docs[0]!.id } as never, depth: 0 })
    const context = { caseId: ticket.id, communities, topics }
    const writtenPerSecond = Math.round(await fill(payload, count, context))
    console.error(`已写入 ${count} 件诉求，开始计时…`)
    const firstRun = await timedRun(payload)
    const nightlyRun = await timedRun(payload)
    const groups = (await payload.count({ collection: 'demand-groups' })).totalDocs
    const hook = await incremental(payload, 200, context)
    const rankings = await timedRankings(payload)
    console.log(JSON.stringify({ orders, demandsInWindow: count, writtenPerSecond, groups, firstRun, nightlyRun, hook, rankings }))
  } finally {
    await close()
  }
}

runCli(main)
