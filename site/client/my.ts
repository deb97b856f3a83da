/**
 * 登录 (/my/sign-in/) and 我的 (/my/): the residents' account pages. Each
 * form is a plain form post that works without JavaScript; this script
 * sends it with fetch instead, keeps the resident on the page and shows the
 * answer in place. The session is an HttpOnly cookie: the script never sees it.
 */
import type { JointStatusAnswer } from '../../collections/BundleCases/states'
import type { StatusAnswer } from '../../collections/Applications/states'
import { RATING_LABELS } from '../../collections/casework/satisfaction'
import { PORTAL_PATHS, portalReturnPath } from '../../collections/catalogue/portalPaths'
import type { FieldError } from '../../collections/endpoints/refusal'
import { accountWords, followedWords, lifeOrderWords, type MyCases, type MyFollowed, type MyLifeOrder, type MyRating, type MyTicket, UNFOLLOW_PATH } from '../../collections/Residents/myCases'
import { DOWNLOAD_RESULT, downloadWords, type HeldDocument, RESULT_PATHS, resultLine, type ResultSummary } from '../../collections/ResultDocuments/states'
import { dateText, dateTimeText } from '../lib/dates'
import { clearErrors, type Problem, showProblems } from './formErrors'
import { GENERIC_FAILURE, isErrorAnswer, NETWORK_FAILURE, readJson, retryAfterText, sentence } from './http'

type AccountView = {
  hasPassword: boolean
  phone: string
  privacyConsent: null | { acceptedAt?: null | string; noticeVersion?: null | string }
  realName: null | { name: string; status: 'selfReported' | 'verified' }
}

/** Post a form's fields as the API reads them, asking for JSON, with the session cookie. */
async function post(form: HTMLFormElement): Promise<Response> {
  return fetch(form.action, { method: 'POST', body: new FormData(form), credentials: 'include', headers: { Accept: 'application/json' } })
}

/** A refusal in words: field errors as given, a wait in plain time, else the server's message. */
async function problemsOf(response: Response): Promise<Problem[]> {
  const body = await readJson<unknown>(response)
  const refusal = isErrorAnswer(body) ? body : null
  if (response.status === 429) return [{ message: refusal?.message ? sentence(refusal.message) : `操作太频繁，${retryAfterText(response)}。` }]
  const errors: FieldError[] = refusal?.errors ?? []
  if (errors.length) return errors.map(({ field, message }) => ({ field, message }))
  if (response.status >= 500 || !refusal?.message) return [{ message: GENERIC_FAILURE }]
  return [{ message: sentence(refusal.message) }]
}

/** Send a form; show its problems in `summary`, or hand the JSON answer back. */
async function submit<T>(form: HTMLFormElement, summary: HTMLElement | null, fieldErrors = true): Promise<null | T> {
  if (summary) clearErrors(document, summary)
  let response: Response
  try {
    response = await post(form)
  } catch {
    if (summary) showProblems(document, summary, [{ message: NETWORK_FAILURE }])
    return null
  }
  if (response.ok) return (await readJson<T>(response)) ?? ({} as T)
  const problems = await problemsOf(response)
  if (summary) showProblems(document, summary, fieldErrors ? problems : problems.map(({ message }) => ({ message })))
  return null
}

const showDemoCode = (element: HTMLElement | null, demoCode: string | undefined): void => {
  if (!element) return
  element.hidden = !demoCode
  element.textContent = demoCode ? `演示模式：验证码是 ${demoCode}（正式运行时只通过短信发送）。` : ''
}

/* 登录 */

function enhanceSignIn(): void {
  const codeForm = document.querySelector<HTMLFormElement>('[data-code-form]')
  const signInForm = document.querySelector<HTMLFormElement>('[data-sign-in-form]')
  const passwordForm = document.querySelector<HTMLFormElement>('[data-password-form]')
  const summary = document.querySelector<HTMLElement>('#sign-in-errors')
  if (!codeForm || !signInForm) return
  codeForm.addEventListener('submit', (event) => {
    event.preventDefault()
    void submit<{ demoCode?: string; message: string }>(codeForm, summary).then((answer) => {
      if (!answer) return
      const phone = new FormData(codeForm).get('phone')
      signInForm.querySelector<HTMLInputElement>('[data-sign-in-phone]')!.value = typeof phone === 'string' ? phone : ''
      signInForm.querySelector<HTMLElement>('[data-code-sent]')!.textContent = answer.message
      showDemoCode(signInForm.querySelector<HTMLElement>('[data-demo-code]'), answer.demoCode)
      codeForm.querySelector<HTMLButtonElement>('[data-send-code]')!.textContent = '重新获取验证码'
      signInForm.hidden = false
      signInForm.querySelector<HTMLInputElement>('input[name="code"]')?.focus()
    })
  })
  for (const form of [signInForm, passwordForm]) {
    form?.addEventListener('submit', (event) => {
      event.preventDefault()
      void submit(form, summary, form === signInForm).then((answer) => {
        // Back where the resident came from (?next=, a path on the portal only), else 我的.
        if (answer) window.location.assign(portalReturnPath(new URLSearchParams(location.search).get('next')) ?? PORTAL_PATHS.my())
      })
    })
  }
}

