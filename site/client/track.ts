/**
 * 查询办件进度 (/track/): looks an application up with its tracking number
 * and query code, shows its status, and offers what the answer's `can`
 * allows: supplementing materials, withdrawing, rating. The query code stays
 * in this script's memory: never in the address, never in storage. A
 * signed-in resident's own application (我的 links to ?t=…) opens without
 * the code: the session names it, so every request carries the cookie.
 */
import { checkText, FILE_LIMITS, TEXT_LIMITS, validateFiles } from '../../collections/Applications/form/validate'
import type { StatusAnswer } from '../../collections/Applications/states'
import { RATING_LABELS, type RatingLevel } from '../../collections/casework/satisfaction'
import type { FieldError } from '../../collections/endpoints/refusal'
import { residentDueNote } from '../../collections/CalendarDays/workingDays'
import { isJointNumber } from '../../collections/BundleCases/states'
import { PORTAL_PATHS } from '../../collections/catalogue/portalPaths'
import { ACTION_NOTICES, ratingThanks } from '../../collections/Applications/residentWords'
import { downloadWords, type HeldDocument, RESULT_PATHS, resultLine } from '../../collections/ResultDocuments/states'
import { dateText, dateTimeText } from '../lib/dates'
import { FILE_RULES_TEXT } from '../lib/forms'
import { clearErrors, type Problem, showProblems } from './formErrors'
import { apiBase, GENERIC_FAILURE, isErrorAnswer, NETWORK_FAILURE, readJson, retryAfterText, sentence } from './http'

const lookup = document.querySelector<HTMLElement>('[data-lookup]')
const lookupForm = document.querySelector<HTMLFormElement>('[data-lookup-form]')
const lookupSummary = document.querySelector<HTMLElement>('#lookup-errors')
const view = document.querySelector<HTMLElement>('[data-status]')
const trackingInput = document.querySelector<HTMLInputElement>('#trackingNumber')
const codeInput = document.querySelector<HTMLInputElement>('#queryCode')
const api = apiBase(lookupForm)

/** The application being shown and its query code (empty for the signed-in owner's own), kept only here. */
let current: { queryCode: string; trackingNumber: string } | undefined

const part = (name: string) => view?.querySelector<HTMLElement>(`[data-part="${name}"]`) ?? null
const slot = (name: string) => view?.querySelector<HTMLElement>(`[data-slot="${name}"]`) ?? null

function fill(name: string, value: null | string | undefined): void {
  const element = slot(name)
  if (element) element.textContent = value ?? ''
  const row = view?.querySelector<HTMLElement>(`[data-row="${name}"]`)
  if (row) row.hidden = !value
}

/* Refusals, in words */

async function refusalProblems(response: Response, fieldNames: Record<string, string> = {}): Promise<Problem[]> {
  const body = await readJson<unknown>(response)
  const refusal = isErrorAnswer(body) ? body : null
  // The server's own words say how many tries are left.
  if (response.status === 404) return [{ message: refusal?.code === 'NOT_FOUND' ? sentence(refusal.message) : '受理编号或查询码不正确，请核对后再试。' }]
  if (response.status === 429) {
    if (refusal?.code === 'LOCKED') return [{ message: `查询码输错的次数太多，这份申请暂时不能查询，${retryAfterText(response)}。` }]
    return [{ message: `操作太频繁，${retryAfterText(response)}。` }]
  }
  const errors = (refusal?.errors ?? []).map(({ field, message }) => ({ field: fieldNames[field] ?? field, message }))
  if (errors.length) return errors
  if (response.status === 413) return [{ field: 'files', message: `上传的文件太大。${FILE_RULES_TEXT}。` }]
  if (response.status === 415) return [{ field: 'files', message: '有的文件格式不支持，只能上传 JPG、PNG、WEBP 图片和 PDF 文件。' }]
  if (response.status >= 500 || !refusal?.message) return [{ message: GENERIC_FAILURE }]
  return [{ message: sentence(refusal.message) }]
}

