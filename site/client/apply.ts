/**
 * The application form (/apply/<code>/): the 区 → 街道 → 社区 selects, the
 * server's own checks as the resident fills in the form and again on
 * submit, and the submission itself (multipart, with an Idempotency-Key kept
 * across retries), ending on the confirmation panel with the tracking number
 * and the query code.
 */
import {
  askedAnswers,
  type ApplicationInput,
  type FileFacts,
  FILE_LIMITS,
  type FormDefinition,
  partyLabel,
  validateApplication,
} from '../../collections/Applications/form/validate'
import { isAsked } from '../../collections/Applications/form/conditions'
import { DATE_PARTS, joinDateParts } from '../../collections/Applications/form/dateParts'
import { reviewSections } from '../../collections/Applications/form/review'
import type { FieldError } from '../../collections/endpoints/refusal'
import { CONFIRMATION_WORDS } from '../../collections/Applications/residentWords'
import type { SubmitAnswer } from '../../collections/Applications/states'
import type { BundleSubmitAnswer } from '../../collections/BundleCases/states'
import { PORTAL_PATHS } from '../../collections/catalogue/portalPaths'
import type { SnapshotDistrict } from '../lib/snapshot'
import { dateTimeText } from '../lib/dates'
import {
  APPLICATION_FORM_DATA,
  DIVISION_FIELD,
  divisionSelects,
  DIVISIONS_DATA,
  fieldId,
  FILE_RULES_TEXT,
  fileSizeText,
} from '../lib/forms'
import { chooseCommunity, setUpDivisions } from './divisions'
import { accountPrefill, fillEmpty } from './prefill'
import { reuseChoice, setUpReuse, waivedUploads } from './reuse'
import { waiveUploads } from '../../collections/Applications/reuse/sources'
import { clearErrors, type Problem, shownFieldErrors, showProblems, updateFieldError } from './formErrors'
import {
  apiBase,
  GENERIC_FAILURE,
  isErrorAnswer,
  newIdempotencyKey,
  pageData,
  readJson,
  retryAfterText,
  sentence,
} from './http'

const form = document.querySelector<HTMLFormElement>('[data-application-form]')
const summary = document.querySelector<HTMLElement>('[data-error-summary]')
const submitButton = form?.querySelector<HTMLButtonElement>('[data-submit]')
const checkPanel = document.querySelector<HTMLElement>('[data-check-answers]')
const confirmButton = checkPanel?.querySelector<HTMLButtonElement>('[data-confirm]')
const status = checkPanel?.querySelector<HTMLElement>('[data-confirm-status]')
const definition = pageData<FormDefinition>(APPLICATION_FORM_DATA)

const select = (id: string) => document.getElementById(id) as HTMLSelectElement | null
const PARTY_DIVISION_FIELD = 'party.divisionCode'

/* Reading the form */

const text = (data: FormData, name: string): string => String(data.get(name) ?? '').trim()
/** Phone numbers and ID numbers as typed, without the spaces and dashes people put in. */
const compact = (value: string): string => value.replace(/[\s-]/g, '')

/** A 年/月/日 date's three boxes as one answer (dateParts.ts). */
const dateAnswer = (data: FormData, name: string): string =>
  joinDateParts(Object.fromEntries(DATE_PARTS.map((part) => [part, text(data, `${name}.${part}`)]))) ?? ''

/** The person concerned, when the form has that section. */
function readParty(data: FormData): ApplicationInput['party'] {
  if (!partyLabel(definition!)) return undefined
  return {
    name: text(data, 'party.name'),
    idNumber: compact(text(data, 'party.idNumber')).toUpperCase(),
    relation: text(data, 'party.relation'),
    birthDate: dateAnswer(data, 'party.birthDate'),
    divisionCode: text(data, 'party.divisionCode'),
  }
}

