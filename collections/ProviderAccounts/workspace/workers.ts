import type { PayloadRequest } from 'payload'

import type { LifeCategory, Worker } from '../../../cms/payload-types'
import { type Html, html } from '../../endpoints/htmlAnswer'
import { textField } from '../../endpoints/readBody'
import type { FieldError } from '../../endpoints/refusal'
import { invalid } from '../../endpoints/respond'
import { RequestError } from '../../errors'
import { relationId } from '../../relations'
import { ticked } from '../../Residents/endpoints/signIn'
import { WORKERS } from '../../Workers'
import { CERTIFICATE_KIND_LABELS, type CertificateKind, REQUIRED_CERTIFICATES, WORKER_COLOUR_LABELS } from '../../Workers/status'
import { WORKSPACE_PATHS } from '../lib/paths'
import { routeId, tableOr, workspaceGet, workspacePage, workspacePost } from './frame'
import { ownCategories } from './prices'

/**
 * 服务人员: the provider's workers, their card's colour and how long it is
 * valid, and their details and certificates, written as the account (the
 * collection's rules: its own workers only; the card's colour is recomputed
 * on every save).
 */

const workerPath = (id: number | string) => `${WORKSPACE_PATHS.workers()}/${encodeURIComponent(String(id))}`

/** The printable service card (served by the workers' collection). */
const cardPath = (id: number | string) => `/api/workers/${encodeURIComponent(String(id))}/card`

const colourWords = (worker: Worker): string => (worker.status?.colour ? `${WORKER_COLOUR_LABELS[worker.status.colour]}${worker.status.reasons ? `（${worker.status.reasons}）` : ''}` : '—')

const ratingWords = (rating: Worker['rating']): string => (rating?.count ? `${rating.average?.toFixed(1) ?? '—'}分（${rating.count}条）` : '暂无评价')

function workerRow(worker: Worker, categoryNames: Map<number | string, string>): Html {
  const categories = (worker.categories ?? []).map((each) => categoryNames.get(relationId(each)!) ?? '').join('、')
  return html`<tr><td>${worker.cardNumber ?? ''}</td><td>${worker.name}</td><td>${categories}</td><td>${colourWords(worker)}</td><td>${worker.status?.validUntil ?? '—'}</td><td>${ratingWords(worker.rating)}</td><td>${worker.employed === false ? '已离职' : '在职'}</td><td><a href="${workerPath(worker.id)}">修改<span class="visually-hidden">${worker.cardNumber ?? ''}</span></a> <a href="${cardPath(worker.id)}">打印服务卡<span class="visually-hidden">${worker.cardNumber ?? ''}</span></a></td></tr>`
}

/** The account's workers, as its read rule gives them (names masked in the list). */
export const ownWorkers = (req: PayloadRequest) =>
  req.payload.find({ collection: WORKERS, sort: 'cardNumber', depth: 0, pagination: false, overrideAccess: false, user: req.user, req })

const input = (name: string, label: string, value: null | string | undefined, attributes: Html = html``): Html =>
  html`<div class="form-group"><label class="label" for="worker-${name}">${label}</label><input class="input input--width-20" id="worker-${name}" name="${name}" value="${value ?? ''}"${attributes}></div>`

/** One certificate kind: held or not, its number and expiry. */
function certificateFieldset(kind: CertificateKind, held: NonNullable<Worker['certificates']>[number] | undefined): Html {
  const label = CERTIFICATE_KIND_LABELS[kind]
  return html`<fieldset class="fieldset"><legend class="legend">${label}${REQUIRED_CERTIFICATES.includes(kind) ? '（必须）' : '（选填）'}</legend>
<div class="choices choices--checkboxes"><div class="choice"><input type="checkbox" id="cert-${kind}" name="cert-${kind}" value="on"${held ? html` checked` : ''}><label for="cert-${kind}">持有${label}</label></div></div>
${input(`cert-${kind}-number`, '证号（选填）', held?.number, html` maxlength="60"`)}
${input(`cert-${kind}-validUntil`, '有效期至（例如 2027-06-30，长期有效可不填）', held?.validUntil, html` maxlength="10"`)}</fieldset>`
}

/** The worker's form: to add one (no worker) or change one. Personal values come masked and are kept when sent back unchanged. */
function workerForm(categories: Pick<LifeCategory, 'id' | 'name'>[], worker?: Worker): Html {
  const chosen = new Set((worker?.categories ?? []).map((each) => relationId(each)))
  return html`<form method="post" action="${worker ? workerPath(worker.id) : WORKSPACE_PATHS.workers()}" enctype="multipart/form-data">
${input('name', '姓名', worker?.name, html` maxlength="50" autocomplete="off"`)}
${input('idNumber', '公民身份号码', worker?.idNumber, html` maxlength="18" autocomplete="off"`)}
${input('phone', '手机号码（选填）', worker?.phone, html` maxlength="11" inputmode="tel" autocomplete="off"`)}
<fieldset class="fieldset"><legend class="legend">服务类别</legend><div class="choices choices--checkboxes">${categories.map(
    (category) =>
      html`<div class="choice"><input type="checkbox" id="category-${category.id}" name="categories" value="${category.id}"${chosen.has(category.id) ? html` checked` : ''}><label for="category-${category.id}">${category.name}</label></div>`,
  )}</div></fieldset>
${(Object.keys(CERTIFICATE_KIND_LABELS) as CertificateKind[]).map((kind) => certificateFieldset(kind, worker?.certificates?.find((each) => each.kind === kind)))}
${worker ? html`<div class="choices choices--checkboxes"><div class="choice"><input type="checkbox" id="worker-employed" name="employed" value="on"${worker.employed === false ? '' : html` checked`}><label for="worker-employed">在职（离职的取消勾选，服务卡即为红码）</label></div></div>` : ''}
<button type="submit" class="button">${worker ? '保存修改' : '添加服务人员'}</button></form>`
}

