import type { CheckboxField, Field } from 'payload'

/**
 * Beside a stored due date: set when it was counted into a year whose
 * holidays are not entered yet (weekends only, so 元旦 or 春节 may count as
 * working days); cleared when an administrator enters that year and the
 * date is counted again (recompute.ts).
 */
export const provisionalDueDateField = (access?: CheckboxField['access']): CheckboxField => ({
  name: 'dueDateProvisional',
  access,
  type: 'checkbox',
  defaultValue: false,
  index: true,
  label: { zh: '期限暂定', en: 'Provisional' },
  admin: {
    readOnly: true,
    condition: (_data, siblingData) => Boolean(siblingData?.dueDateProvisional),
    description: {
      zh: '期限所在年份的节假日安排尚未录入，暂按周末计算；管理员录入后自动重新计算。',
      en: 'Counted into a year whose holidays are not entered yet; counted again once they are.',
    },
  },
})

/** A due date field whose list column says 暂定 when the date is provisional. */
export function withProvisionalCell(field: Field): Field {
  if (field.type !== 'text') return field
  return {
    ...field,
    admin: { ...field.admin, components: { ...field.admin?.components, Cell: '/collections/CalendarDays/components/DueDateCell#DueDateCell' } },
  }
}
