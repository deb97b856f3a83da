/**
 * `npm run demands:backfill`: once after upgrading a database that already
 * holds cases — on MongoDB, which runs no migrations, or to repeat what the
 * SQLite migration did. Registers the demands of every case (idempotent, a
 * transaction per batch), counts 诉求分析's counters afresh (one
 * transaction) and counts the repeats ahead as the nightly run would.
 */
import { withTransaction } from '../cms/lib/withTransaction'
import { backfillDemands, backfillLifeRatingDemands } from '../collections/Demands/backfill'
import { backfillAnalysisCounters } from '../collections/Tickets/analysis/backfill'
import { precomputeRepeats } from '../collections/Tickets/analysis/repeats'
import { runCli } from './lib/cli'
import { openPayload } from './lib/payload'

async function main(): Promise<void> {
  const payload = await openPayload()
  try {
    const registered = (await backfillDemands(payload)) + (await backfillLifeRatingDemands(payload))
    console.log(`诉求登记已补全：查看了 ${registered} 件案件`)
    const counted = await withTransaction(payload, (req) => backfillAnalysisCounters(payload, req))
    console.log(`诉求分析计数已重建：${counted} 件工单`)
    const divisions = await precomputeRepeats(payload)
    console.log(`重复来电和重复地址已预先统计：${divisions} 个区划`)
  } finally {
    await payload.destroy()
  }
}

runCli(main)
