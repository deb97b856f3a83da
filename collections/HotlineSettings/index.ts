import type { GlobalConfig, Payload, PayloadRequest } from 'payload'

import type { HotlineSetting } from '../../cms/payload-types'
import { lookupCache } from '../../cms/lib/lookupCache'
import { hasRole } from '../access'
import { DEFAULT_DEADLINE_DAYS, TICKET_KIND_LABELS, type TicketKind } from '../Tickets/states'

/** The settings every new work order reads. */
const cachedSettings = lookupCache<HotlineSetting>({ max: 1 })

function forgetSettings(): void {
  cachedSettings.forget()
}

/** How the supervision sweep reminds and escalates unless the settings say otherwise. */
export const SUPERVISION_DEFAULTS = { remindDaysBefore: 1, escalateAfterDays: 2 }

/**
 * The hotline's own rules, edited by administrators: how many working days
 * each kind of work order may take (on the holiday calendar). A change
 * applies to orders received from then on.
 */
export const HotlineSettings: GlobalConfig = {
  slug: 'hotline-settings',
  label: { zh: '热线设置', en: 'Hotline settings' },
  admin: {
    group: { zh: '热线', en: 'Hotline' },
    description: { zh: '各类工单的办理时限（工作日，按节假日日历计算），修改后对新受理的工单生效；督办提醒和超期升级的工作日数。', en: 'Working days per kind of order; applies to new orders.' },
  },
  hooks: { afterChange: [forgetSettings] },
  access: {
    read: ({ req: { user } }) => hasRole(user, 'admin', 'agent', 'reviewer'),
    update: ({ req: { user } }) => hasRole(user, 'admin'),
  },
  fields: [
    {
      name: 'deadlineDays',
      type: 'group',
      label: { zh: '办理时限（工作日）', en: 'Deadlines (working days)' },
      fields: (Object.keys(TICKET_KIND_LABELS) as TicketKind[]).map((kind) => ({
        name: kind,
        type: 'number' as const,
        required: true,
        min: 1,
        max: 60,
        defaultValue: DEFAULT_DEADLINE_DAYS[kind],
        label: TICKET_KIND_LABELS[kind],
      })),
    },
    {
      name: 'supervision',
      type: 'group',
      label: { zh: '督办（工作日）', en: 'Supervision (working days)' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'remindDaysBefore', type: 'number', required: true, min: 0, max: 10, defaultValue: SUPERVISION_DEFAULTS.remindDaysBefore, label: { zh: '到期前几个工作日提醒承办单位', en: 'Remind before due' } },
            { name: 'escalateAfterDays', type: 'number', required: true, min: 1, max: 30, defaultValue: SUPERVISION_DEFAULTS.escalateAfterDays, label: { zh: '超期几个工作日后升级到上一级', en: 'Escalate after overdue' } },
          ],
        },
      ],
    },
  ],
}

/** The supervision sweep's working days under the current settings (cached like the deadlines). */
export async function supervisionSettings(payload: Payload, req?: PayloadRequest): Promise<typeof SUPERVISION_DEFAULTS> {
  const settings = await cachedSettings.get('settings', () => payload.findGlobal({ slug: 'hotline-settings', depth: 0, req }))
  return {
    remindDaysBefore: settings?.supervision?.remindDaysBefore ?? SUPERVISION_DEFAULTS.remindDaysBefore,
    escalateAfterDays: settings?.supervision?.escalateAfterDays ?? SUPERVISION_DEFAULTS.escalateAfterDays,
  }
}

/** Working days an order of `kind` may take under the current settings (cached per process, cleared when they change). */
export async function deadlineDaysFor(payload: Payload, kind: TicketKind, req?: PayloadRequest): Promise<number> {
  const settings = await cachedSettings.get('settings', () => payload.findGlobal({ slug: 'hotline-settings', depth: 0, req }))
  return settings?.deadlineDays?.[kind] ?? DEFAULT_DEADLINE_DAYS[kind]
}
