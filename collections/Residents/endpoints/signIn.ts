import type { Endpoint, PayloadRequest } from 'payload'

import type { Resident } from '../../../cms/payload-types'
import { resolvePlatformMode } from '../../../cms/config/mode'
import { returnRequest, takeRequest } from '../../../cms/lib/rateLimit'
import { withTransaction } from '../../../cms/lib/withTransaction'
import { PORTAL_PATHS } from '../../catalogue/portalPaths'
import { configuredPortalOrigin } from '../../catalogue/portalUrl'
import { html, htmlPage, wantsHtmlPage } from '../../endpoints/htmlAnswer'
import { assertWellFormed, readBody, textField } from '../../endpoints/readBody'
import type { FieldError } from '../../endpoints/refusal'
import { answer, handled, invalid } from '../../endpoints/respond'
import { RequestError } from '../../errors'
import { deliverAfterCommit } from '../../Notifications/deliver'
import { maskPhone } from '../../privacy/mask'
import { queueMessage } from '../../Notifications/queue'
import { passwordMatches, spendPasswordCheck } from '../../Users/lib/passwords'
import { RESIDENTS } from '../access'
import { checkSignInCode, issueSignInCode, mobileNumber, residentForCode, residentWithPhone, signedInResident } from '../lib/accounts'
import { PRIVACY_NOTICE_VERSION } from '../lib/notice'
import { endSessions, expiredSessionCookie, openSession } from '../lib/session'
import { CODE_MINUTES } from '../lib/signInCode'
import { renderMessage } from '../../Notifications/templates'
import { limitCodesToNumber, limitResidentClient, passwordTriesKey, residentLimits } from './guard'

/** The one answer to a code request, whether or not the number has an account. */
export const CODE_SENT = `验证码已发送到您的手机，${CODE_MINUTES}分钟内有效。`
const SIGN_IN_FAILED = '手机号码或密码不正确'

/** Where the portal's pages are: absolute when the portal has an origin of its own. */
export const portalPath = (path: string): string => `${configuredPortalOrigin()}${path}`

/** A form's checkbox or a script's boolean. */
export const ticked = (value: unknown): boolean => value === true || value === 'true' || value === 'on' || value === '1'

/** The demo-mode note with the code, for testers without an SMS gateway. */
const demoNote = (demoCode: string | undefined) =>
  demoCode ? html`<p class="callout callout--warning" data-demo-code><strong>演示模式：</strong>验证码是 ${demoCode}（正式运行时只通过短信发送）。</p>` : ''

/** The code form, as the page answering a browser's own form post (no JavaScript). */
function codeFormPage(phone: string, demoCode: string | undefined): Promise<Response> {
  const body = html`<h1>输入验证码</h1>
<p class="lead">${CODE_SENT}</p>
${demoNote(demoCode)}
<form method="post" action="/api/residents/sign-in" enctype="multipart/form-data">
<input type="hidden" name="phone" value="${phone}">
<div class="form-group"><label class="label" for="code">短信验证码</label><input class="input input--width-10" id="code" name="code" inputmode="numeric" autocomplete="one-time-code" maxlength="6"></div>
<div class="form-group"><div class="choices choices--checkboxes"><div class="choice"><input type="checkbox" id="consent" name="consent" value="on"><label for="consent">我已阅读并同意《个人信息保护说明》（首次登录时需要同意）</label></div></div>
<p><a href="${portalPath(PORTAL_PATHS.privacy())}">阅读《个人信息保护说明》</a></p></div>
<button type="submit" class="button">登录</button>
</form>
<p><a href="${portalPath(PORTAL_PATHS.mySignIn())}">没有收到？重新获取验证码</a></p>`
  return htmlPage({ title: '输入验证码', body })
}

/** A code sent to a signed-in resident's own number, to confirm a change on 我的. */
function confirmationCodePage(demoCode: string | undefined): Promise<Response> {
  const body = html`<h1>验证码已发送</h1>
<p class="lead">${CODE_SENT}请回到“我的”页面，在要确认的操作里填写验证码。</p>
${demoNote(demoCode)}
<p><a href="${portalPath(PORTAL_PATHS.my())}">返回“我的”</a></p>`
  return htmlPage({ title: '验证码已发送', body })
}

/**
 * `POST /api/residents/code` {phone}: text a six-digit sign-in code to the
 * number (through the outbox, within the number's SMS cap); signed in and
 * without a number, to the account's own number (to confirm a change). The answer is
 * the same whether or not the number has an account. In demo mode the
 * answer carries the code (`demoCode`), for testers without a gateway.
 */
export const sendCodeEndpoint: Endpoint = {
  path: '/code',
  method: 'post',
  handler: handled(async (req) => {
    await limitResidentClient(req, 'code')
    const body = await readBody(req)
    const errors: FieldError[] = []
    const typed = textField(body.fields, 'phone', errors, 32)
    assertWellFormed(errors)
    // Signed in, without a number: a code to confirm a change, to the account's own number.
    const own = typed.trim() ? null : await signedInResident(req).catch(() => null)
    const phone = own?.phone ?? mobileNumber(typed)
    await limitCodesToNumber(req, phone)
    const { code, notify } = await withTransaction(req.payload, async (tx) => {
      const resident = await residentForCode(tx, phone)
      const fresh = await issueSignInCode(tx, resident)
      const { subject, text } = await renderMessage(tx, 'resident.signInCode', { code: fresh, minutes: CODE_MINUTES })
      const sent = await queueMessage(tx, { resident: resident.id }, { subject, message: text, phone }, 'resident')
      return { code: fresh, notify: sent }
    })
    if (notify) deliverAfterCommit(req.payload)
    const demoCode = resolvePlatformMode() === 'demo' ? code : undefined
    if (wantsHtmlPage(req)) return own ? confirmationCodePage(demoCode) : codeFormPage(phone, demoCode)
    return answer(req, { message: CODE_SENT, expiresInSeconds: CODE_MINUTES * 60, ...(demoCode ? { demoCode } : {}) }, 202)
  }),
}

