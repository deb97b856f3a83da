import type { Endpoint } from 'payload'

import { adminViewEntry } from '../../../cms/components/adminViewEntry'
import { userDivision } from '../../access'
import { writeAudit } from '../../AuditLog/record'
import { parseDivisionCode } from '../../Divisions/code'
import { handled } from '../../endpoints/respond'
import { CONTENT_TYPES, spreadsheetFile } from '../../endpoints/spreadsheetExport'
import { COMMUNITY_STAFF_ROLES } from '../access'
import { governanceFigures, governanceSheet } from './governance'

/** Where the moderation queue and the yearly figures live in the admin. */
export const MODERATION_QUEUE_PATH = '/community/moderation'
export const GOVERNANCE_PATH = '/community/governance'
export const GOVERNANCE_EXPORT_PATH = '/api/community/governance/export'

/** 论坛审核: the queue of posts waiting, held and reported, for community staff in their subtree. */
export const moderationQueueEntry = adminViewEntry({
  component: '/collections/community/moderation/QueueView#QueueView',
  id: 'nav-community-moderation',
  path: MODERATION_QUEUE_PATH,
  roles: [...COMMUNITY_STAFF_ROLES],
  title: '论坛审核',
})

/** 论坛治理年报: the yearly governance figures. */
export const governanceEntry = adminViewEntry({
  component: '/collections/community/moderation/GovernanceView#GovernanceView',
  id: 'nav-community-governance',
  path: GOVERNANCE_PATH,
  roles: [...COMMUNITY_STAFF_ROLES],
  title: '论坛治理年报',
})

/** `GET /api/community/governance/export?year=YYYY`: the year's figures as an Excel file (audited). */
export const governanceExportEndpoint: Endpoint = {
  path: '/community/governance/export',
  method: 'get',
  handler: handled(async (req) => {
    const governance = await governanceFigures(req.payload, req.user as never, req.searchParams.get('year'))
    await writeAudit(req, {
      action: 'export',
      targetCollection: 'board-reports',
      summary: `导出社区论坛治理情况：${governance.scopeName} ${governance.year}年`,
      scope: parseDivisionCode(userDivision(req.user as never)!.code).path,
    })
    const body = await spreadsheetFile('xlsx', governanceSheet(governance))
    return new Response(new Uint8Array(body), {
      headers: { 'Content-Type': CONTENT_TYPES.xlsx, 'Content-Disposition': `attachment; filename="community-governance-${governance.year}.xlsx"`, 'Cache-Control': 'no-store' },
    })
  }),
}