/* Showing an application */

function timelineItem(entry: StatusAnswer['timeline'][number]): HTMLLIElement {
  const item = document.createElement('li')
  const when = document.createElement('time')
  when.className = 'timeline__when'
  when.dateTime = entry.at
  when.textContent = dateTimeText(entry.at)
  const what = document.createElement('p')
  what.className = 'timeline__status'
  what.textContent = entry.statusLabel
  item.append(when, what)
  if (entry.note) {
    const note = document.createElement('p')
    note.className = 'timeline__note pre-line'
    note.textContent = entry.note
    item.append(note)
  }
  return item
}

/** The result document's line and, while it is valid, the download form carrying the application's key. */
function showResultDocument(answer: StatusAnswer): void {
  const block = part('resultDocument')
  if (block) block.hidden = !answer.result
  fill('resultDocument', answer.result && resultLine(answer.result))
  if (resultForm) resultForm.hidden = answer.result?.status !== 'valid'
}

/**
 * The download is the browser's own form post, so the file arrives as any
 * download does; the application's key goes into it only as it is sent.
 */
const resultForm = view?.querySelector<HTMLFormElement>('[data-result-download]')
resultForm?.addEventListener('submit', () => sendWithKey(resultForm))

/** The application's key, put into a download form only as it is sent. */
function sendWithKey(form: HTMLFormElement): void {
  form.action = `${api}${RESULT_PATHS.download}`
  for (const name of ['trackingNumber', 'queryCode'] as const) {
    const input = form.elements.namedItem(name)
    if (input instanceof HTMLInputElement) input.value = current?.[name] ?? ''
  }
}

/** A download form for one notice or result file, posted as the browser posts any form. */
function heldDocumentForm(held: HeldDocument): HTMLLIElement {
  const form = document.createElement('form')
  form.method = 'post'
  form.enctype = 'multipart/form-data'
  const fields: [string, string][] = [['trackingNumber', ''], ['queryCode', ''], ['document', held.key]]
  for (const [name, value] of fields) {
    const input = document.createElement('input')
    input.type = 'hidden'
    input.name = name
    input.value = value
    form.append(input)
  }
  const button = document.createElement('button')
  button.type = 'submit'
  button.className = 'button button--secondary'
  button.textContent = downloadWords(held)
  form.append(button)
  form.addEventListener('submit', () => sendWithKey(form))
  const item = document.createElement('li')
  item.append(form)
  return item
}

/** The notices addressed to the applicant and the result files a department attached. */
function showHeldDocuments(answer: StatusAnswer): void {
  const block = part('heldDocuments')
  if (block) block.hidden = answer.documents.length === 0
  block?.querySelector('ul')?.replaceChildren(...answer.documents.map(heldDocumentForm))
}

function render(answer: StatusAnswer): void {
  if (!view) return
  fill('serviceTitle', answer.service.title)
  fill('statusLabel', answer.statusLabel)
  const tag = slot('statusLabel')
  if (tag) tag.className = `status-tag status-tag--${answer.status}`
  fill('trackingNumber', answer.trackingNumber)
  fill('applicantName', answer.applicantName)
  fill('partyName', answer.partyName)
  fill('handledWhere', answer.handledWhere)
  fill('submittedAt', dateTimeText(answer.submittedAt))
  fill('acceptedAt', answer.acceptedAt && dateTimeText(answer.acceptedAt))
  fill('dueDate', answer.dueDate && `${dateText(answer.dueDate)}${residentDueNote(answer.dueDateProvisional)}`)
  fill('completedAt', answer.completedAt && dateTimeText(answer.completedAt))

  const result = part('result')
  if (result) result.hidden = !answer.outcomeLabel && !answer.resultNote
  fill('outcomeLabel', answer.outcomeLabel)
  fill('resultNote', answer.resultNote)
  slot('outcomeLabel')?.classList.toggle('result__outcome--denied', answer.outcome === 'denied')
  showResultDocument(answer)
  showHeldDocuments(answer)

  const supplement = part('supplement')
  if (supplement) supplement.hidden = !answer.can.supplement
  fill('supplementNote', answer.supplementRequest?.note)
  fill('supplementRequestedAt', answer.supplementRequest && dateTimeText(answer.supplementRequest.requestedAt))

  const rate = part('rate')
  if (rate) rate.hidden = !answer.can.rate
  const rating = part('rating')
  if (rating) rating.hidden = !answer.rating
  fill('ratingLabel', answer.rating?.label)
  fill('ratedAt', answer.rating && `${dateTimeText(answer.rating.ratedAt)}评价`)
  fill('ratingComment', answer.rating?.comment)

  const withdraw = part('withdraw')
  if (withdraw) withdraw.hidden = !answer.can.withdraw
  const confirmBox = view.querySelector<HTMLElement>('[data-withdraw-confirm]')
  if (confirmBox) confirmBox.hidden = true

  view.querySelector('[data-timeline]')?.replaceChildren(...answer.timeline.map(timelineItem))
}

