import type { PayloadRequest } from 'payload'

import type { LifeOrder, Worker } from '../../../cms/payload-types'
import { writeAudit } from '../../AuditLog/record'
import { divisionById } from '../../Divisions/lookup'
import { type Html, html } from '../../endpoints/htmlAnswer'
import { textField } from '../../endpoints/readBody'
import type { FieldError } from '../../endpoints/refusal'
import { invalid } from '../../endpoints/respond'
import { RequestError } from '../../errors'
import { LIFE_ORDER_STATUS_LABELS, LIFE_ORDERS, type LifeOrderStatus, TIME_PERIODS } from '../../LifeOrders/states'
import { takeLifeOrderStep } from '../../LifeOrders/lib/steps'
import { isLifeOrderAction, LIFE_ORDER_ACTIONS, type LifeOrderAction, lifeOrderActionsFor } from '../../LifeOrders/workflow'
import { PRICE_UNIT_LABELS } from '../../ProviderItems'
import { relationId } from '../../relations'
import { chinaTime } from '../../Tickets/web/trackPage'
import { WORKER_COLOUR_LABELS } from '../../Workers/status'
import { WORKERS } from '../../Workers'
import { WORKSPACE_PATHS } from '../lib/paths'
import { type Done, routeId, tableOr, type Workspace, workspaceGet, workspacePage, workspacePost, yuan } from './frame'

/** The order tabs: what the provider has to do next, and what is behind it. */
const ORDER_TABS = {
  offered: { label: '待接单', statuses: ['offered'] },
  accepted: { label: '已接单', statuses: ['accepted'] },
  scheduled: { label: '已派人员', statuses: ['scheduled'] },
  done: { label: '待确认', statuses: ['done'] },
  finished: { label: '已完成', statuses: ['confirmed', 'rated'] },
} as const satisfies Record<string, { label: string; statuses: LifeOrderStatus[] }>
type OrderTab = keyof typeof ORDER_TABS

/** The states in which the provider needs the customer's name, mobile and address to serve. */
const SERVING_STATUSES: LifeOrderStatus[] = ['accepted', 'scheduled', 'done']

const TAB_PAGE_SIZE = 100

const isTab = (value: unknown): value is OrderTab => typeof value === 'string' && Object.hasOwn(ORDER_TABS, value)

const when = (order: Pick<LifeOrder, 'date' | 'period'>): string => `${order.date} ${TIME_PERIODS[order.period].label}`

async function communityName(req: PayloadRequest, order: Pick<LifeOrder, 'division'>): Promise<string> {
  const id = relationId(order.division)
  return (id === undefined ? undefined : (await divisionById(req, id))?.name) ?? '—'
}

const tabNav = (current: OrderTab, counts: Record<OrderTab, number>): Html =>
  html`<nav aria-label="订单状态"><ul class="tags">${(Object.keys(ORDER_TABS) as OrderTab[]).map(
    (tab) => html`<li><a href="${WORKSPACE_PATHS.orders(tab)}"${tab === current ? html` aria-current="page"` : ''}>${ORDER_TABS[tab].label}（${counts[tab]}）</a></li>`,
  )}</ul></nav>`

async function orderRow(req: PayloadRequest, order: LifeOrder, tab: OrderTab): Promise<Html> {
  return html`<tr><td><a href="${WORKSPACE_PATHS.order(order.id)}">${order.number}</a></td><td>${order.itemName} × ${order.quantity}</td><td>${when(order)}</td><td>${await communityName(req, order)}</td>${
    tab === 'offered' ? html`<td>${order.offerExpiresAt ? chinaTime(order.offerExpiresAt) : '—'}</td>` : ''
  }</tr>`
}

/** The account's orders in some states, as its provider's access rule lets it read them. */
const ordersIn = (req: PayloadRequest, statuses: readonly LifeOrderStatus[]) =>
  req.payload.find({ collection: LIFE_ORDERS, where: { status: { in: statuses } }, sort: 'date', limit: TAB_PAGE_SIZE, depth: 0, overrideAccess: false, user: req.user, req })

const countIn = async (req: PayloadRequest, statuses: readonly LifeOrderStatus[]): Promise<number> =>
  (await req.payload.count({ collection: LIFE_ORDERS, where: { status: { in: statuses } }, overrideAccess: false, user: req.user, req })).totalDocs

