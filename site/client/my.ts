/**
 * 登录 (/my/sign-in/) and 我的 (/my/): the residents' account pages. Each
 * form is a plain form post that works without JavaScript; this script
 * sends it with fetch instead, keeps the resident on the page and shows the
 * answer in place. The session is an HttpOnly cookie: the script never sees it.
 */
import { PORTAL_PATHS } from '../../collections/catalogue/portalPaths'
import type { FieldError } from '../../collections/endpoints/refusal'
import { clearErrors, type Problem, showProblems } from './formErrors'
import { GENERIC_FAILURE, isErrorAnswer, NETWORK_FAILURE, readJson, retryAfterText, sentence } from './http'

type AccountView = {
  hasPassword: boolean
  phone: string
  privacyConsent: null | { acceptedAt?: null | string; noticeVersion?: null | string }
  realName: null | { name: string; status: 'selfReported' | 'verified' }
}

const REAL_NAME_WORDS = { verified: '已核验（人口库）', selfReported: '本人填报' }

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
        if (answer) window.location.assign(PORTAL_PATHS.my())
      })
    })
  }
}

/* 我的 */

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
  fill(root, 'realName', realName ? `${realName.name}，${REAL_NAME_WORDS[realName.status]}` : '未填写')
  fill(root, 'password', hasPassword ? '已设置' : '未设置（用短信验证码登录）')
  fill(root, 'consent', privacyConsent?.acceptedAt ? `已同意（${privacyConsent.acceptedAt.slice(0, 10)}，版本 ${privacyConsent.noticeVersion ?? ''}）` : '—')
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
        if (status) status.textContent = answer.message ?? ''
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
