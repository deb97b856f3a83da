import type { TaskConfig } from 'payload'

import { expireLifeOffers } from '../../collections/LifeOrders/lib/steps'

/** Every minute: offers past their deadline go to the next provider; orders done 72 hours ago without the resident's word are confirmed. */
export const expireLifeOffersTask: TaskConfig<{ input: object; output: { autoConfirmed: number; timedOut: number } }> = {
  slug: 'expireLifeOffers',
  label: '生活服务订单超时改派和自动确认',
  schedule: [{ cron: '0 * * * * *', queue: 'default' }],
  concurrency: { key: () => 'expire-life-offers', exclusive: true, supersedes: true },
  retries: 0,
  handler: async ({ req: { payload } }) => ({ output: await expireLifeOffers(payload) }),
}