function readInput(): ApplicationInput {
  const data = new FormData(form!)
  const answers: ApplicationInput['answers'] = {}
  for (const field of definition!.fields) {
    const name = `answers.${field.name}`
    if (field.type === 'checkboxes') {
      const values = data.getAll(name).map(String)
      if (values.length) answers[field.name] = values
      continue
    }
    let value = field.type === 'date' ? dateAnswer(data, name) : text(data, name)
    if (field.type === 'phone') value = compact(value)
    if (field.type === 'id-number') value = compact(value).toUpperCase()
    if (value) answers[field.name] = value
  }
  return {
    serviceCode: form!.dataset.service ?? '',
    divisionCode: text(data, DIVISION_FIELD),
    applicant: {
      name: text(data, 'applicant.name'),
      idNumber: compact(text(data, 'applicant.idNumber')).toUpperCase(),
      phone: compact(text(data, 'applicant.phone')),
      email: text(data, 'applicant.email'),
    },
    // Questions hidden by their condition are not sent.
    answers: askedAnswers(definition!.fields, answers),
    party: readParty(data),
  }
}

/* Show-if questions: shown only while the earlier answer they depend on is given */

function applyConditions(): void {
  const { answers } = readInput()
  for (const field of definition!.fields) {
    if (!field.showIf) continue
    const group = document.querySelector<HTMLElement>(`[data-field="${CSS.escape(`answers.${field.name}`)}"]`)
    if (group) group.hidden = !isAsked(definition!.fields, field, answers)
  }
}

type ChosenFile = { file: File; upload: number }

function chosenFiles(): ChosenFile[] {
  return definition!.uploads.flatMap((_, upload) => {
    const input = document.getElementById(fieldId(`uploads.${upload}`)) as HTMLInputElement | null
    return [...(input?.files ?? [])].map((file) => ({ file, upload }))
  })
}

const ACCEPTED_EXTENSIONS = /\.(jpe?g|png|webp|pdf)$/i

/** Files the server would refuse for their type (it checks the bytes too). */
function fileTypeErrors(files: ChosenFile[]): FieldError[] {
  const accepted: readonly string[] = FILE_LIMITS.acceptedTypes
  return files
    .filter(({ file }) => (file.type ? !accepted.includes(file.type) : !ACCEPTED_EXTENSIONS.test(file.name)))
    .map(({ file, upload }) => ({
      field: `uploads.${upload}`,
      code: 'FILE_TYPE',
      message: `“${file.name}”的格式不支持，请上传 JPG、PNG、WEBP 图片或 PDF 文件`,
    }))
}

/** Every problem with the form as it stands: the server's rules, run here. */
function currentErrors(): FieldError[] {
  const files = chosenFiles()
  const facts: FileFacts[] = files.map(({ file, upload }) => ({ bytes: file.size, type: file.type, upload }))
  // Uploads the platform holds (免提交) or a 告知承诺 replaces are not required.
  return [...validateApplication(waiveUploads(definition!, waivedUploads(form!)), readInput(), facts), ...fileTypeErrors(files)]
}

/* Checking as the resident goes */

const fieldOf = (element: EventTarget | null): string | undefined =>
  element instanceof HTMLElement ? element.closest<HTMLElement>('[data-field]')?.dataset.field : undefined

function hasAnswer(field: string): boolean {
  const group = document.querySelector(`[data-field="${CSS.escape(field)}"]`)
  if (field === DIVISION_FIELD || field === PARTY_DIVISION_FIELD) return Boolean(select(divisionSelects(field).district)?.value)
  return [...(group?.querySelectorAll<HTMLInputElement>('input, select, textarea') ?? [])].some((control) =>
    control.type === 'radio' || control.type === 'checkbox' ? control.checked : control.type === 'file' ? Boolean(control.files?.length) : control.value.trim() !== '',
  )
}

/** Show a field's current error beside it (or clear it); `uploads` (the total) goes with every upload. */
function recheck(field: string, evenIfEmpty: boolean): void {
  const shown = shownFieldErrors(form!)
  if (!evenIfEmpty && !hasAnswer(field) && !shown.includes(field)) return
  const errors = currentErrors()
  const messageFor = (name: string) => errors.find((error) => error.field === name)?.message ?? null
  updateFieldError(summary, field, messageFor(field))
  if (field.startsWith('uploads.') && (messageFor('uploads') || shown.includes('uploads'))) {
    updateFieldError(summary, 'uploads', messageFor('uploads'))
  }
}

