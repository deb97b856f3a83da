import type { CollectionConfig } from 'payload'

import { activeStaff, hasRole } from '../access'
import { MONDAY_TO_FRIDAY, periodProblems, TIME_PATTERN, WEEKDAY_LABELS, WEEKDAYS } from './lib/schedule'

const admins = ({ req: { user } }: { req: { user: unknown } }) => hasRole(user as never, 'admin')

const timeField = (name: 'end' | 'start', label: string) => ({
  name,
  type: 'text' as const,
  required: true,
  label: { zh: label, en: name === 'start' ? 'From' : 'To' },
  admin: { placeholder: name === 'start' ? '09:00' : '12:00', width: '25%' },
  validate: (value: null | string | undefined) => TIME_PATTERN.test(value ?? '') || '请按“09:00”的格式填写时间',
})

/**
 * A centre's booking hours (预约时段): its opening periods, each on the
 * weekdays it names (周一至周五 unless staff choose otherwise), cut into
 * slots of a set length with a set number of seats. Holidays close the day;
 * a 调休 working day opens with the periods of every day Monday to Friday
 * (lib/schedule.ts periodsOn), from the calendar (calendar-days).
 */
export const AppointmentSchedules: CollectionConfig = {
  slug: 'appointment-schedules',
  labels: { singular: { zh: '预约时段', en: 'Booking hours' }, plural: { zh: '预约时段', en: 'Booking hours' } },
  admin: {
    useAsTitle: 'centre',
    defaultColumns: ['centre', 'slotMinutes', 'capacity', 'capacityPerService'],
    group: { zh: '预约', en: 'Appointments' },
    description: {
      zh: '每个服务中心的开放时段（每个时段选择适用的星期，如周四下午不开放、周六上午开放）、每个号的时长和人数。法定节假日不开放；调休上班日按周一至周五每天都开放的时段开放。',
      en: 'Per centre: opening periods per weekday, slot length and seats.',
    },
  },
  access: { read: activeStaff, create: admins, update: admins, delete: admins },
  fields: [
    { name: 'centre', type: 'relationship', relationTo: 'service-centres', required: true, unique: true, label: { zh: '服务中心', en: 'Centre' } },
    {
      name: 'periods',
      type: 'array',
      required: true,
      minRows: 1,
      label: { zh: '开放时段', en: 'Opening periods' },
      labels: { singular: { zh: '时段', en: 'Period' }, plural: { zh: '时段', en: 'Periods' } },
      validate: periodProblems,
      fields: [
        {
          type: 'row',
          fields: [
            timeField('start', '开始'),
            timeField('end', '结束'),
            {
              name: 'weekdays',
              type: 'select',
              hasMany: true,
              required: true,
              defaultValue: MONDAY_TO_FRIDAY,
              options: WEEKDAYS.map((value) => ({ value, label: WEEKDAY_LABELS[value] })),
              label: { zh: '适用的星期', en: 'Weekdays' },
              admin: { width: '50%' },
            },
          ],
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'slotMinutes', type: 'number', required: true, min: 5, max: 240, defaultValue: 30, label: { zh: '每个号的时长（分钟）', en: 'Slot length (minutes)' } },
        { name: 'capacity', type: 'number', required: true, min: 1, max: 1000, defaultValue: 5, label: { zh: '每个号可约人数', en: 'Seats per slot' } },
      ],
    },
    {
      name: 'capacityPerService',
      type: 'checkbox',
      defaultValue: false,
      label: { zh: '每个事项分别计算人数', en: 'Seats per service' },
      admin: { description: { zh: '不勾选时，本中心所有事项共用每个号的人数。', en: 'Otherwise all services share the seats.' } },
    },
  ],
}