/** `GET …/workspace/orders?tab=`: the orders in one tab, with how many each tab holds. */
const ordersPage = workspaceGet('/workspace/orders', async (req, workspace) => {
  const tab: OrderTab = isTab(req.query.tab) ? req.query.tab : 'offered'
  const counts = Object.fromEntries(
    await Promise.all((Object.keys(ORDER_TABS) as OrderTab[]).map(async (key) => [key, await countIn(req, ORDER_TABS[key].statuses)] as const)),
  ) as Record<OrderTab, number>
  const { docs, totalDocs } = await ordersIn(req, ORDER_TABS[tab].statuses)
  const rows = await Promise.all(docs.map((order) => orderRow(req, order as LifeOrder, tab)))
  const head = ['订单编号', '服务项目', '上门时间', '社区', ...(tab === 'offered' ? ['接单截止时间'] : [])]
  const body = html`${tabNav(tab, counts)}
${tab === 'offered' ? html`<p>请在截止时间前接单或拒单，超时未答复的订单将派给其他企业。</p>` : ''}
${tableOr(rows, `没有${ORDER_TABS[tab].label}的订单。`, head, `${ORDER_TABS[tab].label}的订单`)}
${totalDocs > docs.length ? html`<p>只列出上门日期最早的${docs.length}张，共${totalDocs}张。</p>` : ''}`
  return workspacePage(workspace, 'orders', `订单：${ORDER_TABS[tab].label}`, body)
})

/** The order, if it is with the account's provider (as its access rule says); 404 otherwise. */
async function ownOrder(req: PayloadRequest, id: string): Promise<LifeOrder> {
  const { docs } = await req.payload.find({ collection: LIFE_ORDERS, where: { id: { equals: id } }, limit: 1, pagination: false, depth: 0, overrideAccess: false, user: req.user, req })
  if (!docs[0]) throw new RequestError('NOT_FOUND', '没有这张订单，或它已不由本企业承接', 404)
  return docs[0] as LifeOrder
}

/**
 * The customer in full while the provider serves them, each view in the
 * audit log; before accepting and after the service, the order keeps them
 * masked (as its read rule shows them).
 */
async function customerFacts(req: PayloadRequest, order: LifeOrder): Promise<Html> {
  if (!SERVING_STATUSES.includes(order.status)) return html`<div><dt>预约人</dt><dd>接单后显示预约人的姓名、手机号码和服务地址。</dd></div>`
  const stored = (await req.payload.findByID({ collection: LIFE_ORDERS, id: order.id, depth: 0, overrideAccess: true, showHiddenFields: true, select: { customer: true }, req })) as LifeOrder
  await writeAudit(req, { action: 'view-full', targetCollection: LIFE_ORDERS, targetId: order.id, summary: `生活服务订单${order.number}`, detail: '企业工作台查看了预约人的完整姓名、手机号码和服务地址', scope: order.scope as never })
  const { address, name, phone } = stored.customer
  return html`<div><dt>预约人</dt><dd>${name}</dd></div><div><dt>手机号码</dt><dd><a class="phone" href="tel:${phone}">${phone}</a></dd></div><div><dt>服务地址</dt><dd>${address}</dd></div>`
}

/** The provider's workers it may send: employed, not red, in the order's category. */
async function sendableWorkers(req: PayloadRequest, order: LifeOrder): Promise<Worker[]> {
  const { docs } = await req.payload.find({
    collection: WORKERS,
    where: { and: [{ employed: { equals: true } }, { 'status.colour': { not_equals: 'red' } }, { categories: { in: [relationId(order.category)] } }] },
    sort: 'cardNumber',
    limit: 200,
    depth: 0,
    overrideAccess: false,
    user: req.user,
    req,
  })
  return docs as Worker[]
}

const workerWords = (worker: Pick<Worker, 'cardNumber' | 'name' | 'status'>): string => `${worker.name}（${worker.cardNumber ?? ''}，${worker.status?.colour ? WORKER_COLOUR_LABELS[worker.status.colour] : ''}）`

/** The form for one action the table opens to the provider now. */
async function actionForm(req: PayloadRequest, order: LifeOrder, action: LifeOrderAction): Promise<Html> {
  const definition = LIFE_ORDER_ACTIONS[action]
  const id = `${action}-note`
  const note =
    'noteLabel' in definition
      ? html`<div class="form-group"><label class="label" for="${id}">${definition.noteLabel}${definition.noteRequired ? '' : html`<span class="optional">（选填）</span>`}</label><textarea class="textarea" id="${id}" name="note" rows="3" maxlength="500"></textarea></div>`
      : ''
  const workers = action === 'assign' ? await sendableWorkers(req, order) : []
  if (action === 'assign' && !workers.length) return html`<p>本企业没有能派出的服务人员（需在职、非红码、服务此类别）。请先在“服务人员”里添加或更新证件。</p>`
  const worker =
    action === 'assign'
      ? html`<div class="form-group"><label class="label" for="assign-worker">服务人员</label><select class="select" id="assign-worker" name="worker">${workers.map(
          (each) => html`<option value="${each.id}"${each.id === relationId(order.worker) ? html` selected` : ''}>${workerWords(each)}</option>`,
        )}</select></div>`
      : ''
  const warning = action === 'decline' || action === 'release'
  return html`<form class="action-form" method="post" action="${WORKSPACE_PATHS.order(order.id)}/actions" enctype="multipart/form-data" data-action="${action}"><input type="hidden" name="action" value="${action}">${worker}${note}<button type="submit" class="button${warning ? ' button--warning' : ''}">${definition.label}</button></form>`
}

