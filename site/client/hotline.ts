/**
 * 网上12345 (/hotline/ and /hotline/track/). The pages work as plain form
 * posts; this script adds, on the request form: the division selects, the
 * server's own rules as the resident types and on submit, the guide search
 * (guideChoice.ts), "是否是这些问题？"
 * (similar open requests in the community) before sending, the location
 * button, and sending with an Idempotency-Key, showing the order number in
 * place. On the tracking page it fills in the number the confirmation linked.
 */
import type { FieldError } from '../../collections/endpoints/refusal'
import { PORTAL_PATHS } from '../../collections/catalogue/portalPaths'
import type { WebTicketAnswer } from '../../collections/Tickets/web/submit'
import type { SimilarRequest } from '../../collections/Tickets/web/similar'
import { validateWebTicket, type WebTicketInput } from '../../collections/Tickets/web/rules'
import type { SnapshotDistrict } from '../lib/snapshot'
import { DIVISIONS_DATA, fieldId } from '../lib/forms'
import { setUpDivisions } from './divisions'
import { chosenGuideTitle, setUpGuideChoice } from './guideChoice'
import { accountPrefill, fillEmpty } from './prefill'
import { clearErrors, type Problem, shownFieldErrors, showProblems, updateFieldError } from './formErrors'
import { apiBase, GENERIC_FAILURE, isErrorAnswer, NETWORK_FAILURE, newIdempotencyKey, pageData, readJson, retryAfterText, sentence } from './http'

const form = document.querySelector<HTMLFormElement>('[data-hotline-form]')
const summary = document.querySelector<HTMLElement>('[data-error-summary]')
const submitButton = form?.querySelector<HTMLButtonElement>('[data-submit]')
const status = form?.querySelector<HTMLElement>('[data-submit-status]')
const similarPanel = document.querySelector<HTMLElement>('[data-similar]')

const photoInput = () => document.getElementById('photos') as HTMLInputElement | null
const photos = (): File[] => [...(photoInput()?.files ?? [])]

function readInput(): WebTicketInput {
  const data = new FormData(form!)
  const text = (name: string) => String(data.get(name) ?? '').trim()
  return {
    kind: text('kind'),
    topicCode: text('topicCode'),
    serviceCode: text('serviceCode'),
    serviceQuery: text('serviceQuery'),
    divisionCode: text('divisionCode'),
    address: text('address'),
    latitude: text('latitude'),
    longitude: text('longitude'),
    content: text('content'),
    phone: text('phone').replace(/[\s-]/g, ''),
    name: text('name'),
    confidential: data.get('confidential') === 'on',
    answerConsent: data.get('answerConsent') === 'on',
  }
}

const currentErrors = (): FieldError[] => validateWebTicket(readInput(), photos().map((file) => ({ bytes: file.size, type: file.type })))

const fieldOf = (element: EventTarget | null): string | undefined =>
  element instanceof HTMLElement ? element.closest<HTMLElement>('[data-field]')?.dataset.field : undefined

/** After a change: the field's current error beside it, once the resident has answered it or was told about it. */
function recheck(field: string): void {
  const message = currentErrors().find((error) => error.field === field)?.message ?? null
  if (message && !shownFieldErrors(form!).includes(field) && field !== 'photos' && !hasAnswer(field)) return
  updateFieldError(summary, field, message)
}

function hasAnswer(field: string): boolean {
  const group = document.querySelector(`[data-field="${CSS.escape(field)}"]`)
  return [...(group?.querySelectorAll<HTMLInputElement>('input, select, textarea') ?? [])].some((control) =>
    control.type === 'radio' || control.type === 'checkbox' ? control.checked : control.value.trim() !== '',
  )
}

function listPhotos(): void {
  const list = document.querySelector<HTMLUListElement>('[data-file-list="photos"]')
  if (!list) return
  list.replaceChildren(
    ...photos().map((file) => {
      const item = document.createElement('li')
      item.textContent = file.name
      return item
    }),
  )
  list.hidden = photos().length === 0
}