/** What the portal shows of the signed-in account. */
export const accountView = (resident: Resident) => ({
  phone: resident.phone ? maskPhone(resident.phone) : '',
  hasPassword: Boolean((resident as { hash?: unknown }).hash),
  realName: resident.realName?.status ? { status: resident.realName.status, name: resident.realName.name ?? '' } : null,
  privacyConsent: resident.privacyConsent ?? null,
  sensitiveConsent: resident.sensitiveConsent?.acceptedAt ? resident.sensitiveConsent : null,
  createdAt: resident.createdAt,
})

/** Signed in: the session cookie, and to a browser's own form post a 303 to 我的. */
function signedInAnswer(req: PayloadRequest, resident: Resident, cookie: string): Response {
  if (wantsHtmlPage(req)) return new Response(null, { status: 303, headers: { Location: portalPath(PORTAL_PATHS.my()), 'Set-Cookie': cookie, 'Cache-Control': 'no-store' } })
  return answer(req, { resident: accountView(resident) }, 200, { 'Set-Cookie': cookie })
}

/** Sign in with the code: the first sign-in needs the privacy notice accepted, and records when and which version. */
async function signInWithCode(req: PayloadRequest, phone: string, code: string, consent: boolean): Promise<Response> {
  const resident = await checkSignInCode(req, await residentWithPhone(req, phone), code, phone)
  if (resident.status === 'pending' && !consent) {
    throw invalid([{ field: 'consent', code: 'CONSENT_REQUIRED', message: '首次登录请阅读并同意《个人信息保护说明》' }])
  }
  const { cookie, signedIn } = await withTransaction(req.payload, async (tx) => {
    const updated = await tx.payload.update({
      collection: RESIDENTS,
      id: resident.id,
      data: {
        status: 'active',
        signInCode: { hash: null, expiresAt: null },
        ...(resident.status === 'pending' ? { privacyConsent: { acceptedAt: new Date().toISOString(), noticeVersion: PRIVACY_NOTICE_VERSION } } : {}),
      },
      overrideAccess: true,
      showHiddenFields: true,
      depth: 0,
      req: tx,
    })
    return { cookie: await openSession(tx, updated), signedIn: updated }
  })
  return signedInAnswer(req, signedIn, cookie)
}

/**
 * Sign in with the password the resident chose. Each try takes a place in
 * the number's limit from this address before the password is compared
 * (given back on success); a number without an account or password spends
 * the same time and gets the same answer.
 */
async function signInWithPassword(req: PayloadRequest, phone: string, password: string): Promise<Response> {
  const key = passwordTriesKey(req, phone)
  const decision = await takeRequest(req.payload, key, residentLimits.passwordPerNumber())
  if (!decision.allowed) throw new RequestError('SIGN_IN_THROTTLED', `密码错误次数太多，请${Math.ceil(decision.retryAfterSeconds / 60)}分钟后再试，或用短信验证码登录`, 429, { retryAfterSeconds: decision.retryAfterSeconds })
  const resident = await residentWithPhone(req, phone)
  const stored = resident?.status === 'active' ? (resident as { hash?: unknown; salt?: unknown }) : undefined
  const matches = stored?.hash ? await passwordMatches(stored, password) : (await spendPasswordCheck(password), false)
  if (!matches || !resident) throw new RequestError('SIGN_IN_FAILED', SIGN_IN_FAILED, 401)
  await returnRequest(req.payload, key, residentLimits.passwordPerNumber())
  const cookie = await withTransaction(req.payload, (tx) => openSession(tx, resident))
  return signedInAnswer(req, resident, cookie)
}

/**
 * `POST /api/residents/sign-in` {phone, code, consent} or {phone, password}:
 * sign in, creating the account on the first sign-in by code. Staff
 * accounts are not here: this finds residents only.
 */
export const signInEndpoint: Endpoint = {
  path: '/sign-in',
  method: 'post',
  handler: handled(async (req) => {
    await limitResidentClient(req, 'signIn')
    const body = await readBody(req)
    const errors: FieldError[] = []
    const typed = textField(body.fields, 'phone', errors, 32)
    const code = textField(body.fields, 'code', errors, 16).trim()
    const password = textField(body.fields, 'password', errors, 200)
    assertWellFormed(errors)
    const phone = mobileNumber(typed)
    if (password && !code) return signInWithPassword(req, phone, password)
    if (!code) throw invalid([{ field: 'code', code: 'REQUIRED', message: '请填写短信验证码' }])
    return signInWithCode(req, phone, code, ticked(body.fields.consent))
  }),
}

/**
 * `POST /api/residents/logout`: end this device's session (in place of
 * Payload's own logout, which would clear the staff cookie instead).
 */
export const signOutEndpoint: Endpoint = {
  path: '/logout',
  method: 'post',
  handler: handled(async (req) => {
    const resident = await signedInResident(req).catch(() => null)
    if (resident) await endSessions(req.payload, resident.id, { sid: resident._sid })
    const cookie = expiredSessionCookie()
    if (wantsHtmlPage(req)) return new Response(null, { status: 303, headers: { Location: portalPath(PORTAL_PATHS.mySignIn()), 'Set-Cookie': cookie, 'Cache-Control': 'no-store' } })
    return answer(req, { message: '已退出登录' }, 200, { 'Set-Cookie': cookie })
  }),
}
