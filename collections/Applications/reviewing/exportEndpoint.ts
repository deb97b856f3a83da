import type { Application } from '../../../cms/payload-types'
import { hasRole } from '../../access'
import { loadWorkingCalendar } from '../../CalendarDays/load'
import { chinaDate, type WorkingCalendar } from '../../CalendarDays/workingDays'
import { spreadsheetExportEndpoint } from '../../endpoints/spreadsheetExport'
import { HANDLING_ROLES } from '../access'
import { CHANNEL_LABELS, OUTCOME_LABELS, STATUS_LABELS } from '../states'
import { dueSoonWorkingDays, timeLeft } from './timeLeft'

/** The most applications one export may hold, in either format. */
export const APPLICATIONS_EXPORT_MAX_ROWS = 10_000

const COLUMNS = ['受理编号', '事项编码', '事项名称', '状态', '渠道', '申请人', '身份证号码', '手机号码', '社区代码', '提交时间', '受理时间', '应办结日期', '剩余时限', '办结时间', '办理结果'] as const

/** An instant as people in China read it: 2026-03-02 14:05. */
const chinaTime = (instant: null | string | undefined): string =>
  instant ? new Date(new Date(instant).getTime() + 8 * 60 * 60 * 1000).toISOString().slice(0, 16).replace('T', ' ') : ''

type Clock = { calendar: WorkingCalendar; dueSoonDays: number; today: string }

/** One application as a row, with the reader's copy's masks (name, ID number and phone masked for staff). */
function applicationRow(application: Application, { calendar, dueSoonDays, today }: Clock): string[] {
  return [
    application.trackingNumber,
    application.serviceCode,
    application.serviceTitle,
    STATUS_LABELS[application.status],
    CHANNEL_LABELS[application.channel],
    application.applicant.name,
    application.applicant.idNumber,
    application.applicant.phone,
    application.scope?.community ?? '',
    chinaTime(application.submittedAt),
    chinaTime(application.acceptedAt),
    application.dueDate ?? '',
    timeLeft(application, today, calendar, dueSoonDays)?.text ?? '',
    chinaTime(application.completedAt),
    application.outcome ? OUTCOME_LABELS[application.outcome] : '',
  ]
}

/**
 * `GET /api/applications/export?format=xlsx|csv` with the list's `where`:
 * the applications the case worker may read under that filter, masked,
 * neutralised, audited (endpoints/spreadsheetExport.ts).
 */
export const applicationsExportEndpoint = spreadsheetExportEndpoint<Application, Clock>({
  collection: 'applications',
  allowed: (req) => hasRole(req.user, ...HANDLING_ROLES),
  refusedMessage: '只有审核人员可以导出办件',
  titles: COLUMNS,
  prepare: async (req) => ({ calendar: await loadWorkingCalendar(req.payload, req), dueSoonDays: dueSoonWorkingDays(), today: chinaDate() }),
  row: applicationRow,
  unit: '件',
  filePrefix: 'applications',
  maxRows: { xlsx: APPLICATIONS_EXPORT_MAX_ROWS, csv: APPLICATIONS_EXPORT_MAX_ROWS },
})