/** "使用我的位置": the browser's own position, no map from outside. */
function setUpLocation(): void {
  const button = document.querySelector<HTMLButtonElement>('[data-locate]')
  const note = document.querySelector<HTMLElement>('[data-locate-status]')
  if (!button || !note) return
  if (!('geolocation' in navigator)) {
    button.hidden = true
    return
  }
  button.addEventListener('click', () => {
    note.textContent = '正在获取位置…'
    navigator.geolocation.getCurrentPosition(
      ({ coords }) => {
        ;(document.getElementById(fieldId('latitude')) as HTMLInputElement).value = coords.latitude.toFixed(6)
        ;(document.getElementById(fieldId('longitude')) as HTMLInputElement).value = coords.longitude.toFixed(6)
        note.textContent = '已填入您现在的位置。'
      },
      () => {
        note.textContent = '没有取得位置，可以不填，写清楚具体地址就可以。'
      },
      { enableHighAccuracy: true, timeout: 15_000 },
    )
  })
}

/* 是否是这些问题？ */

/** Checked once per text and community: the resident who saw the list and went on is not asked again. */
let similarCheckedFor = ''

async function similarRequests(input: WebTicketInput): Promise<SimilarRequest[]> {
  const query = new URLSearchParams({ division: input.divisionCode, text: input.content })
  try {
    const response = await fetch(`${apiBase(form)}/api/tickets/similar?${query}`, { headers: { Accept: 'application/json' } })
    const body = await readJson<{ requests: SimilarRequest[] }>(response)
    return response.ok && body ? body.requests : []
  } catch {
    // The hint helps; it never stands in the way of filing.
    return []
  }
}

/** Whether a resident is signed in (their details prefilled the form): they can follow an order instead of filing. */
let signedIn = false

/** Post the follow; the refusal's words when it was not made (the order closed meanwhile, their own order). */
async function postFollow(number: string): Promise<null | string> {
  try {
    const response = await fetch(`${apiBase(form)}/api/tickets/follow`, {
      method: 'POST',
      body: JSON.stringify({ number }),
      credentials: 'include',
      headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
    })
    if (response.ok) return null
    if (response.status === 401) signedIn = false
    const refusal = await readJson<unknown>(response)
    return response.status === 429 ? `操作太频繁，${retryAfterText(response)}。` : isErrorAnswer(refusal) && response.status < 500 ? sentence(refusal.message) : GENERIC_FAILURE
  } catch {
    return NETWORK_FAILURE
  }
}

/**
 * "是这个问题": a signed-in resident follows the order (a text at 办结, listed
 * in 我的); anyone else is told the number and how to follow it after signing in.
 */
async function follow(request: SimilarRequest): Promise<void> {
  const panel = document.querySelector<HTMLElement>('[data-similar-followed]')
  if (!panel) return
  let isFollowing = false
  if (signedIn) {
    const refusal = await postFollow(request.number)
    // Signed out meanwhile (401): the page for residents not signed in.
    if (refusal && signedIn) {
      if (status) status.textContent = refusal
      return
    }
    isFollowing = refusal === null
  }
  for (const slot of panel.querySelectorAll('[data-slot="followedNumber"]')) slot.textContent = request.number
  for (const part of panel.querySelectorAll<HTMLElement>('[data-followed-state]')) part.hidden = (part.dataset.followedState === 'followed') !== isFollowing
  const title = panel.querySelector<HTMLElement>('h1')!
  if (isFollowing) title.textContent = '已关注'
  document.querySelector('[data-hotline]')?.remove()
  summary?.remove()
  panel.hidden = false
  title.focus()
}

function showSimilar(requests: SimilarRequest[]): void {
  const list = similarPanel?.querySelector('[data-similar-list]')
  if (!similarPanel || !list) return
  list.replaceChildren(
    ...requests.map((request) => {
      const item = document.createElement('li')
      const words = document.createElement('p')
      words.textContent = `${request.kindLabel}：${request.summary}（${request.receivedOn}，${request.statusLabel}，工单 ${request.number}）`
      const button = document.createElement('button')
      button.type = 'button'
      button.className = 'button button--secondary'
      button.textContent = signedIn ? '是这个问题，关注它' : '是这个问题，不再提交'
      button.addEventListener('click', () => void follow(request))
      item.append(words, button)
      return item
    }),
  )
  similarPanel.hidden = false
  similarPanel.focus()
}

/* Sending */

let idempotencyKey: string | undefined
let sending = false

function setSending(on: boolean, message = ''): void {
  sending = on
  submitButton!.disabled = on
  submitButton!.textContent = on ? '正在提交…' : '提交诉求'
  if (status) status.textContent = message
}

