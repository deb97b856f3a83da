import type { CollectionConfig, CustomComponent, FieldAccess } from 'payload'

import { hasRole, isActiveStaff, nobody, ROLES, scopeWhere } from '../access'
import { scopePathField } from '../fields/divisionScope'
import { appointmentEndpoints, CHECK_IN_PAGE } from './endpoints'
import { APPOINTMENT_STATUS_LABELS, APPOINTMENT_STATUSES, APPOINTMENTS } from './states'

/** Centre staff see the appointments of the centres in their division subtree. */
const staffInScope: CollectionConfig['access'] = {
  read: ({ req: { user } }) => (isActiveStaff(user) ? scopeWhere(user) : false),
}

/** The full name and phone: the hotline and administrators (to call a resident back), not every list. */
const contactReaders: FieldAccess = ({ req: { user } }) => hasRole(user, 'admin', 'agent')

/** 预约签到 in the admin's navigation for every staff role: the page itself acts only on the bookings of the staff member's division. */
export const checkInNavLink: CustomComponent = {
  path: '/cms/components/AdminNavLink#AdminNavLink',
  serverProps: { id: 'nav-appointment-check-in', label: '预约签到', href: CHECK_IN_PAGE, roles: [...ROLES] },
}

const internal = { read: () => false, create: () => false, update: () => false }

/**
 * 预约: a seat at a service centre's counter for one service at one time.
 * Written only by the booking endpoints (collections/Appointments/endpoints),
 * which take and give back seats atomically; staff read the day's list here.
 */
export const Appointments: CollectionConfig = {
  slug: APPOINTMENTS,
  labels: { singular: { zh: '预约', en: 'Appointment' }, plural: { zh: '预约', en: 'Appointments' } },
  admin: {
    useAsTitle: 'number',
    defaultColumns: ['date', 'start', 'serviceTitle', 'maskedName', 'status', 'centre'],
    listSearchableFields: ['number'],
    group: { zh: '预约', en: 'Appointments' },
    description: { zh: '居民在网上或经热线预约的现场办理。按日期、服务中心和状态筛选即为当天的预约名单；签到页在左侧导航的“预约签到”（扫码枪可直接输入预约号；已过时间未到的可标记未到，当天可撤销）。', en: 'Bookings at service centres.' },
  },
  defaultSort: 'date',
  endpoints: appointmentEndpoints,
  access: { ...staffInScope, create: nobody, update: nobody, delete: nobody },
  fields: [
    { name: 'number', type: 'text', required: true, unique: true, label: { zh: '预约号', en: 'Number' } },
    { name: 'service', type: 'text', required: true, index: true, label: { zh: '事项编码', en: 'Service code' } },
    { name: 'serviceTitle', type: 'text', required: true, label: { zh: '事项', en: 'Service' } },
    { name: 'centre', type: 'relationship', relationTo: 'service-centres', required: true, index: true, label: { zh: '服务中心', en: 'Centre' } },
    {
      type: 'row',
      fields: [
        { name: 'date', type: 'text', required: true, index: true, label: { zh: '日期', en: 'Date' } },
        { name: 'start', type: 'text', required: true, label: { zh: '开始', en: 'From' } },
        { name: 'end', type: 'text', required: true, label: { zh: '结束', en: 'To' } },
      ],
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      index: true,
      defaultValue: 'booked',
      options: APPOINTMENT_STATUSES.map((value) => ({ value, label: APPOINTMENT_STATUS_LABELS[value] })),
      label: { zh: '状态', en: 'Status' },
    },
    { name: 'maskedName', type: 'text', required: true, label: { zh: '姓名', en: 'Name' } },
    { name: 'name', type: 'text', required: true, access: { read: contactReaders }, label: { zh: '姓名（完整）', en: 'Full name' } },
    { name: 'phone', type: 'text', required: true, access: { read: contactReaders }, label: { zh: '手机号码', en: 'Phone' } },
    {
      name: 'channel',
      type: 'select',
      required: true,
      options: [
        { value: 'portal', label: '网上预约' },
        { value: 'desk', label: '热线代约' },
      ],
      label: { zh: '预约渠道', en: 'Channel' },
    },
    { name: 'resident', type: 'relationship', relationTo: 'residents', index: true, access: internal, label: { zh: '居民账号', en: 'Resident' } },
    { name: 'bookedBy', type: 'relationship', relationTo: 'users', label: { zh: '代约坐席', en: 'Booked by' } },
    /** The person, as a keyed hash of the phone: one active booking per person, service and day; no-shows counted per person. */
    { name: 'personKey', type: 'text', required: true, index: true, access: internal, admin: { hidden: true } },
    /** Unique while the booking is active (person, service, day); set apart when it ends. */
    { name: 'activeKey', type: 'text', required: true, unique: true, access: internal, admin: { hidden: true } },
    { name: 'slotKey', type: 'text', required: true, access: internal, admin: { hidden: true } },
    { name: 'reminderSent', type: 'checkbox', defaultValue: false, index: true, label: { zh: '已发提醒', en: 'Reminder sent' } },
    { name: 'checkedInAt', type: 'date', label: { zh: '签到时间', en: 'Checked in' }, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'noShowMarkedAt', type: 'date', label: { zh: '记为爽约的时间', en: 'Marked no-show' }, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'noShowMarkedBy', type: 'relationship', relationTo: 'users', label: { zh: '标记未到的工作人员', en: 'Marked no-show by' }, admin: { description: { zh: '空白表示时段结束后由系统自动记为爽约。', en: 'Empty: marked by the sweep.' } } },
    { name: 'cancelledAt', type: 'date', label: { zh: '取消时间', en: 'Cancelled' }, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    scopePathField,
  ],
}