function listFiles(input: HTMLInputElement): void {
  const list = document.querySelector<HTMLUListElement>(`[data-file-list="${CSS.escape(fieldOf(input) ?? '')}"]`)
  if (!list) return
  const files = [...(input.files ?? [])]
  list.replaceChildren(
    ...files.map((file) => {
      const item = document.createElement('li')
      item.textContent = `${file.name}（${fileSizeText(file.size)}）`
      return item
    }),
  )
  list.hidden = files.length === 0
}

function setUpChecks(): void {
  // Leaving a question: check it, unless the resident has not answered it yet (no error for merely passing by).
  form!.addEventListener('focusout', (event) => {
    const field = fieldOf(event.target)
    if (!field || fieldOf(event.relatedTarget) === field) return
    recheck(field, false)
  })
  // Choices and files: check as soon as they change; text: clear an error as soon as it is fixed.
  form!.addEventListener('change', (event) => {
    const field = fieldOf(event.target)
    if (event.target instanceof HTMLInputElement && event.target.type === 'file') listFiles(event.target)
    applyConditions()
    const isDivision = field === DIVISION_FIELD || field === PARTY_DIVISION_FIELD
    if (field && (!isDivision || select(divisionSelects(field).community)?.value)) recheck(field, false)
  })
  form!.addEventListener('input', (event) => {
    const field = fieldOf(event.target)
    if (field && shownFieldErrors(form!).includes(field)) recheck(field, false)
  })
}

/* Sending */

/** Kept from the first attempt until the server has answered, so a retry never files the application twice. */
let idempotencyKey: string | undefined
let sending = false

function setSending(on: boolean, message = ''): void {
  sending = on
  if (confirmButton) {
    confirmButton.disabled = on
    confirmButton.textContent = on ? '正在提交…' : '确认提交'
  }
  if (status) status.textContent = message
}

/** A 一件事's members in its confirmation: each service and its own tracking number. */
function showMembers(panel: HTMLElement, members: SubmitAnswer[]): void {
  panel.querySelector('[data-members]')?.replaceChildren(
    ...members.map((member) => {
      const row = document.createElement('div')
      const title = document.createElement('dt')
      title.textContent = member.service.title
      const number = document.createElement('dd')
      number.textContent = `${member.trackingNumber}（${member.statusLabel}）`
      row.append(title, number)
      return row
    }),
  )
}

function showConfirmation(answer: BundleSubmitAnswer | SubmitAnswer, email: string): void {
  const panel = document.querySelector<HTMLElement>('[data-confirmation]')
  if (!panel) return
  const number = 'members' in answer ? answer.number : answer.trackingNumber
  const slots: Record<string, string> = {
    number,
    trackingNumber: number,
    queryCode: answer.queryCode,
    submittedAt: dateTimeText(answer.submittedAt),
    statusLabel: 'members' in answer ? '' : answer.statusLabel,
  }
  if ('members' in answer) showMembers(panel, answer.members)
  for (const [name, value] of Object.entries(slots)) {
    const slot = panel.querySelector(`[data-slot="${name}"]`)
    if (slot) slot.textContent = value
  }
  for (const element of panel.querySelectorAll<HTMLElement>('[data-if-email]')) element.hidden = !email
  panel.querySelector<HTMLAnchorElement>('[data-track-link]')?.setAttribute('href', PORTAL_PATHS.track(number))
  // The answers leave the page: nothing personal stays behind on a shared computer.
  document.querySelector('[data-application]')?.remove()
  checkPanel?.remove()
  summary?.remove()
  panel.hidden = false
  document.title = document.title.replace(/^.*?(?= - )/, CONFIRMATION_WORDS.title)
  window.scrollTo(0, 0)
  panel.querySelector<HTMLElement>('#confirmation-title')?.focus()
}