/* 我的 */

/** An element with text. */
function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag)
  if (text !== undefined) node.textContent = text
  if (className) node.className = className
  return node
}

/** A small form acting on one of my cases by its number alone (no query code or phone: it is in my account). */
type CaseAction = {
  /** Under /api/. */
  path: string
  /** The case's number, and the field the endpoint reads it from. */
  id: { name: 'number' | 'trackingNumber'; value: string }
  /** A rating choice, under the field name the endpoint reads. */
  rating?: 'level' | 'satisfaction'
  note?: { label: string; name: string; required: boolean }
  button: string
  buttonClass: string
}

function labelled(id: string, text: string, control: HTMLElement): HTMLElement {
  const group = element('div', undefined, 'form-group')
  const label = element('label', text, 'label')
  label.htmlFor = id
  control.id = id
  group.append(label, control)
  return group
}

function actionForm(api: string, action: CaseAction, onDone: () => void): HTMLFormElement {
  const form = element('form')
  form.method = 'post'
  form.action = `${api}/api/${action.path}`
  const number = element('input')
  number.type = 'hidden'
  number.name = action.id.name
  number.value = action.id.value
  form.append(number)
  const prefix = `${action.path.replaceAll('/', '-')}-${action.id.value}`
  if (action.rating) {
    const select = element('select', undefined, 'select')
    select.name = action.rating
    for (const [level, text] of Object.entries(RATING_LABELS).reverse()) {
      const option = element('option', text)
      option.value = level
      select.append(option)
    }
    form.append(labelled(`${prefix}-level`, '评价', select))
  }
  if (action.note) {
    const textarea = element('textarea', undefined, 'textarea')
    textarea.name = action.note.name
    textarea.rows = 3
    textarea.maxLength = 500
    textarea.required = action.note.required
    form.append(labelled(`${prefix}-note`, action.note.label, textarea))
  }
  const button = element('button', action.button, action.buttonClass)
  button.type = 'submit'
  form.append(button)
  form.addEventListener('submit', (event) => {
    event.preventDefault()
    void submit(form, document.querySelector<HTMLElement>('#my-errors'), false).then((answer) => {
      if (answer) onDone()
    })
  })
  return form
}

const timelineOf = (steps: { at: string; label: string; note: null | string }[]): HTMLOListElement => {
  const timeline = element('ol', undefined, 'timeline')
  for (const step of steps) timeline.append(element('li', `${dateTimeText(step.at)} ${step.label}${step.note ? `：${step.note}` : ''}`))
  return timeline
}

/** The application's result document, and the link that downloads it while it is valid (the session names the owner). */
function resultItem(api: string, trackingNumber: string, result: ResultSummary): HTMLElement {
  const block = element('div', undefined, 'result-document')
  block.append(element('p', resultLine(result)))
  if (result.status === 'valid') {
    const link = element('a', DOWNLOAD_RESULT)
    link.href = `${api}${RESULT_PATHS.mine(trackingNumber)}`
    link.setAttribute('download', '')
    const paragraph = element('p')
    paragraph.append(link)
    block.append(paragraph)
  }
  return block
}

/** The notices addressed to me and the result files a department attached, a download link each (the session names the owner). */
function heldDocumentsItem(api: string, trackingNumber: string, documents: HeldDocument[]): HTMLElement {
  const block = element('div', undefined, 'held-documents')
  block.append(element('p', '通知书和文件：'))
  const list = element('ul')
  for (const document of documents) {
    const link = element('a', downloadWords(document))
    link.href = `${api}${RESULT_PATHS.mine(trackingNumber, document.key)}`
    link.setAttribute('download', '')
    link.append(element('span', `（${trackingNumber}）`, 'visually-hidden'))
    const item = element('li')
    item.append(link)
    list.append(item)
  }
  block.append(list)
  return block
}

