import type { Endpoint, PayloadRequest } from 'payload'

import { withTransaction } from '../../../cms/lib/withTransaction'
import { PORTAL_PATHS } from '../../catalogue/portalPaths'
import { wantsHtmlPage } from '../../endpoints/htmlAnswer'
import { assertWellFormed, readBody, textField } from '../../endpoints/readBody'
import type { FieldError } from '../../endpoints/refusal'
import { answer, handled, invalid } from '../../endpoints/respond'
import { RequestError } from '../../errors'
import { PROVIDER_ACCOUNTS } from '../../lifeServices/access'
import { portalPath } from '../../Residents/endpoints/signIn'
import { countSignInAttempt, forgiveSignInAttempt } from '../../Users/hooks/throttleSignIn'
import { passwordMatches, spendPasswordCheck } from '../../Users/lib/passwords'
import { accountNamed, providerMaySignIn, providerOf, signedInAccount } from '../lib/accounts'
import { WORKSPACE_PATHS } from '../lib/paths'
import { providerSession } from '../session'

/** The one answer to a failed sign-in: unknown name, wrong password, disabled account or a provider that has left. */
const SIGN_IN_FAILED = '用户名或密码不正确，或账号已停用'

/** A redirect for a browser's own form post, with the cookie it sets. */
const seeOther = (location: string, cookie: string): Response =>
  new Response(null, { status: 303, headers: { Location: location, 'Set-Cookie': cookie, 'Cache-Control': 'no-store' } })

/** What a script is told about the signed-in account. */
const accountView = (account: { id: number | string; name: string; username?: null | string }, providerName: string) => ({
  id: account.id,
  name: account.name,
  username: account.username ?? '',
  provider: providerName,
})

/**
 * Whether the password is this account's, and the account may work: the
 * comparison runs whether or not the name has an account, so the answer and
 * its timing are the same for an unknown name and a wrong password.
 */
async function checkedAccount(req: PayloadRequest, username: string, password: string) {
  const account = await accountNamed(req, username)
  const matches = account?.hash ? await passwordMatches(account, password) : (await spendPasswordCheck(password), false)
  if (!matches || !account || account.active === false) return null
  const provider = await providerOf(req, account)
  return providerMaySignIn(provider) ? { account, provider } : null
}

/**
 * `POST /api/provider-accounts/sign-in` {username, password}: sign a
 * provider's account in (the `yizhan-provider` cookie). Failures count per
 * client address and per account from that address, as staff sign-in does.
 */
export const signInEndpoint: Endpoint = {
  path: '/sign-in',
  method: 'post',
  handler: handled(async (req) => {
    const { fields } = await readBody(req)
    const errors: FieldError[] = []
    const username = textField(fields, 'username', errors, 100)
    const password = textField(fields, 'password', errors, 200)
    assertWellFormed(errors)
    const missing: FieldError[] = [
      ...(username.trim() ? [] : [{ field: 'username', code: 'REQUIRED', message: '请填写用户名' }]),
      ...(password ? [] : [{ field: 'password', code: 'REQUIRED', message: '请填写密码' }]),
    ]
    if (missing.length) throw invalid(missing)
    const counted = await countSignInAttempt(req, username.trim().toLowerCase(), `${PROVIDER_ACCOUNTS}:`)
    const found = await checkedAccount(req, username, password)
    if (!found) throw new RequestError('SIGN_IN_FAILED', SIGN_IN_FAILED, 401)
    await forgiveSignInAttempt(req, counted)
    const cookie = await withTransaction(req.payload, (tx) => providerSession.openSession(tx, found.account))
    if (wantsHtmlPage(req)) return seeOther(WORKSPACE_PATHS.orders(), cookie)
    return answer(req, { account: accountView(found.account, found.provider.name) }, 200, { 'Set-Cookie': cookie })
  }),
}

/** `POST /api/provider-accounts/logout`: end this device's session (Payload's own logout would clear the staff cookie). */
export const signOutEndpoint: Endpoint = {
  path: '/logout',
  method: 'post',
  handler: handled(async (req) => {
    const account = await providerSession.accountFromCookie(req.payload, req.headers, req)
    if (account) await providerSession.endSessions(req.payload, account.id, { sid: account._sid })
    const cookie = providerSession.expiredSessionCookie()
    if (wantsHtmlPage(req)) return seeOther(portalPath(PORTAL_PATHS.providerSignIn()), cookie)
    return answer(req, { message: '已退出登录' }, 200, { 'Set-Cookie': cookie })
  }),
}

/** `GET /api/provider-accounts/me`: the signed-in account (401 when nobody is). */
export const meEndpoint: Endpoint = {
  path: '/me',
  method: 'get',
  handler: handled(async (req) => {
    const { account, provider } = await signedInAccount(req)
    return answer(req, { account: accountView(account, provider.name) })
  }),
}

/**
 * `POST /api/provider-accounts/me/password` {currentPassword, password}:
 * change the account's password (staff's password policy); this device stays
 * signed in, every other session ends.
 */
export const passwordEndpoint: Endpoint = {
  path: '/me/password',
  method: 'post',
  handler: handled(async (req) => {
    const { account } = await signedInAccount(req)
    const { fields } = await readBody(req)
    const errors: FieldError[] = []
    const currentPassword = textField(fields, 'currentPassword', errors, 200)
    const password = textField(fields, 'password', errors, 200)
    assertWellFormed(errors)
    if (!password) throw invalid([{ field: 'password', code: 'REQUIRED', message: '请填写新密码' }])
    const stored = await accountNamed(req, account.username ?? '')
    if (!stored || !(await passwordMatches(stored, currentPassword))) throw invalid([{ field: 'currentPassword', code: 'PASSWORD_WRONG', message: '当前密码不正确' }])
    // Acting as the account, Payload keeps this device's session and ends the others.
    await withTransaction(req.payload, (tx) => tx.payload.update({ collection: PROVIDER_ACCOUNTS, id: account.id, data: { password }, overrideAccess: true, depth: 0, req: tx }), req)
    if (wantsHtmlPage(req)) return new Response(null, { status: 303, headers: { Location: WORKSPACE_PATHS.orders(), 'Cache-Control': 'no-store' } })
    return answer(req, { message: '密码已修改，其他设备上的登录已退出' })
  }),
}
