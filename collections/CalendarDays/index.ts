import type { CollectionConfig } from 'payload'

import { activeStaff } from '../access'
import { selectOptions } from '../fields/selectOptions'
import { cityAdmins } from './access'
import { saveYearEndpoint } from './endpoints/saveYear'
import { forgetWorkingCalendar } from './load'
import { isIsoDate } from './workingDays'

const CALENDAR_DAY_KINDS = {
  holiday: { zh: '放假', en: 'Public holiday' },
  workday: { zh: '调休上班', en: 'Make-up working day' },
} as const

/**
 * The exceptions to "Monday to Friday" on the official calendar: public
 * holidays and the weekend days worked in exchange. Seeded from the
 * chinese-days package; the State Council publishes the next year's
 * arrangement each winter, and an administrator enters it here until the
 * package catches up. Deadlines for applications and work orders are counted
 * on it (workingDays.ts).
 */
export const CalendarDays: CollectionConfig = {
  slug: 'calendar-days',
  labels: {
    singular: { zh: '节假日安排', en: 'Calendar day' },
    plural: { zh: '节假日安排', en: 'Holiday calendar' },
  },
  admin: {
    useAsTitle: 'date',
    defaultColumns: ['date', 'kind', 'name'],
    group: { zh: '系统', en: 'System' },
    components: { beforeListTable: ['/collections/CalendarDays/components/CalendarYearLink#CalendarYearLink'] },
    description: {
      zh: '法定节假日和调休上班日。办理时限按工作日计算时以此为准；国务院公布新一年安排后，请用“按年录入”一次录入全年（可直接粘贴通知）。',
      en: 'Public holidays and make-up working days; time limits in working days are counted on this calendar.',
    },
  },
  defaultSort: '-date',
  access: { read: activeStaff, create: cityAdmins, update: cityAdmins, delete: cityAdmins },
  endpoints: [saveYearEndpoint],
  hooks: { afterChange: [forgetWorkingCalendar], afterDelete: [forgetWorkingCalendar] },
  fields: [
    {
      name: 'date',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      label: { zh: '日期', en: 'Date' },
      admin: { description: { zh: '格式：2027-01-01', en: 'Format: 2027-01-01' } },
      validate: (value: null | string | undefined) =>
        (value && isIsoDate(value)) || '请按 YYYY-MM-DD 格式填写有效日期，例如 2027-01-01',
    },
    {
      name: 'kind',
      type: 'select',
      required: true,
      options: selectOptions(CALENDAR_DAY_KINDS),
      label: { zh: '类型', en: 'Kind' },
    },
    { name: 'name', type: 'text', required: true, label: { zh: '节日', en: 'Holiday' } },
  ],
}