function showConfirmation(answer: WebTicketAnswer): void {
  const panel = document.querySelector<HTMLElement>('[data-hotline-confirmation]')
  if (!panel) return
  const guideTitle = chosenGuideTitle() ?? ''
  const slots: Record<string, string> = { number: answer.number, kindLabel: answer.kindLabel, dueDate: `${answer.dueDate}前`, guideTitle }
  for (const [name, value] of Object.entries(slots)) panel.querySelector(`[data-slot="${name}"]`)!.textContent = value
  panel.querySelector<HTMLElement>('[data-guide-row]')!.hidden = !guideTitle
  panel.querySelector('[data-track-link]')?.setAttribute('href', PORTAL_PATHS.hotlineTrack(answer.number))
  // What was typed leaves the page: nothing personal stays behind on a shared computer.
  document.querySelector('[data-hotline]')?.remove()
  summary?.remove()
  panel.hidden = false
  document.title = document.title.replace(/^.*?(?= - )/, '诉求已提交')
  window.scrollTo(0, 0)
  panel.querySelector<HTMLElement>('#confirmation-title')?.focus()
}

const showRefusal = (problems: Problem[]) => showProblems(form!, summary!, problems)

async function send(): Promise<void> {
  setSending(true, photos().length ? '正在提交诉求和上传照片，请不要关闭页面。' : '正在提交诉求，请稍候。')
  idempotencyKey ??= newIdempotencyKey()
  let response: Response
  try {
    // With the session cookie: a signed-in resident's request goes into their 我的.
    response = await fetch(`${apiBase(form)}/api/tickets/web`, { method: 'POST', body: new FormData(form!), credentials: 'include', headers: { Accept: 'application/json', 'Idempotency-Key': idempotencyKey } })
  } catch {
    setSending(false)
    return showRefusal([{ message: `${NETWORK_FAILURE}再按“提交诉求”不会重复提交。` }])
  }
  const answer = await readJson<unknown>(response)
  setSending(false)
  if (response.ok && answer && !isErrorAnswer(answer)) return showConfirmation(answer as WebTicketAnswer)
  const refusal = isErrorAnswer(answer) ? answer : null
  // Refused outright: nothing was stored, so the next attempt is a new request.
  if ([400, 413, 415, 422].includes(response.status)) idempotencyKey = undefined
  if (refusal?.errors?.length) return showRefusal(refusal.errors)
  if (response.status === 429) return showRefusal([{ message: `提交太频繁，${retryAfterText(response)}。` }])
  showRefusal([{ message: response.status >= 500 || !refusal?.message ? GENERIC_FAILURE : sentence(refusal.message) }])
}

async function onSubmit(event: SubmitEvent): Promise<void> {
  event.preventDefault()
  if (sending) return
  const errors = currentErrors()
  if (errors.length) return showProblems(form!, summary!, errors)
  clearErrors(form!, summary)
  const input = readInput()
  const key = `${input.divisionCode}\n${input.content}`
  if (similarCheckedFor !== key) {
    similarCheckedFor = key
    const similar = await similarRequests(input)
    if (similar.length) return showSimilar(similar)
  }
  await send()
}

/** A signed-in resident's phone and name, from their account. */
async function prefill(form: HTMLFormElement): Promise<void> {
  const details = await accountPrefill(apiBase(form))
  if (!details) return
  signedIn = true
  fillEmpty(form, 'phone', details.phone)
  fillEmpty(form, 'name', details.name)
}

function start(): void {
  const trackNumber = document.querySelector<HTMLInputElement>('[data-hotline-track] input[name="number"]')
  const linked = new URLSearchParams(location.search).get('n')
  if (trackNumber && linked && !trackNumber.value) trackNumber.value = linked
  if (!form || !submitButton || !summary) return
  setUpDivisions(pageData<SnapshotDistrict[]>(DIVISIONS_DATA) ?? [])
  setUpLocation()
  setUpGuideChoice()
  void prefill(form)
  form.addEventListener('focusout', (event) => {
    const field = fieldOf(event.target)
    if (field && fieldOf(event.relatedTarget) !== field) recheck(field)
  })
  form.addEventListener('change', (event) => {
    const field = fieldOf(event.target)
    if (event.target === photoInput()) listPhotos()
    if (field) recheck(field)
  })
  document.querySelector('[data-similar-continue]')?.addEventListener('click', () => {
    similarPanel!.hidden = true
    void send()
  })
  form.addEventListener('submit', (event) => void onSubmit(event))
}

start()
