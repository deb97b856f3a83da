import type { PayloadRequest } from 'payload'

import type { LifeCategory, ProviderItem } from '../../../cms/payload-types'
import { type Html, html } from '../../endpoints/htmlAnswer'
import { textField } from '../../endpoints/readBody'
import type { FieldError } from '../../endpoints/refusal'
import { invalid } from '../../endpoints/respond'
import { RequestError } from '../../errors'
import { PRICE_UNIT_LABELS } from '../../ProviderItems'
import { relationId } from '../../relations'
import { WORKSPACE_PATHS } from '../lib/paths'
import { routeId, tableOr, type Workspace, workspaceGet, workspacePage, workspacePost, yuan } from './frame'

/**
 * 价格: the provider's price list, per category it joined for. Every write
 * goes through the collection's access rules as the account (its own items,
 * its own categories); orders keep the price they were booked at.
 */

const ITEMS = 'provider-items'
type PriceUnit = keyof typeof PRICE_UNIT_LABELS

/** The categories the provider joined for, by name. */
export async function ownCategories(req: PayloadRequest, { provider }: Workspace): Promise<Pick<LifeCategory, 'id' | 'name'>[]> {
  const ids = (provider.categories ?? []).map((each) => relationId(each)!)
  const { docs } = await req.payload.find({ collection: 'life-categories', where: { id: { in: ids } }, sort: 'order', depth: 0, pagination: false, select: { name: true }, req })
  return docs
}

const itemPath = (id: number | string) => `${WORKSPACE_PATHS.prices()}/${encodeURIComponent(String(id))}`

const priceWords = (item: Pick<ProviderItem, 'price' | 'unit'>) => `${yuan(item.price)}/${PRICE_UNIT_LABELS[item.unit]}`

function itemRow(item: ProviderItem): Html {
  const active = item.active !== false
  return html`<tr><td>${item.name}</td><td>${priceWords(item)}</td><td>${active ? '接受预约' : '已停用'}</td><td><a href="${itemPath(item.id)}">修改<span class="visually-hidden">${item.name}</span></a>
<form method="post" action="${itemPath(item.id)}/active" enctype="multipart/form-data"><input type="hidden" name="active" value="${active ? 'false' : 'true'}"><button type="submit" class="button button--secondary">${active ? '停用' : '恢复'}<span class="visually-hidden">${item.name}</span></button></form></td></tr>`
}

const input = (name: string, label: string, value: unknown, attributes: Html = html``, hint = ''): Html =>
  html`<div class="form-group"><label class="label" for="item-${name}">${label}</label>${hint ? html`<div class="hint" id="item-${name}-hint">${hint}</div>` : ''}<input class="input input--width-20" id="item-${name}" name="${name}" value="${value === null || value === undefined ? '' : String(value)}"${hint ? html` aria-describedby="item-${name}-hint"` : ''}${attributes}></div>`

const textarea = (name: string, label: string, value: null | string | undefined): Html =>
  html`<div class="form-group"><label class="label" for="item-${name}">${label}</label><textarea class="textarea" id="item-${name}" name="${name}" rows="3" maxlength="500">${value ?? ''}</textarea></div>`

const select = (name: string, label: string, options: { label: string; value: string }[], selected: string | undefined): Html =>
  html`<div class="form-group"><label class="label" for="item-${name}">${label}</label><select class="select" id="item-${name}" name="${name}">${options.map(
    (option) => html`<option value="${option.value}"${option.value === selected ? html` selected` : ''}>${option.label}</option>`,
  )}</select></div>`

/** The item's form: to add one (no item) or change one. */
function itemForm(categories: Pick<LifeCategory, 'id' | 'name'>[], item?: ProviderItem): Html {
  return html`<form method="post" action="${item ? itemPath(item.id) : WORKSPACE_PATHS.prices()}" enctype="multipart/form-data">
${select('category', '服务类别', categories.map((category) => ({ value: String(category.id), label: category.name })), item ? String(relationId(item.category)) : undefined)}
${input('name', '项目名称', item?.name, html` maxlength="60"`)}
${input('price', '价格（元）', item?.price, html` inputmode="decimal"`, '精确到分，例如 80 或 6.5。')}
${select('unit', '计价单位', Object.entries(PRICE_UNIT_LABELS).map(([value, label]) => ({ value, label })), item?.unit ?? 'visit')}
${input('durationHours', '约需时长（小时，选填）', item?.durationHours, html` inputmode="decimal"`)}
${textarea('included', '包含的服务内容', item?.included)}
${textarea('excluded', '不包含、需另收费的内容（选填）', item?.excluded)}
<button type="submit" class="button">${item ? '保存修改' : '添加项目'}</button></form>`
}

