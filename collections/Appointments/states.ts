/** An appointment's states, in the words centre staff and residents read. */
export const APPOINTMENT_STATUS_LABELS = {
  booked: '已预约',
  checkedIn: '已签到',
  noShow: '爽约',
  cancelled: '已取消',
} as const

export type AppointmentStatus = keyof typeof APPOINTMENT_STATUS_LABELS

export const APPOINTMENT_STATUSES = Object.keys(APPOINTMENT_STATUS_LABELS) as AppointmentStatus[]

export const APPOINTMENTS = 'appointments'
