import type { LifeOrder, LifeOrderEvent } from '../../../cms/payload-types'
import { RATING_LABELS } from '../../casework/satisfaction'
import { html, type Html } from '../../endpoints/htmlAnswer'
import { complaintForm } from '../../LifeComplaints/residentEndpoints'
import { SUBSIDY_REGISTER_LABELS, type SubsidyRegister } from '../../lifeServices/subsidyRegisters'
import { chinaTime } from '../../Tickets/web/trackPage'
import { COMPLAINABLE_STATUSES, LIFE_ORDER_STATUS_LABELS, TIME_PERIODS, type TimePeriod } from '../states'
import { LIFE_ORDER_ACTIONS, lifeOrderActionsFor } from '../workflow'
import { visitTime, yuan } from './messages'

/**
 * The residents' booking pages, served by the API so they work without
 * JavaScript: the booking form (a form post answered by the order's page),
 * their orders, and one order with its history and the steps open to them.
 */

export const LIFE_BOOK_PAGE = '/api/life/book'
export const LIFE_MINE_PAGE = '/api/life/orders/mine'
export const lifeOrderPage = (number: string): string => `${LIFE_MINE_PAGE}/${number}`

/** What is booked, as the form shows it: a provider's item with its price, or a category for the platform to choose in. */
export type BookingTarget = { hidden: Html; summary: Html; subsidyRegisters: null | SubsidyRegister[] }

/** One bookable slot: a day and period, with the seats left when a provider was chosen. */
export type SlotChoice = { date: string; period: TimePeriod; free: null | number }

const radio = (name: string, id: string, value: string, label: string, disabled = false): Html =>
  html`<div class="choice"><input id="${id}" type="radio" name="${name}" value="${value}"${disabled ? html` disabled` : ''}><label for="${id}">${label}</label></div>`

/** The days and periods as radio buttons, a day per group; full ones shown but not selectable. */
const slotChoices = (slots: SlotChoice[]): Html =>
  html`${[...new Set(slots.map((slot) => slot.date))].map(
    (day) =>
      html`<fieldset class="fieldset"><legend class="legend">${day}</legend><div class="choices">${slots
        .filter((slot) => slot.date === day)
        .map((slot) => radio('slot', `slot-${day}-${slot.period}`, `${slot.date} ${slot.period}`, `${TIME_PERIODS[slot.period].label}${slot.free === null ? '' : slot.free > 0 ? `（余${slot.free}个）` : '（已约满）'}`, slot.free === 0))}</div></fieldset>`,
  )}`

const input = (name: string, label: string, value = '', attributes: Html = html``): Html =>
  html`<div class="form-group"><label class="label" for="${name}">${label}</label><input class="input" id="${name}" name="${name}" value="${value}"${attributes}></div>`

/** The booking form: community by name, the slot, address, quantity, notes, name, and the subsidy consent when the category has one. */
export const bookingForm = (target: BookingTarget, communities: { code: string; name: string }[], slots: SlotChoice[], name: string): Html =>
  html`${target.summary}
<form method="post" action="${LIFE_BOOK_PAGE}" enctype="multipart/form-data">${target.hidden}
<div class="form-group"><label class="label" for="community">服务地址所在社区</label><select class="select" id="community" name="community" required>${communities.map((community) => html`<option value="${community.code}">${community.name}</option>`)}</select></div>
${input('address', '服务地址（小区、楼栋、门牌号）', '', html` required maxlength="200" autocomplete="street-address"`)}
<h2>上门时间</h2>${slotChoices(slots)}
${input('quantity', '数量', '1', html` type="number" min="1" max="100" inputmode="numeric"`)}
<div class="form-group"><label class="label" for="notes">备注（选填）</label><textarea class="textarea" id="notes" name="notes" maxlength="500" rows="3"></textarea></div>
${input('name', '预约人姓名', name, html` required maxlength="50" autocomplete="name"`)}
${target.subsidyRegisters ? html`<div class="form-group"><div class="choice"><input id="subsidyConsent" type="checkbox" name="subsidyConsent" value="on"><label for="subsidyConsent">我同意平台用我经人口库核验的实名信息，核对我是否属于本类服务的补贴对象（${target.subsidyRegisters.map((register) => SUBSIDY_REGISTER_LABELS[register]).join('、')}）。只核对是否在册，不查看其他信息；不同意的按原价预约。</label></div></div>` : ''}
<button type="submit" class="button">提交预约</button></form>`

