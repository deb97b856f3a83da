/**
 * `npm run analysis:backfill`: count the work orders stored before 诉求分析's
 * counters existed (once, after upgrading; the orders' hook keeps them from
 * then on). Counts afresh from empty counters, in one transaction.
 */
import { withTransaction } from '../cms/lib/withTransaction'
import { backfillAnalysisCounters } from '../collections/Tickets/analysis/backfill'
import { runCli } from './lib/cli'
import { openPayload } from './lib/payload'

async function main(): Promise<void> {
  const payload = await openPayload()
  try {
    const counted = await withTransaction(payload, (req) => backfillAnalysisCounters(payload, req))
    console.log(`诉求分析计数已重建：${counted} 件工单`)
  } finally {
    await payload.destroy()
  }
}

runCli(main)
