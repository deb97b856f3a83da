import type { Endpoint, PayloadRequest } from 'payload'

import type { Resident } from '../../../cms/payload-types'
import { withTransaction } from '../../../cms/lib/withTransaction'
import { PORTAL_PATHS } from '../../catalogue/portalPaths'
import { html, htmlPage, wantsHtmlPage } from '../../endpoints/htmlAnswer'
import { assertWellFormed, readBody, textField } from '../../endpoints/readBody'
import type { FieldError } from '../../endpoints/refusal'
import { answer, handled, invalid } from '../../endpoints/respond'
import { checkIdNumber } from '../../Persons/options'
import { passwordMatches } from '../../Users/lib/passwords'
import { RESIDENTS } from '../access'
import { checkSignInCode, signedInResident, unlinkRecords } from '../lib/accounts'
import { residentData } from '../lib/export'
import { PRIVACY_NOTICE_VERSION } from '../lib/notice'
import { verifyRealName } from '../lib/realName'
import { expiredSessionCookie } from '../lib/session'
import { accountView, portalPath, ticked } from './signIn'

/** Answer a change: JSON to the portal's script, a short page to a browser's own form post. */
const done = (req: PayloadRequest, title: string, message: string, extra: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<Response> | Response =>
  wantsHtmlPage(req)
    ? htmlPage({ title, body: html`<h1>${title}</h1><p class="lead">${message}</p><p><a href="${portalPath(PORTAL_PATHS.my())}">返回“我的”</a></p>` }).then((page) => {
        for (const [name, value] of Object.entries(headers)) page.headers.set(name, value)
        return page
      })
    : answer(req, { message, ...extra }, 200, headers)

/**
 * The resident proves it is them again, before a change that matters: the
 * current password, or a fresh SMS code (POST /api/residents/code to their own number).
 */
async function confirmIdentity(req: PayloadRequest, resident: Resident, fields: Record<string, unknown>, errors: FieldError[]): Promise<void> {
  const currentPassword = textField(fields, 'currentPassword', errors, 200)
  const code = textField(fields, 'code', errors, 16).trim()
  assertWellFormed(errors)
  const stored = (await req.payload.db.findOne<Resident & { hash?: string; salt?: string }>({ collection: RESIDENTS, where: { id: { equals: resident.id } } }))!
  if (currentPassword && stored.hash) {
    if (await passwordMatches(stored, currentPassword)) return
    throw invalid([{ field: 'currentPassword', code: 'PASSWORD_WRONG', message: '当前密码不正确' }])
  }
  if (code) {
    await checkSignInCode(req, stored, code, stored.phone ?? '')
    return
  }
  throw invalid([{ field: 'code', code: 'CONFIRMATION_REQUIRED', message: stored.hash ? '请填写当前密码，或获取并填写短信验证码' : '请获取并填写短信验证码' }])
}

/** `GET /api/residents/me`: the signed-in account as the portal shows it (401 when nobody is signed in). */
export const meEndpoint: Endpoint = {
  path: '/me',
  method: 'get',
  handler: handled(async (req) => answer(req, { resident: accountView(await signedInResident(req)) })),
}

/**
 * `POST /api/residents/me/password` {password, currentPassword | code}: set
 * or change the optional password (staff's password policy); other devices
 * are signed out.
 */
export const passwordEndpoint: Endpoint = {
  path: '/me/password',
  method: 'post',
  handler: handled(async (req) => {
    const resident = await signedInResident(req)
    const { fields } = await readBody(req)
    const errors: FieldError[] = []
    const password = textField(fields, 'password', errors, 200)
    assertWellFormed(errors)
    if (!password) throw invalid([{ field: 'password', code: 'REQUIRED', message: '请填写新密码' }])
    await confirmIdentity(req, resident, fields, errors)
    // This device stays signed in; the others are signed out.
    const sessions = (resident.sessions ?? []).filter((session) => session.id === resident._sid)
    await withTransaction(req.payload, async (tx) => {
      await tx.payload.update({ collection: RESIDENTS, id: resident.id, data: { password, signInCode: { hash: null, expiresAt: null } }, overrideAccess: true, depth: 0, req: tx })
      await tx.payload.db.updateOne({ collection: RESIDENTS, id: resident.id, data: { sessions }, req: tx, returning: false })
    })
    return done(req, '密码已设置', '以后可以用手机号码和密码登录。其他设备上的登录已退出。')
  }),
}

/**
 * `POST /api/residents/me/real-name` {name, idNumber, consent}: real name
 * behind the scenes, with the separate consent for the ID number (a
 * sensitive value) recorded, checked against the population base.
 */
export const realNameEndpoint: Endpoint = {
  path: '/me/real-name',
  method: 'post',
  handler: handled(async (req) => {
    const resident = await signedInResident(req)
    const { fields } = await readBody(req)
    const errors: FieldError[] = []
    const name = textField(fields, 'name', errors, 50).trim()
    const idNumber = textField(fields, 'idNumber', errors, 18).trim().toUpperCase()
    assertWellFormed(errors)
    const problems: FieldError[] = []
    if (!name) problems.push({ field: 'name', code: 'REQUIRED', message: '请填写姓名' })
    const idProblem = idNumber ? checkIdNumber(idNumber) : '请填写公民身份号码'
    if (idProblem !== true) problems.push({ field: 'idNumber', code: 'ID_NUMBER', message: idProblem })
    if (!ticked(fields.consent)) problems.push({ field: 'consent', code: 'CONSENT_REQUIRED', message: '请勾选同意处理您的身份证号码' })
    if (problems.length) throw invalid(problems)
    const check = await verifyRealName(req, name, idNumber)
    const now = new Date().toISOString()
    await req.payload.update({
      collection: RESIDENTS,
      id: resident.id,
      data: {
        realName: { name, idNumber, status: check.status, person: check.person ?? null, checkedAt: now },
        sensitiveConsent: { acceptedAt: now, noticeVersion: PRIVACY_NOTICE_VERSION },
      },
      overrideAccess: true,
      depth: 0,
    })
    const message = check.status === 'verified' ? '实名信息已与人口库核对一致。' : '实名信息已保存（本人填报）。'
    return done(req, '实名信息已保存', message, { realName: { name, status: check.status } })
  }),
}

/** `GET /api/residents/me/export`: everything held about the resident, as a JSON file. */
export const exportEndpoint: Endpoint = {
  path: '/me/export',
  method: 'get',
  handler: handled(async (req) => {
    const resident = await signedInResident(req)
    const data = await residentData(req.payload, resident.id)
    return new Response(JSON.stringify(data, null, 2), {
      headers: {
        'Content-Type': 'application/json; charset=utf-8',
        'Content-Disposition': `attachment; filename="yizhan-my-data-${new Date().toISOString().slice(0, 10)}.json"`,
        'Cache-Control': 'no-store',
      },
    })
  }),
}

/**
 * `POST /api/residents/me/close` {code | currentPassword}: close the account.
 * Every session ends, the personal values are erased, the account stays as
 * a closed shell; cases remain as government records, unlinked.
 */
export const closeEndpoint: Endpoint = {
  path: '/me/close',
  method: 'post',
  handler: handled(async (req) => {
    const resident = await signedInResident(req)
    const { fields } = await readBody(req)
    await confirmIdentity(req, resident, fields, [])
    await withTransaction(req.payload, async (tx) => {
      await unlinkRecords(tx, [resident.id])
      await tx.payload.db.updateOne({
        collection: RESIDENTS,
        id: resident.id,
        data: {
          status: 'closed',
          closedAt: new Date().toISOString(),
          phone: null,
          // Free the number for a new account; the user name stays unique.
          username: `closed:${resident.id}`,
          hash: null,
          salt: null,
          sessions: [],
          signInCode: { hash: null, expiresAt: null },
          realName: { name: null, idNumber: null, status: null, person: null, checkedAt: null },
        },
        req: tx,
        returning: false,
      })
    })
    return done(req, '账号已注销', '您的账号已注销，所有设备上的登录已退出，个人信息已删除。已办理的事项作为政务记录保留，不再与账号关联。', {}, { 'Set-Cookie': expiredSessionCookie() })
  }),
}
