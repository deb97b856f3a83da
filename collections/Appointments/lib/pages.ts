import type { Appointment } from '../../../cms/payload-types'
import { html, type Html } from '../../endpoints/htmlAnswer'
import { qrImage } from '../../endpoints/qrImage'
import { APPOINTMENT_STATUS_LABELS } from '../states'
import type { BookableCentre, BookableService } from './catalogue'
import type { Slot } from './schedule'

/**
 * The booking pages, served by the API so they work without JavaScript:
 * each step is a plain GET form, booking and changes are form posts
 * (multipart, as every portal form) answered by the next page.
 */

const radios = (name: string, legend: string, options: { value: string; label: string; disabled?: boolean }[], idPrefix = name): Html =>
  html`<fieldset class="fieldset"><legend class="legend">${legend}</legend><div class="choices">${options.map(
    (option, index) =>
      html`<div class="choice"><input id="${idPrefix}-${index}" type="radio" name="${name}" value="${option.value}"${option.disabled ? html` disabled` : ''}><label for="${idPrefix}-${index}">${option.label}</label></div>`,
  )}</div></fieldset>`

/** Step 1: the counter services that can be booked. */
export const serviceStep = (services: BookableService[]): Html =>
  html`<form method="get" action="/api/appointments/book">${radios('service', '选择要办理的事项', services.map(({ code, title }) => ({ value: code, label: title })))}<button type="submit" class="button">下一步</button></form>`

/** Step 2: the centres handling the service. */
export const centreStep = (service: BookableService, centres: BookableCentre[]): Html =>
  centres.length
    ? html`<form method="get" action="/api/appointments/book"><input type="hidden" name="service" value="${service.code}">${radios(
        'centre',
        '选择服务中心',
        centres.map(({ centre }) => ({ value: String(centre.id), label: `${centre.name}（${centre.address}）` })),
      )}<button type="submit" class="button">下一步</button></form>`
    : html`<p>办理这个事项的服务中心暂未开放网上预约，请拨打 <a class="phone" href="tel:12345">12345</a> 咨询。</p>`

/** The slots as radio buttons, a day per group; full ones shown but not selectable. */
export const slotChoices = (slots: (Slot & { free: number })[]): Html => {
  const days = [...new Set(slots.map((slot) => slot.date))]
  if (!days.length) return html`<p>近期没有可预约的时段。</p>`
  return html`${days.map((day) =>
    radios(
      'slot',
      day,
      slots
        .filter((slot) => slot.date === day)
        .map((slot) => ({ value: `${slot.date} ${slot.start}`, label: `${slot.start}-${slot.end}（${slot.free > 0 ? `余${slot.free}个` : '已约满'}）`, disabled: slot.free === 0 })),
      `slot-${day}`,
    ),
  )}`
}

/** Step 3: the day and time, and who comes (a change keeps the name and posts elsewhere). */
export const slotStep = (
  service: BookableService,
  { centre }: BookableCentre,
  slots: (Slot & { free: number })[],
  { action = '/api/appointments/book', name, submit = '预约' }: { action?: string; name?: string; submit?: string },
): Html =>
  html`<p>事项：${service.title}；服务中心：${centre.name}（${centre.address}）</p>
<form method="post" action="${action}" enctype="multipart/form-data"><input type="hidden" name="service" value="${service.code}"><input type="hidden" name="centre" value="${String(centre.id)}">
${slotChoices(slots)}
${name === undefined ? '' : html`<div class="form-group"><label class="label" for="name">办事人姓名</label><input class="input input--width-10" id="name" name="name" autocomplete="name" value="${name}"></div>`}
<button type="submit" class="button">${submit}</button></form>`

/** The booking's QR code (its number), for staff to scan at the centre. */
export const qrCode = async (number: string): Promise<Html> =>
  html`<figure class="appointment-qr">${await qrImage(number, `签到二维码，预约号${number}`)}<figcaption>预约号 <strong>${number}</strong></figcaption></figure>`

/** One booking: what, where, when, its state; the QR code while it is active. */
export async function appointmentCard(appointment: Appointment, centreName: string, actions: Html): Promise<Html> {
  return html`<section class="appointment" aria-label="预约${appointment.number}"><h2>${appointment.serviceTitle}</h2>
<dl class="facts"><dt>服务中心</dt><dd>${centreName}</dd><dt>时间</dt><dd>${appointment.date} ${appointment.start}-${appointment.end}</dd><dt>状态</dt><dd>${APPOINTMENT_STATUS_LABELS[appointment.status]}</dd></dl>
${appointment.status === 'booked' ? await qrCode(appointment.number) : ''}${actions}</section>`
}