function applicationItem(api: string, application: StatusAnswer, reload: () => void, level: 3 | 4 = 3): HTMLLIElement {
  const item = element('li', undefined, 'my-case')
  const id = { name: 'trackingNumber' as const, value: application.trackingNumber }
  item.dataset.application = application.trackingNumber
  item.append(element(`h${level}`, `${application.service.title}（${application.statusLabel}）`))
  item.append(element('p', `受理编号 ${application.trackingNumber}，${dateText(application.submittedAt)}提交${application.dueDate ? `，${dateText(application.dueDate)}前办结` : ''}`))
  item.append(timelineOf(application.timeline.map(({ at, note, statusLabel }) => ({ at, label: statusLabel, note }))))
  if (application.result) item.append(resultItem(api, application.trackingNumber, application.result))
  if (application.documents.length > 0) item.append(heldDocumentsItem(api, application.trackingNumber, application.documents))
  if (application.rating) item.append(element('p', `我的评价：${application.rating.label}`))
  if (application.can.supplement) {
    const link = element('a', '补充材料（在“查询办件进度”页面上传）')
    link.href = PORTAL_PATHS.track(application.trackingNumber)
    const paragraph = element('p')
    paragraph.append(link)
    item.append(paragraph)
  }
  if (application.can.withdraw) item.append(actionForm(api, { path: 'applications/withdraw', id, button: '撤回申请', buttonClass: 'button button--warning' }, reload))
  if (application.can.rate) {
    const note = { name: 'comment', label: '评价意见（选填）', required: false }
    item.append(actionForm(api, { path: 'applications/rating', id, rating: 'level', note, button: '提交评价', buttonClass: 'button' }, reload))
  }
  return item
}

/** A 一件事 applied for as one: the joint state and summary, and each member with its own steps. */
function bundleCaseItem(api: string, joint: JointStatusAnswer, reload: () => void): HTMLLIElement {
  const item = element('li', undefined, 'my-case')
  item.dataset.bundleCase = joint.number
  item.append(element('h3', `${joint.bundle.title}（${joint.stateLabel}）`))
  item.append(element('p', `联办编号 ${joint.number}，${dateText(joint.submittedAt)}提交。${joint.summary}`))
  const members = element('ol', undefined, 'my-cases')
  members.append(...joint.members.map((member) => applicationItem(api, member, reload, 4)))
  item.append(members)
  return item
}

/** One of my 12345 requests: the same public view as tracking it by number and phone, and the steps after 办结. */
function ticketItem(api: string, ticket: MyTicket, reload: () => void): HTMLLIElement {
  const item = element('li', undefined, 'my-case')
  const id = { name: 'number' as const, value: ticket.number }
  item.dataset.ticket = ticket.number
  item.append(element('h3', `${ticket.kindLabel}：${ticket.summary}（${ticket.statusLabel}）`))
  item.append(element('p', `工单编号 ${ticket.number}，${dateTimeText(ticket.receivedAt)}受理${ticket.dueDate ? `，${dateText(ticket.dueDate)}前答复` : ''}`))
  if (ticket.reply) item.append(element('p', `答复：${ticket.reply}`, 'pre-line'))
  item.append(timelineOf(ticket.timeline))
  if (ticket.rating) item.append(element('p', `我的评价：${ticket.rating.label}`))
  if (ticket.canRate) {
    const note = { name: 'note', label: '意见（选填）', required: false }
    item.append(actionForm(api, { path: 'tickets/track/rate', id, rating: 'satisfaction', note, button: '提交评价', buttonClass: 'button' }, reload))
  }
  if (ticket.canReopen) {
    const note = { name: 'note', label: '哪里没有解决', required: true }
    item.append(actionForm(api, { path: 'tickets/track/reopen', id, note, button: '没有解决，要求重新办理', buttonClass: 'button button--secondary' }, reload))
  }
  return item
}

/** Someone else's request I follow: its public facts and 取消关注. */
function followedItem(api: string, followed: MyFollowed, reload: () => void): HTMLLIElement {
  const item = element('li', undefined, 'my-case')
  item.dataset.followed = followed.number
  item.append(element('h3', followedWords.title(followed)), element('p', followedWords.facts(followed, dateTimeText)))
  const unfollow = { path: UNFOLLOW_PATH, id: { name: 'number' as const, value: followed.number }, button: '取消关注', buttonClass: 'button button--secondary' }
  item.append(actionForm(api, unfollow, reload))
  return item
}