async function orderHistory(req: PayloadRequest, order: LifeOrder): Promise<Html> {
  const { docs } = await req.payload.find({ collection: 'life-order-events', where: { order: { equals: order.id } }, sort: 'createdAt', limit: 100, depth: 0, overrideAccess: false, user: req.user, req })
  return html`<ol class="timeline">${docs.map(
    (event) => html`<li><span class="timeline__when">${chinaTime(event.createdAt)}</span> <span class="timeline__status">${event.actionLabel}</span>${event.note ? html`<p class="timeline__note">${event.note}</p>` : ''}</li>`,
  )}</ol>`
}

/** `GET …/workspace/orders/:id`: one order, what the provider can do with it, and its history with this provider. */
const orderPage = workspaceGet('/workspace/orders/:id', async (req, workspace: Workspace) => {
  const order = await ownOrder(req, routeId(req))
  const worker = order.worker ? ((await req.payload.findByID({ collection: WORKERS, id: relationId(order.worker)!, depth: 0, overrideAccess: false, user: req.user, req, disableErrors: true })) as null | Worker) : null
  const actions = lifeOrderActionsFor('provider', order.status)
  const body = html`<dl class="summary-list">
<div><dt>订单编号</dt><dd>${order.number}</dd></div>
<div><dt>状态</dt><dd>${LIFE_ORDER_STATUS_LABELS[order.status]}</dd></div>
${order.status === 'offered' && order.offerExpiresAt ? html`<div><dt>接单截止时间</dt><dd>${chinaTime(order.offerExpiresAt)}</dd></div>` : ''}
<div><dt>服务项目</dt><dd>${order.itemName}</dd></div>
<div><dt>上门时间</dt><dd>${when(order)}</dd></div>
<div><dt>数量</dt><dd>${order.quantity}${order.unit ? PRICE_UNIT_LABELS[order.unit] : ''}</dd></div>
<div><dt>单价</dt><dd>${yuan(order.unitPrice)}${order.unit ? `/${PRICE_UNIT_LABELS[order.unit]}` : ''}</dd></div>
<div><dt>金额</dt><dd>${yuan(order.amount)}（居民应付${yuan(order.payable)}${order.subsidy?.amount ? `，政府补贴${yuan(order.subsidy.amount)}` : ''}）</dd></div>
<div><dt>社区</dt><dd>${await communityName(req, order)}</dd></div>
${await customerFacts(req, order)}
${order.notes ? html`<div><dt>备注</dt><dd class="pre-line">${order.notes}</dd></div>` : ''}
${worker ? html`<div><dt>服务人员</dt><dd>${workerWords(worker)}</dd></div>` : ''}
</dl>
${actions.length ? html`<h2>办理</h2>${await Promise.all(actions.map((action) => actionForm(req, order, action)))}` : ''}
<h2>订单记录</h2>
${await orderHistory(req, order)}
<p><a href="${WORKSPACE_PATHS.orders()}">返回订单列表</a></p>`
  return workspacePage(workspace, 'orders', `订单 ${order.number}`, body)
})

/**
 * `POST …/workspace/orders/:id/actions` {action, note?, worker?}: take one
 * step of the provider loop (接单, 拒单, 派服务人员, 服务完成, 退回订单)
 * through the same step every side uses (the customer told, a declined or
 * released order offered to the next provider), in one transaction.
 */
const orderAction = workspacePost('/workspace/orders/:id/actions', async (tx, { account }, { fields }, id): Promise<Done> => {
  const errors: FieldError[] = []
  const action = textField(fields, 'action', errors, 40)
  const note = textField(fields, 'note', errors, 500)
  const workerId = textField(fields, 'worker', errors, 100)
  if (errors.length || !isLifeOrderAction(action) || LIFE_ORDER_ACTIONS[action].by !== 'provider') {
    throw invalid([...errors, { field: 'action', code: 'UNKNOWN_ACTION', message: '请选择要办理的操作' }], 400)
  }
  const order = await ownOrder(tx, id)
  await takeLifeOrderStep(tx, order, action, { side: 'provider', account }, { note, workerId: workerId || undefined })
  const leaves = action === 'decline' || action === 'release'
  return { location: leaves ? WORKSPACE_PATHS.orders() : WORKSPACE_PATHS.order(order.id), message: `订单${order.number}：已${LIFE_ORDER_ACTIONS[action].label}` }
})

export const orderEndpoints = [ordersPage, orderPage, orderAction]