/** The resident's orders, newest first. */
export const ordersList = (orders: LifeOrder[]): Html =>
  orders.length
    ? html`<table class="table"><caption>我的生活服务预约</caption><thead><tr><th scope="col">订单编号</th><th scope="col">服务项目</th><th scope="col">上门时间</th><th scope="col">状态</th></tr></thead><tbody>${orders.map(
        (order) => html`<tr><td><a href="${lifeOrderPage(order.number)}">${order.number}</a></td><td>${order.itemName ?? ''}</td><td>${visitTime(order)}</td><td>${LIFE_ORDER_STATUS_LABELS[order.status]}</td></tr>`,
      )}</tbody></table>`
    : html`<p>您还没有预约过生活服务。</p>`

const levelRadios = (name: string, legend: string): Html =>
  html`<fieldset class="fieldset"><legend class="legend">${legend}</legend><div class="choices">${Object.entries(RATING_LABELS)
    .reverse()
    .map(([level, label]) => radio(name, `${name}-${level}`, level, label))}</div></fieldset>`

/** The steps open to the resident on the order, each a form post. */
function residentActions(order: LifeOrder): Html {
  const action = `${lifeOrderPage(order.number)}/actions`
  return html`${lifeOrderActionsFor('resident', order.status).map((step) =>
    step === 'rate'
      ? html`<form method="post" action="${action}" enctype="multipart/form-data"><h2>评价</h2><input type="hidden" name="action" value="rate">${levelRadios('level', '对这次服务')}${order.worker ? levelRadios('workerLevel', '对服务人员') : ''}<div class="form-group"><label class="label" for="comment">评价意见（选填）</label><textarea class="textarea" id="comment" name="comment" maxlength="500" rows="3"></textarea></div><button type="submit" class="button">提交评价</button></form>`
      : html`<form method="post" action="${action}" enctype="multipart/form-data"><input type="hidden" name="action" value="${step}"><button type="submit" class="button${step === 'cancel' ? ' button--secondary' : ''}">${LIFE_ORDER_ACTIONS[step].label}</button></form>`,
  )}`
}

/** What an order's page shows besides the order: its history, the provider once it accepted, the worker's card number, the number of a complaint still open. */
export type OrderPageFacts = { history: LifeOrderEvent[]; provider: null | { name: string; servicePhone: string }; workerCard: null | string; openComplaint: null | string }

/** The complaint form once the work is done, or where the open complaint stands. */
function complaintPart(order: LifeOrder, openComplaint: null | string): Html {
  if (!COMPLAINABLE_STATUSES.includes(order.status)) return html``
  return html`<h2>投诉</h2>${openComplaint ? html`<p>您对这张订单的投诉（编号${openComplaint}）正在处理，处理结果会短信告诉您。</p>` : complaintForm(order.number)}`
}

/** One order: what, when, where, who, the price and subsidy, its history, the resident's steps and, once the work is done, the complaint form. */
export function orderDetail(order: LifeOrder, { history, provider, workerCard, openComplaint }: OrderPageFacts): Html {
  return html`<dl class="facts"><dt>订单编号</dt><dd>${order.number}</dd><dt>状态</dt><dd>${LIFE_ORDER_STATUS_LABELS[order.status]}</dd><dt>服务项目</dt><dd>${order.itemName ?? ''}</dd><dt>上门时间</dt><dd>${visitTime(order)}</dd>
${order.amount === null || order.amount === undefined ? '' : html`<dt>金额</dt><dd>${yuan(order.amount)}元${order.subsidy?.amount ? `（政府补贴${yuan(order.subsidy.amount)}元）` : ''}，您应付${yuan(order.payable)}元</dd>`}
${provider ? html`<dt>服务企业</dt><dd>${provider.name}，服务电话 <a class="phone" href="tel:${provider.servicePhone}">${provider.servicePhone}</a></dd>` : ''}
${workerCard ? html`<dt>服务人员</dt><dd>服务卡号 <a href="/life/workers/${workerCard}/">${workerCard}</a>（上门时请查验服务卡）</dd>` : ''}</dl>
<h2>办理记录</h2><ol class="timeline">${history.map((event) => html`<li><time datetime="${event.createdAt}">${chinaTime(event.createdAt)}</time> ${event.actionLabel}</li>`)}</ol>
${residentActions(order)}
${complaintPart(order, openComplaint)}<p><a href="${LIFE_MINE_PAGE}">我的生活服务预约</a></p>`
}
