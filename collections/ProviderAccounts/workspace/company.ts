import type { PayloadRequest } from 'payload'

import type { LifeOrder, Provider } from '../../../cms/payload-types'
import { RATING_LABELS, type RatingLevel } from '../../casework/satisfaction'
import { type Html, html } from '../../endpoints/htmlAnswer'
import { assertWellFormed, textField } from '../../endpoints/readBody'
import type { FieldError } from '../../endpoints/refusal'
import { takeProviderAction } from '../../Providers/lib/transition'
import { PROVIDER_STATUS_LABELS } from '../../Providers/states'
import { PROVIDER_ACTIONS } from '../../Providers/workflow'
import { portalPath } from '../../Residents/endpoints/signIn'
import { PORTAL_PATHS } from '../../catalogue/portalPaths'
import { LIFE_ORDERS } from '../../LifeOrders/states'
import { chinaTime } from '../../Tickets/web/trackPage'
import { WORKSPACE_PATHS } from '../lib/paths'
import { tableOr, type Workspace, workspaceGet, workspacePage, workspacePost } from './frame'
import { ownCategories } from './prices'
import { ownWorkers } from './workers'

/** 企业信息 and 评价: the provider's standing and history, leaving the platform, and what residents said. */

const RECENT_RATINGS = 30

const averageWords = (rating: Provider['rating']): string => (rating?.count ? `${rating.average?.toFixed(1) ?? '—'}分（5分制），共${rating.count}条评价` : '暂无评价')

const levelWords = (level: null | string | undefined): string => (level && Object.hasOwn(RATING_LABELS, level) ? RATING_LABELS[Number(level) as RatingLevel] : '—')

/** `GET …/workspace/ratings`: the average, recent ratings and comments (nothing about who gave them), and each worker's average. */
const ratingsPage = workspaceGet('/workspace/ratings', async (req, workspace) => {
  const { docs: rated } = await req.payload.find({
    collection: LIFE_ORDERS,
    where: { 'rating.ratedAt': { exists: true } },
    sort: '-rating.ratedAt',
    limit: RECENT_RATINGS,
    depth: 0,
    select: { number: true, itemName: true, date: true, rating: true },
    overrideAccess: false,
    user: req.user,
    req,
  })
  const { docs: workers } = await ownWorkers(req)
  const ratingRow = (order: Pick<LifeOrder, 'date' | 'itemName' | 'number' | 'rating'>): Html =>
    html`<tr><td>${order.rating?.ratedAt ? chinaTime(order.rating.ratedAt).slice(0, 10) : ''}</td><td>${order.itemName}</td><td>${levelWords(order.rating?.level)}</td><td>${levelWords(order.rating?.workerLevel)}</td><td class="pre-line">${order.rating?.comment ?? ''}</td></tr>`
  const body = html`<p class="lead">${averageWords(workspace.provider.rating)}</p>
<h2>最近的评价</h2>
${tableOr((rated as LifeOrder[]).map(ratingRow), '还没有居民评价。', ['评价日期', '服务项目', '对服务', '对服务人员', '评价意见'], '最近的评价')}
<h2>服务人员的评价</h2>
${tableOr(
  workers.map((worker) => html`<tr><td>${worker.cardNumber ?? ''}</td><td>${worker.name}</td><td>${averageWords(worker.rating)}</td></tr>`),
  '还没有服务人员。',
  ['卡号', '姓名', '平均满意度'],
  '服务人员的评价',
)}`
  return workspacePage(workspace, 'ratings', '居民评价', body)
})

async function history(req: PayloadRequest): Promise<Html> {
  const { docs } = await req.payload.find({ collection: 'provider-events', sort: 'createdAt', limit: 200, depth: 0, overrideAccess: false, user: req.user, req })
  if (!docs.length) return html`<p>暂无记录。</p>`
  return html`<ol class="timeline">${docs.map(
    (event) =>
      html`<li><span class="timeline__when">${chinaTime(event.createdAt)}</span> <span class="timeline__status">${event.actionLabel}（${PROVIDER_STATUS_LABELS[event.toStatus]}）</span>${event.public ? '，向居民公开' : ''}${event.note ? html`<p class="timeline__note">${event.note}</p>` : ''}</li>`,
  )}</ol>`
}

const LEAVE = PROVIDER_ACTIONS.leave

/** The form to leave the platform, while the table allows it. */
const leaveForm = (provider: Provider): Html =>
  (LEAVE.from as readonly string[]).includes(provider.status)
    ? html`<h2>${LEAVE.label}</h2>
<p>退出后本企业不再接单，已接的订单请先完成或退回；本企业的账号将不能再登录。退出后如需重新加盟，请重新申请。</p>
<form method="post" action="${WORKSPACE_PATHS.company()}/leave" enctype="multipart/form-data"><div class="form-group"><label class="label" for="leave-note">${LEAVE.noteLabel}</label><textarea class="textarea" id="leave-note" name="note" rows="3" maxlength="500"></textarea></div><button type="submit" class="button button--warning">${LEAVE.label}</button></form>`
    : html``

/** `GET …/workspace/company`: the provider's standing, its history with the platform, and leaving. */
const companyPage = workspaceGet('/workspace/company', async (req, workspace: Workspace) => {
  const { provider } = workspace
  const categories = await ownCategories(req, workspace)
  const body = html`<dl class="summary-list">
<div><dt>企业名称</dt><dd>${provider.name}</dd></div>
<div><dt>状态</dt><dd>${PROVIDER_STATUS_LABELS[provider.status]}${provider.statusNote ? `：${provider.statusNote}` : ''}</dd></div>
<div><dt>服务类别</dt><dd>${categories.map((category) => category.name).join('、')}</dd></div>
<div><dt>每个时段可接订单</dt><dd>${provider.capacity ?? '—'}单</dd></div>
<div><dt>居民评价</dt><dd>${averageWords(provider.rating)}</dd></div>
</dl>
<p>企业名称、证照、服务区域等的变更，请联系生活服务监管部门办理。</p>
<h2>企业记录</h2>
${await history(req)}
${leaveForm(provider)}`
  return workspacePage(workspace, 'company', '企业信息', body)
})

/** `POST …/workspace/company/leave` {note}: 申请退出, through the provider's standing table. */
const leave = workspacePost('/workspace/company/leave', async (tx, { account, provider }, { fields }) => {
  const errors: FieldError[] = []
  const note = textField(fields, 'note', errors, 500)
  assertWellFormed(errors)
  await takeProviderAction(tx, provider, 'leave', { side: 'provider', account }, note)
  return { location: portalPath(PORTAL_PATHS.providerSignIn()), message: `${provider.name}已退出，账号不能再登录` }
})

export const companyEndpoints = [ratingsPage, companyPage, leave]