/** One of my life-service orders: what, when, where it stands, and the link to its page (the API's). */
function lifeOrderItem(api: string, order: MyLifeOrder): HTMLLIElement {
  const item = element('li', undefined, 'my-case')
  item.dataset.lifeOrder = order.number
  const link = element('a', lifeOrderWords.link)
  link.href = `${api}${order.page}`
  link.append(element('span', `（${order.number}）`, 'visually-hidden'))
  const line = element('p')
  line.append(link)
  item.append(element('h3', lifeOrderWords.title(order)), element('p', lifeOrderWords.facts(order)), line)
  return item
}

const ratingItem = (rating: MyRating): HTMLLIElement =>
  element('li', `${rating.label} · ${rating.kind === 'application' ? '申请' : '12345诉求'} ${rating.number}（${rating.title}）· ${dateTimeText(rating.ratedAt)}${rating.comment ? `：${rating.comment}` : ''}`)

function showList<T>(root: HTMLElement, name: string, rows: T[], render: (row: T) => HTMLElement): void {
  const list = root.querySelector<HTMLElement>(`[data-list="${name}"]`)
  const empty = root.querySelector<HTMLElement>(`[data-empty="${name}"]`)
  list?.replaceChildren(...rows.map(render))
  if (empty) empty.hidden = rows.length > 0
}

async function loadCases(root: HTMLElement, api: string): Promise<void> {
  const response = await fetch(`${api}/api/my/cases`, { credentials: 'include', headers: { Accept: 'application/json' } }).catch(() => null)
  if (!response?.ok) return
  const cases = await readJson<MyCases>(response)
  if (!cases) return
  const reload = () => void loadCases(root, api)
  showList(root, 'bundleCases', cases.bundleCases, (joint) => bundleCaseItem(api, joint, reload))
  showList(root, 'applications', cases.applications, (application) => applicationItem(api, application, reload))
  showList(root, 'tickets', cases.tickets, (ticket) => ticketItem(api, ticket, reload))
  showList(root, 'lifeOrders', cases.lifeOrders, (order) => lifeOrderItem(api, order))
  showList(root, 'followed', cases.followed, (followed) => followedItem(api, followed, reload))
  showList(root, 'ratings', cases.ratings, ratingItem)
  showList(root, 'messages', cases.messages, (message) => element('li', `${dateTimeText(message.at)} ${message.subject}：${message.message}`))
}

function fill(root: HTMLElement, slot: string, text: string): void {
  const element = root.querySelector<HTMLElement>(`[data-slot="${slot}"]`)
  if (element) element.textContent = text
}

async function loadAccount(root: HTMLElement, api: string): Promise<void> {
  let response: Response
  try {
    response = await fetch(`${api}/api/residents/me`, { credentials: 'include', headers: { Accept: 'application/json' } })
  } catch {
    return
  }
  const signedOut = root.querySelector<HTMLElement>('[data-signed-out]')
  if (signedOut) signedOut.hidden = response.status !== 401
  if (!response.ok) return
  const answer = await readJson<{ resident: AccountView }>(response)
  if (!answer) return
  const { hasPassword, phone, privacyConsent, realName } = answer.resident
  fill(root, 'phone', phone)
  fill(root, 'realName', accountWords.realName(realName))
  fill(root, 'password', accountWords.password(hasPassword))
  fill(root, 'consent', accountWords.consent(privacyConsent))
  await loadCases(root, api)
}

function enhanceMy(root: HTMLElement): void {
  const api = (root.dataset.api ?? '').replace(/\/$/, '')
  const summary = document.querySelector<HTMLElement>('#my-errors')
  const status = root.querySelector<HTMLElement>('[data-my-status]')
  for (const form of root.querySelectorAll<HTMLFormElement>('[data-my-form]')) {
    form.addEventListener('submit', (event) => {
      event.preventDefault()
      if (status) status.textContent = ''
      void submit<{ demoCode?: string; message?: string }>(form, summary, false).then((answer) => {
        if (!answer) return
        const kind = form.dataset.myForm
        if (kind === 'logout' || kind === 'close') {
          window.location.assign(kind === 'logout' ? PORTAL_PATHS.mySignIn() : PORTAL_PATHS.home())
          return
        }
        showDemoCode(form.querySelector<HTMLElement>('[data-demo-code]'), answer.demoCode)
        if (status) status.textContent = answer.message ?? (kind === 'claim' ? '已添加到“我的”。' : '')
        if (kind !== 'code') form.reset()
        void loadAccount(root, api)
      })
    })
  }
  void loadAccount(root, api)
}

enhanceSignIn()
const my = document.querySelector<HTMLElement>('[data-my]')
if (my) enhanceMy(my)
