import type { DefaultServerCellComponentProps, Payload } from 'payload'

import { cache } from 'react'

import type { Application } from '../../../cms/payload-types'
import { loadWorkingCalendar } from '../../CalendarDays/load'
import { chinaDate } from '../../CalendarDays/workingDays'
import { dueSoonWorkingDays, timeLeft } from './timeLeft'
import './reviewerTools.css'

/** The calendar once per rendered list, however many rows ask at once (the per-process cache alone would let a cold start read it once per row). */
const calendarForRender = cache((payload: Payload) => loadWorkingCalendar(payload))

/** 剩余时限 on every row of the applications list: 还剩 N 个工作日, 已超期 N 个工作日, 按期办结… (timeLeft.ts). */
export async function TimeLeftCell({ payload, rowData }: DefaultServerCellComponentProps) {
  const mark = timeLeft(rowData as Application, chinaDate(), await calendarForRender(payload), dueSoonWorkingDays())
  return mark ? <span className={`time-left time-left--${mark.tone}`}>{mark.text}</span> : null
}