/** The server refused: back to the form, with the problems listed. */
function showRefusal(problems: Problem[]): void {
  showForm()
  if (summary && form) showProblems(form, summary, problems)
}

/* 核对您填写的内容 */

const application = document.querySelector<HTMLElement>('[data-application]')

/** A community's name from the division tree the page embeds. */
function communityName(code: string): string {
  for (const district of pageData<SnapshotDistrict[]>(DIVISIONS_DATA) ?? []) {
    for (const street of district.streets) {
      const community = street.communities.find((each) => each.code === code)
      if (community) return `${district.name} ${street.name} ${community.name}`
    }
  }
  return code
}

function showForm(): void {
  if (checkPanel) checkPanel.hidden = true
  if (application) application.hidden = false
}

/** Back to one question from the check step (修改), focus on it. */
function changeAnswer(field: string): void {
  showForm()
  const target = document.getElementById(fieldId(field))
  const control = target instanceof HTMLFieldSetElement ? target.querySelector<HTMLElement>('input, select') : target
  control?.scrollIntoView({ block: 'center' })
  control?.focus()
}

function changeLink(field: string, label: string): HTMLAnchorElement {
  const link = document.createElement('a')
  link.href = `#${fieldId(field)}`
  link.className = 'summary-list__change'
  link.append('修改')
  const hidden = document.createElement('span')
  hidden.className = 'visually-hidden'
  hidden.textContent = label
  link.append(hidden)
  link.addEventListener('click', (event) => {
    event.preventDefault()
    changeAnswer(field)
  })
  return link
}

function summaryRow(label: string, value: string, field: string): HTMLElement {
  const row = document.createElement('div')
  const term = document.createElement('dt')
  term.textContent = label
  const detail = document.createElement('dd')
  detail.append(value, changeLink(field, label))
  row.append(term, detail)
  return row
}

/** The answers as the resident will send them, each with 修改; then 确认提交. */
function showCheck(): void {
  const container = checkPanel?.querySelector<HTMLElement>('[data-check-sections]')
  if (!checkPanel || !container) return
  const files = chosenFiles()
  const sections = reviewSections(definition!, readInput(), communityName)
  if (definition!.uploads.length) {
    sections.push({
      title: '上传材料',
      rows: definition!.uploads.map((upload, index) => {
        const names = files.filter((file) => file.upload === index).map(({ file }) => file.name)
        return { field: `uploads.${index}`, label: upload.material, value: names.join('、') || '未上传' }
      }),
    })
  }
  container.replaceChildren(
    ...sections.flatMap((section) => {
      const heading = document.createElement('h2')
      heading.textContent = section.title
      const list = document.createElement('dl')
      list.className = 'summary-list'
      list.append(...section.rows.map((row) => summaryRow(row.label, row.value, row.field)))
      return [heading, list]
    }),
  )
  if (application) application.hidden = true
  checkPanel.hidden = false
  window.scrollTo(0, 0)
  checkPanel.querySelector<HTMLElement>('#check-title')?.focus()
}

const FILES_TOO_LARGE = `上传的文件太大。${FILE_RULES_TEXT}。请压缩图片或减少文件后再提交。`
const FILES_WRONG_TYPE = '有的文件格式不支持，只能上传 JPG、PNG、WEBP 图片和 PDF 文件。请换成这些格式后再提交。'