/** `GET …/workspace/workers`: the workers with their cards, and a form to add one. */
const workersPage = workspaceGet('/workspace/workers', async (req, workspace) => {
  const categories = await ownCategories(req, workspace)
  const names = new Map(categories.map((category) => [category.id, category.name] as const))
  const { docs } = await ownWorkers(req)
  const body = html`<p>健康证明、意外伤害或责任保险、无犯罪记录证明三项齐全且在有效期内为绿码，30天内到期为黄码，缺少、过期、暂停或离职为红码。红码人员不能派单。</p>
${tableOr(docs.map((worker) => workerRow(worker, names)), '还没有服务人员。', ['卡号', '姓名', '服务类别', '服务卡', '有效期至', '评价', '在职', '操作'], '本企业的服务人员')}
<h2>添加服务人员</h2>
${workerForm(categories)}`
  return workspacePage(workspace, 'workers', '服务人员', body)
})

/** The account's own worker (its read rule), or 404. */
async function ownWorker(req: PayloadRequest, id: string): Promise<Worker> {
  const worker = await req.payload.findByID({ collection: WORKERS, id, depth: 0, overrideAccess: false, user: req.user, req, disableErrors: true })
  if (!worker) throw new RequestError('NOT_FOUND', '没有这名服务人员', 404)
  return worker as Worker
}

/** `GET …/workspace/workers/:id`: change one worker. */
const workerPage = workspaceGet('/workspace/workers/:id', async (req, workspace) => {
  const worker = await ownWorker(req, routeId(req))
  const body = html`<p>服务卡：${colourWords(worker)}，有效期至${worker.status?.validUntil ?? '—'}。<a href="${cardPath(worker.id)}">打印服务卡</a></p>
${workerForm(await ownCategories(req, workspace), worker)}<p><a href="${WORKSPACE_PATHS.workers()}">返回服务人员列表</a></p>`
  return workspacePage(workspace, 'workers', `修改：${worker.cardNumber ?? worker.name}`, body)
})

/** The worker as typed; Payload's field rules check the rest (ID number, phone, dates). */
function workerData(fields: Record<string, unknown>) {
  const errors: FieldError[] = []
  const typedCategories = fields.categories
  const categories = (Array.isArray(typedCategories) ? typedCategories : typedCategories === undefined ? [] : [typedCategories]).filter((each): each is string => typeof each === 'string')
  const certificates = (Object.keys(CERTIFICATE_KIND_LABELS) as CertificateKind[])
    .filter((kind) => ticked(fields[`cert-${kind}`]))
    .map((kind) => ({ kind, number: textField(fields, `cert-${kind}-number`, errors, 60).trim() || null, validUntil: textField(fields, `cert-${kind}-validUntil`, errors, 10).trim() || null }))
  const data = {
    name: textField(fields, 'name', errors, 50).trim(),
    idNumber: textField(fields, 'idNumber', errors, 18).trim().toUpperCase(),
    phone: textField(fields, 'phone', errors, 11).trim() || null,
    categories,
    certificates,
  }
  if (!categories.length) errors.push({ field: 'categories', code: 'REQUIRED', message: '请至少选择一个服务类别' })
  if (errors.length) throw invalid(errors)
  return data
}

/** `POST …/workspace/workers`: add a worker (the card number and colour are the platform's). */
const addWorker = workspacePost('/workspace/workers', async (tx, { provider }, { fields }) => {
  const worker = await tx.payload.create({ collection: WORKERS, data: { ...workerData(fields), provider: provider.id, employed: true }, overrideAccess: false, user: tx.user, depth: 0, req: tx })
  return { location: workerPath(worker.id), message: `已添加服务人员，卡号${worker.cardNumber ?? ''}` }
})

/** `POST …/workspace/workers/:id`: change a worker's details, certificates or employment. */
const changeWorker = workspacePost('/workspace/workers/:id', async (tx, _workspace, { fields }, id) => {
  await ownWorker(tx, id)
  await tx.payload.update({ collection: WORKERS, id, data: { ...workerData(fields), employed: ticked(fields.employed) }, overrideAccess: false, user: tx.user, depth: 0, req: tx })
  return { location: WORKSPACE_PATHS.workers(), message: '已保存' }
})

export const workerEndpoints = [workersPage, workerPage, addWorker, changeWorker]
