import type { Appointment } from '../../../cms/payload-types'
import { isActiveStaff, type StaffUser } from '../../access'
import { spreadsheetExportEndpoint } from '../../endpoints/spreadsheetExport'
import { APPOINTMENT_STATUS_LABELS } from '../states'

/**
 * `GET /api/appointments/export?format=csv|xlsx` with the list's `where`
 * filter: the day's list (or any filtered list) of the centres in the
 * staff member's division, names masked.
 */
export const appointmentsExportEndpoint = spreadsheetExportEndpoint<Appointment>({
  collection: 'appointments',
  allowed: (req) => isActiveStaff(req.user as StaffUser),
  refusedMessage: '只有工作人员可以导出预约名单',
  titles: ['日期', '时段', '事项', '姓名', '状态', '预约号'],
  row: (doc) => [doc.date, `${doc.start}-${doc.end}`, doc.serviceTitle, doc.maskedName, APPOINTMENT_STATUS_LABELS[doc.status], doc.number],
  unit: '个',
  filePrefix: 'appointments',
  maxRows: { xlsx: 20_000, csv: Number.MAX_SAFE_INTEGER },
})
