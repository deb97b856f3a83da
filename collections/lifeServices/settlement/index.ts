import type { Endpoint } from 'payload'

import { adminViewEntry } from '../../../cms/components/adminViewEntry'
import { answer, handled } from '../../endpoints/respond'
import { LIFE_MANAGER_ROLES } from '../access'
import { monthlySettlement, settlementStatement } from './compute'

/** Where 补贴结算 lives in the admin, below its route. */
export const SETTLEMENT_PATH = '/life/settlement'

/** The Excel statement of one provider for a month. */
export const statementPath = (providerId: number | string, month: string): string => `/api/life/settlement/${encodeURIComponent(String(providerId))}/statement?month=${month}`

/** 补贴结算: the admin view and its navigation link, for life-services staff and administrators. */
export const settlementEntry = adminViewEntry({
  component: '/collections/lifeServices/settlement/SettlementView#SettlementView',
  id: 'nav-life-settlement',
  path: SETTLEMENT_PATH,
  roles: [...LIFE_MANAGER_ROLES],
  title: '补贴结算',
})

/**
 * - `GET /api/life/settlement?month=YYYY-MM`: the month's settlement in the reader's division, per provider and in total;
 * - `GET /api/life/settlement/<provider>/statement?month=YYYY-MM`: that provider's statement as an Excel file (audited).
 */
export const settlementEndpoints: Endpoint[] = [
  {
    path: '/life/settlement',
    method: 'get',
    handler: handled(async (req) => answer(req, await monthlySettlement(req.payload, req.user, req.searchParams.get('month')))),
  },
  {
    path: '/life/settlement/:provider/statement',
    method: 'get',
    handler: handled(async (req) => {
      const { body, fileName } = await settlementStatement(req, String(req.routeParams?.provider ?? ''), req.searchParams.get('month'))
      return new Response(new Uint8Array(body), {
        headers: {
          'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          'Content-Disposition': `attachment; filename="${fileName}"`,
          'Cache-Control': 'no-store',
        },
      })
    }),
  },
]