/** `GET …/workspace/prices`: the list per category, and a form to add an item. */
const pricesPage = workspaceGet('/workspace/prices', async (req, workspace) => {
  const categories = await ownCategories(req, workspace)
  const { docs } = await req.payload.find({ collection: ITEMS, where: { provider: { equals: workspace.provider.id } }, sort: 'price', depth: 0, pagination: false, overrideAccess: false, user: req.user, req })
  const body = html`<p>居民预约时看到的就是这里的价格。修改价格只影响以后的预约，已下的订单按下单时的价格结算。</p>
${categories.map(
  (category) => html`<h2>${category.name}</h2>${tableOr(
    docs.filter((item) => relationId(item.category) === category.id).map(itemRow),
    '这个类别还没有服务项目。',
    ['项目', '价格', '状态', '操作'],
    `${category.name}的服务项目`,
  )}`,
)}
<h2>添加服务项目</h2>
${itemForm(categories)}`
  return workspacePage(workspace, 'prices', '服务项目与价格', body)
})

/** The account's own item (the collection's update rule decides), or 404. */
async function ownItem(req: PayloadRequest, id: string): Promise<ProviderItem> {
  const { docs } = await req.payload.find({ collection: ITEMS, where: { id: { equals: id } }, limit: 1, pagination: false, depth: 0, req })
  const item = docs[0]
  if (!item || relationId(item.provider) !== relationId((req.user as { provider?: never }).provider)) throw new RequestError('NOT_FOUND', '没有这个服务项目', 404)
  return item
}

/** `GET …/workspace/prices/:id`: change one item. */
const itemPage = workspaceGet('/workspace/prices/:id', async (req, workspace) => {
  const item = await ownItem(req, routeId(req))
  return workspacePage(workspace, 'prices', `修改：${item.name}`, html`${itemForm(await ownCategories(req, workspace), item)}<p><a href="${WORKSPACE_PATHS.prices()}">返回价格列表</a></p>`)
})

/** An optional number typed in a form: absent when empty, refused when not a number. */
function numberField(fields: Record<string, unknown>, name: string, label: string, errors: FieldError[]): null | number {
  const typed = textField(fields, name, errors, 20).trim()
  if (!typed) return null
  const value = Number(typed)
  if (!Number.isFinite(value)) errors.push({ field: name, code: 'NOT_A_NUMBER', message: `${label}请填写数字` })
  return value
}

/** The item as typed; Payload's field rules check the rest (required, ranges, cents). */
function itemData(fields: Record<string, unknown>) {
  const errors: FieldError[] = []
  const unit = textField(fields, 'unit', errors, 20)
  const data = {
    category: textField(fields, 'category', errors, 100),
    name: textField(fields, 'name', errors, 60).trim(),
    price: numberField(fields, 'price', '价格', errors),
    unit: (Object.hasOwn(PRICE_UNIT_LABELS, unit) ? unit : 'visit') as PriceUnit,
    durationHours: numberField(fields, 'durationHours', '约需时长', errors),
    included: textField(fields, 'included', errors, 500).trim(),
    excluded: textField(fields, 'excluded', errors, 500).trim() || null,
  }
  if (errors.length) throw invalid(errors)
  return data as typeof data & { price: number }
}

/** `POST …/workspace/prices`: add an item to the list. */
const addItem = workspacePost('/workspace/prices', async (tx, { provider }, { fields }) => {
  const item = await tx.payload.create({ collection: ITEMS, data: { ...itemData(fields), provider: provider.id, active: true }, overrideAccess: false, user: tx.user, depth: 0, req: tx })
  return { location: WORKSPACE_PATHS.prices(), message: `已添加：${item.name}` }
})

/** `POST …/workspace/prices/:id`: change an item (never the orders already made). */
const changeItem = workspacePost('/workspace/prices/:id', async (tx, _workspace, { fields }, id) => {
  await ownItem(tx, id)
  const item = await tx.payload.update({ collection: ITEMS, id, data: itemData(fields), overrideAccess: false, user: tx.user, depth: 0, req: tx })
  return { location: WORKSPACE_PATHS.prices(), message: `已保存：${item.name}` }
})

/** `POST …/workspace/prices/:id/active` {active}: stop taking bookings for an item, or take them again. */
const toggleItem = workspacePost('/workspace/prices/:id/active', async (tx, _workspace, { fields }, id) => {
  await ownItem(tx, id)
  const active = textField(fields, 'active', [], 10) === 'true'
  const item = await tx.payload.update({ collection: ITEMS, id, data: { active }, overrideAccess: false, user: tx.user, depth: 0, req: tx })
  return { location: WORKSPACE_PATHS.prices(), message: `${item.name}：${active ? '已恢复接受预约' : '已停用'}` }
})

export const priceEndpoints = [pricesPage, itemPage, addItem, toggleItem, changeItem]