/** A note at the top of the application after an action, read out and focused. */
function announce(message: string): void {
  const notice = view?.querySelector<HTMLElement>('[data-action-message]')
  if (!notice) return
  notice.textContent = message
  notice.hidden = !message
  if (message) notice.focus()
}

/* Looking up */

const tidyTrackingNumber = (value: string) => value.replace(/\s/g, '').toUpperCase()
const tidyQueryCode = (value: string) => value.replace(/\s/g, '')

async function fetchStatus(trackingNumber: string, queryCode: string): Promise<Response> {
  return fetch(`${api}/api/applications/status?trackingNumber=${encodeURIComponent(trackingNumber)}`, {
    headers: { 'X-Query-Code': queryCode, Accept: 'application/json' },
    cache: 'no-store',
    credentials: 'include',
  })
}

/** The signed-in resident's own application, or null (not signed in, or not theirs): then the code is needed. */
async function ownApplication(trackingNumber: string): Promise<null | StatusAnswer> {
  const response = await fetch(`${api}/api/applications/mine/${encodeURIComponent(trackingNumber)}`, {
    headers: { Accept: 'application/json' },
    cache: 'no-store',
    credentials: 'include',
  }).catch(() => null)
  return response?.ok ? readJson<StatusAnswer>(response) : null
}

function showView(answer: StatusAnswer, queryCode: string): void {
  current = { trackingNumber: answer.trackingNumber, queryCode }
  if (codeInput) codeInput.value = ''
  clearErrors(lookupForm!, lookupSummary)
  render(answer)
  announce('')
  if (lookup) lookup.hidden = true
  if (view) view.hidden = false
  history.replaceState(null, '', PORTAL_PATHS.track(answer.trackingNumber))
  view?.querySelector<HTMLElement>('#status-title')?.focus()
}

function setBusy(button: HTMLButtonElement | null | undefined, busyText: null | string): void {
  if (!button) return
  button.dataset.idleText ??= button.textContent ?? ''
  button.disabled = busyText !== null
  button.textContent = busyText ?? button.dataset.idleText
}

