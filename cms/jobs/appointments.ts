import type { TaskConfig } from 'payload'

import { markNoShows, sendReminders } from '../../collections/Appointments/lib/sweeps'

/** Every evening at 18:00 China time, the SMS reminder for tomorrow's bookings. */
export const remindAppointmentsTask: TaskConfig<{ input: object; output: { sent: number } }> = {
  slug: 'remindAppointments',
  label: '发送预约提醒短信',
  schedule: [{ cron: '0 0 10 * * *', queue: 'default' }],
  concurrency: { key: () => 'remind-appointments', exclusive: true, supersedes: true },
  retries: 0,
  handler: async ({ req: { payload } }) => ({ output: { sent: await sendReminders(payload) } }),
}

/** Every ten minutes, bookings whose slot ended without a check-in become 爽约 (the no-show rule counts them). */
export const markNoShowsTask: TaskConfig<{ input: object; output: object }> = {
  slug: 'markAppointmentNoShows',
  label: '记录预约爽约',
  schedule: [{ cron: '0 */10 * * * *', queue: 'default' }],
  concurrency: { key: () => 'mark-no-shows', exclusive: true, supersedes: true },
  retries: 0,
  handler: async ({ req: { payload } }) => {
    await markNoShows(payload)
    return { output: {} }
  },
}