async function submit(input: ApplicationInput, files: ChosenFile[]): Promise<void> {
  setSending(true, files.length ? '正在提交申请和上传材料，请不要关闭页面。' : '正在提交申请，请稍候。')
  idempotencyKey ??= newIdempotencyKey()
  const body = new FormData()
  // A 一件事's form names its bundle (the server merges its services' forms the same way).
  const bundleCode = form!.dataset.bundle
  body.append('application', JSON.stringify({ ...input, reuse: reuseChoice(form!), ...(bundleCode ? { bundleCode } : {}) }))
  for (const { file, upload } of files) body.append(`upload-${upload}`, file, file.name)
  // Opened from the hotline desk for a caller: the work order this application answers.
  const ticket = new URLSearchParams(location.search).get('ticket')
  if (ticket) body.append('ticket', ticket)
  let response: Response
  try {
    response = await fetch(`${apiBase(form)}/api/applications/${form!.dataset.bundle ? 'submit-bundle' : 'submit'}`, {
      method: 'POST',
      body,
      headers: { 'Idempotency-Key': idempotencyKey },
      // A signed-in resident's session, so the application lands in 我的.
      credentials: 'include',
    })
  } catch {
    setSending(false)
    showRefusal([{ message: '网络连接中断，申请可能没有送到。请检查网络后再按“确认提交”，不会重复提交。' }])
    return
  }
  const answer = await readJson<unknown>(response)
  setSending(false)
  if (response.ok && answer && !isErrorAnswer(answer)) {
    showConfirmation(answer as BundleSubmitAnswer | SubmitAnswer, input.applicant.email)
    return
  }
  const refusal = isErrorAnswer(answer) ? answer : null
  // Refused outright: nothing was stored, so the next attempt is a new request.
  if ([400, 413, 415, 422].includes(response.status)) idempotencyKey = undefined
  if (refusal?.code === 'IDEMPOTENCY_KEY_REUSED') {
    // An earlier attempt may have arrived before the form was changed; the next press sends the form as it is now.
    return showRefusal([{ message: '您的申请可能已经在网络中断前提交过了。不确定的，请拨打12345查询；要按现在填写的内容提交，请再按“确认提交”。' }])
  }
  const fieldErrors = refusal?.errors ?? []
  if ((response.status === 400 || response.status === 422) && fieldErrors.length) return showRefusal(fieldErrors)
  if (response.status === 413) return showRefusal(fieldErrors.length ? fieldErrors : [{ field: 'uploads', message: FILES_TOO_LARGE }])
  if (response.status === 415) return showRefusal(fieldErrors.length ? fieldErrors : [{ field: 'uploads', message: FILES_WRONG_TYPE }])
  if (response.status === 429) return showRefusal([{ message: `提交太频繁，${retryAfterText(response)}。` }])
  if (response.status === 400 || response.status === 422) return showRefusal([{ message: refusal?.message ?? GENERIC_FAILURE }])
  showRefusal([{ message: response.status >= 500 || !refusal?.message ? GENERIC_FAILURE : `${sentence(refusal.message)}如需帮助，请拨打12345。` }])
}

/* A signed-in resident's own details, filled in where the form is still empty */

async function prefill(target: HTMLFormElement): Promise<void> {
  // Opened from the hotline desk: the caller's details, not the agent's.
  if (new URLSearchParams(location.search).has('ticket')) return
  const details = await accountPrefill(apiBase(target))
  if (!details) return
  fillEmpty(target, 'applicant.name', details.name)
  fillEmpty(target, 'applicant.idNumber', details.idNumber)
  fillEmpty(target, 'applicant.phone', details.phone)
  if (details.divisionCode) chooseCommunity(pageData<SnapshotDistrict[]>(DIVISIONS_DATA) ?? [], details.divisionCode)
}

function start(): void {
  if (!form || !definition || !submitButton) return
  setUpDivisions(pageData<SnapshotDistrict[]>(DIVISIONS_DATA) ?? [])
  setUpDivisions(pageData<SnapshotDistrict[]>(DIVISIONS_DATA) ?? [], PARTY_DIVISION_FIELD)
  void prefill(form)
  setUpChecks()
  setUpReuse(
    form,
    (error) => updateFieldError(summary, 'reuse.consent', error?.message ?? null),
    () => shownFieldErrors(form).filter((field) => field.startsWith('uploads')).forEach((field) => recheck(field, false)),
  )
  applyConditions()
  submitButton.disabled = false
  form.addEventListener('submit', (event) => {
    event.preventDefault()
    const errors = currentErrors()
    if (errors.length) {
      if (summary) showProblems(form, summary, errors)
      return
    }
    clearErrors(form, summary)
    showCheck()
  })
  confirmButton?.addEventListener('click', () => {
    if (!sending) void submit(readInput(), chosenFiles())
  })
}

start()