function setUpLookup(): void {
  if (!lookupForm || !lookupSummary || !trackingInput || !codeInput) return
  const button = lookupForm.querySelector<HTMLButtonElement>('[data-submit]')
  const linked = new URLSearchParams(location.search).get('t')
  trackingInput.value = linked ?? trackingInput.value
  if (linked) {
    void ownApplication(tidyTrackingNumber(linked)).then((own) => {
      if (own && !current) showView(own, '')
    })
  }
  lookupForm.addEventListener('submit', async (event) => {
    event.preventDefault()
    if (button?.disabled) return
    const trackingNumber = tidyTrackingNumber(trackingInput.value)
    const queryCode = tidyQueryCode(codeInput.value)
    const missing: Problem[] = [
      ...(trackingNumber ? [] : [{ field: 'trackingNumber', message: '请填写受理编号' }]),
      ...(queryCode ? [] : [{ field: 'queryCode', message: '请填写查询码' }]),
    ]
    if (missing.length) return showProblems(lookupForm, lookupSummary, missing)
    // A 一件事's joint number: the server answers the form's own post with the joint status page.
    if (isJointNumber(trackingNumber)) return lookupForm.submit()
    setBusy(button, '正在查询…')
    try {
      const response = await fetchStatus(trackingNumber, queryCode)
      if (response.ok) showView((await response.json()) as StatusAnswer, queryCode)
      else showProblems(lookupForm, lookupSummary, await refusalProblems(response))
    } catch {
      showProblems(lookupForm, lookupSummary, [{ message: NETWORK_FAILURE }])
    } finally {
      setBusy(button, null)
    }
  })
  if (button) button.disabled = false

  view?.querySelector('[data-lookup-again]')?.addEventListener('click', () => {
    current = undefined
    if (view) view.hidden = true
    if (lookup) lookup.hidden = false
    for (const form of view?.querySelectorAll('form') ?? []) form.reset()
    history.replaceState(null, '', PORTAL_PATHS.track())
    trackingInput.value = ''
    trackingInput.focus()
  })
}

/* Acting on the application */

type Action = {
  body: () => BodyInit
  button: HTMLButtonElement | null
  busyText: string
  /** Server field names → this page's fields. */
  fieldNames?: Record<string, string>
  form: HTMLElement
  json: boolean
  path: string
  summary: HTMLElement
  thanks: string
}

/** Send an action; on success show the new status and say so, on refusal show why. */
async function act(action: Action): Promise<void> {
  if (!current) return
  setBusy(action.button, action.busyText)
  try {
    const response = await fetch(`${api}${action.path}`, {
      method: 'POST',
      body: action.body(),
      credentials: 'include',
      headers: action.json ? { 'Content-Type': 'application/json', Accept: 'application/json' } : { Accept: 'application/json' },
    })
    if (response.ok) {
      // Whatever was refused before no longer applies to the application as it now stands.
      for (const summary of view?.querySelectorAll<HTMLElement>('[data-error-summary]') ?? []) clearErrors(view!, summary)
      if (action.form instanceof HTMLFormElement) action.form.reset()
      for (const list of action.form.querySelectorAll<HTMLElement>('.file-list')) list.hidden = true
      render((await response.json()) as StatusAnswer)
      announce(action.thanks)
      return
    }
    showProblems(action.form, action.summary, await refusalProblems(response, action.fieldNames))
    // The application may have moved on meanwhile (accepted before the withdrawal, say): show where it is now.
    if (response.status === 409) await refresh()
  } catch {
    showProblems(action.form, action.summary, [{ message: NETWORK_FAILURE }])
  } finally {
    setBusy(action.button, null)
  }
}

async function refresh(): Promise<void> {
  if (!current) return
  try {
    const response = await fetchStatus(current.trackingNumber, current.queryCode)
    if (response.ok) render((await response.json()) as StatusAnswer)
  } catch {
    // The refusal already shown says enough.
  }
}

const credentials = () => ({ trackingNumber: current!.trackingNumber, queryCode: current!.queryCode })

function setUpSupplement(): void {
  const form = view?.querySelector<HTMLFormElement>('[data-supplement-form]')
  const summary = view?.querySelector<HTMLElement>('#supplement-errors')
  const note = form?.querySelector<HTMLTextAreaElement>('#note')
  const files = form?.querySelector<HTMLInputElement>('#files')
  if (!form || !summary || !note || !files) return
  files.addEventListener('change', () => {
    const list = form.querySelector<HTMLElement>('[data-file-list="files"]')
    if (!list) return
    list.replaceChildren(
      ...[...(files.files ?? [])].map((file) => {
        const item = document.createElement('li')
        item.textContent = file.name
        return item
      }),
    )
    list.hidden = !files.files?.length
  })
  form.addEventListener('submit', (event) => {
    event.preventDefault()
    const chosen = [...(files.files ?? [])]
    const text = note.value.trim()
    // The server's checks and words (collections/Applications/endpoints/resident.ts): all files count as one upload.
    const problems: (FieldError | Problem)[] = [
      ...(text || chosen.length ? [] : [{ field: 'files', message: '请上传补正材料，或写明补正的内容' }]),
      ...checkText('note', '说明', text, TEXT_LIMITS.note),
      ...validateFiles(
        { fields: [], uploads: [{ material: '补正材料' }] },
        chosen.map((file) => ({ bytes: file.size, type: file.type, upload: 0 })),
      ).map((error) => ({ ...error, field: 'files' })),
      ...chosen
        .filter((file) => file.type && !(FILE_LIMITS.acceptedTypes as readonly string[]).includes(file.type))
        .map((file) => ({ field: 'files', message: `“${file.name}”的格式不支持，请上传 JPG、PNG、WEBP 图片或 PDF 文件` })),
    ]
    if (problems.length) return showProblems(form, summary, problems)
    void act({
      form,
      summary,
      button: form.querySelector('[data-submit]'),
      busyText: '正在提交…',
      path: '/api/applications/supplement',
      json: false,
      fieldNames: { uploads: 'files', 'uploads.0': 'files' },
      thanks: ACTION_NOTICES.supplement,
      body: () => {
        const body = new FormData()
        body.append('trackingNumber', current!.trackingNumber)
        body.append('queryCode', current!.queryCode)
        body.append('note', text)
        for (const file of chosen) body.append('files', file, file.name)
        return body
      },
    })
  })
}

function setUpWithdraw(): void {
  const section = part('withdraw')
  const start = section?.querySelector<HTMLButtonElement>('[data-withdraw-start]')
  const confirmBox = section?.querySelector<HTMLElement>('[data-withdraw-confirm]')
  const yes = section?.querySelector<HTMLButtonElement>('[data-withdraw-yes]')
  const no = section?.querySelector<HTMLButtonElement>('[data-withdraw-no]')
  const summary = section?.querySelector<HTMLElement>('#withdraw-errors')
  if (!section || !start || !confirmBox || !yes || !no || !summary) return
  start.addEventListener('click', () => {
    confirmBox.hidden = false
    start.hidden = true
    confirmBox.querySelector<HTMLElement>('#withdraw-question')?.focus()
  })
  no.addEventListener('click', () => {
    confirmBox.hidden = true
    start.hidden = false
    start.focus()
  })
  yes.addEventListener('click', () => {
    void act({
      form: section,
      summary,
      button: yes,
      busyText: '正在撤回…',
      path: '/api/applications/withdraw',
      json: true,
      thanks: ACTION_NOTICES.withdraw,
      body: () => JSON.stringify(credentials()),
    }).then(() => {
      start.hidden = false
    })
  })
}

function setUpRating(): void {
  const form = view?.querySelector<HTMLFormElement>('[data-rating-form]')
  const summary = view?.querySelector<HTMLElement>('#rating-errors')
  const comment = form?.querySelector<HTMLTextAreaElement>('#comment')
  if (!form || !summary || !comment) return
  form.addEventListener('submit', (event) => {
    event.preventDefault()
    const level = Number(new FormData(form).get('level') ?? 0)
    const text = comment.value.trim()
    const problems: Problem[] = [
      ...(level in RATING_LABELS ? [] : [{ field: 'level', message: '请选择非常满意、满意、基本满意、不满意或非常不满意' }]),
      ...checkText('comment', '评价内容', text, TEXT_LIMITS.comment),
    ]
    if (problems.length) return showProblems(form, summary, problems)
    void act({
      form,
      summary,
      button: form.querySelector('[data-submit]'),
      busyText: '正在提交…',
      path: '/api/applications/rating',
      json: true,
      thanks: ratingThanks(level as RatingLevel),
      body: () => JSON.stringify({ ...credentials(), level, comment: text }),
    })
  })
}

setUpLookup()
setUpSupplement()
setUpWithdraw()
setUpRating()
