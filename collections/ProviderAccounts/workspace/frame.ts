import type { Endpoint, PayloadRequest } from 'payload'

import { withTransaction } from '../../../cms/lib/withTransaction'
import { PORTAL_PATHS } from '../../catalogue/portalPaths'
import { type Html, html, htmlPage, wantsHtmlPage } from '../../endpoints/htmlAnswer'
import { readBody, type RequestBody } from '../../endpoints/readBody'
import { answer, handled } from '../../endpoints/respond'
import { RequestError } from '../../errors'
import { portalPath } from '../../Residents/endpoints/signIn'
import { signedInAccount, type Workspace } from '../lib/accounts'
import { WORKSPACE_PATHS } from '../lib/paths'

/**
 * The provider's workspace (企业工作台): pages the API serves, which work
 * without JavaScript in the portal's frame. Every page and form acts as the
 * signed-in account (`req.user`), so the collections' access rules decide
 * what it reads and writes.
 */

export type { Workspace }

const SECTIONS = {
  orders: { label: '订单', path: WORKSPACE_PATHS.orders() },
  prices: { label: '价格', path: WORKSPACE_PATHS.prices() },
  workers: { label: '服务人员', path: WORKSPACE_PATHS.workers() },
  ratings: { label: '评价', path: WORKSPACE_PATHS.ratings() },
  company: { label: '企业信息', path: WORKSPACE_PATHS.company() },
  password: { label: '修改密码', path: WORKSPACE_PATHS.password() },
} as const
type Section = keyof typeof SECTIONS

/** The workspace's own navigation, the current section marked. */
const sectionNav = (current: Section): Html =>
  html`<nav aria-label="企业工作台"><ul class="tags">${Object.entries(SECTIONS).map(
    ([key, { label, path }]) => html`<li><a href="${path}"${key === current ? html` aria-current="page"` : ''}>${label}</a></li>`,
  )}</ul></nav>`

/** A page of the workspace: who is signed in, the sections, the page's own content, and signing out. */
export function workspacePage({ account, provider }: Workspace, section: Section, title: string, body: Html): Promise<Response> {
  return htmlPage({
    title,
    body: html`<p class="hint">企业工作台：${provider.name}（${account.name}）</p>
${sectionNav(section)}
<h1>${title}</h1>
${body}
<form method="post" action="/api/provider-accounts/logout" enctype="multipart/form-data"><button type="submit" class="button button--secondary">退出登录</button></form>`,
  })
}

const enterWorkspace = (req: PayloadRequest): Promise<Workspace | null> => signedInAccount(req).catch(() => null)

/** `GET` a workspace page; signed out, the browser is sent to the sign-in page. */
export const workspaceGet = (path: string, render: (req: PayloadRequest, workspace: Workspace) => Promise<Response>): Endpoint => ({
  path,
  method: 'get',
  handler: handled(
    async (req) => {
      const workspace = await enterWorkspace(req)
      if (!workspace) return new Response(null, { status: 303, headers: { Location: portalPath(PORTAL_PATHS.providerSignIn()), 'Cache-Control': 'no-store' } })
      return render(req, workspace)
    },
    { page: true },
  ),
})

/** What a workspace form did: where the browser goes next, and what a script is told. */
export type Done = { location: string; message: string }

/**
 * `POST` a workspace form: `work` runs in one transaction as the account;
 * a browser's form post is sent on to `location` (303), a script gets JSON.
 */
export const workspacePost = (path: string, work: (tx: PayloadRequest, workspace: Workspace, body: RequestBody, id: string) => Promise<Done>): Endpoint => ({
  path,
  method: 'post',
  handler: handled(async (req) => {
    const workspace = await enterWorkspace(req)
    if (!workspace) throw new RequestError('UNAUTHENTICATED', '请先登录企业账号', 401)
    const body = await readBody(req)
    const done = await withTransaction(req.payload, (tx) => work(tx, workspace, body, routeId(req)), req)
    if (wantsHtmlPage(req)) return new Response(null, { status: 303, headers: { Location: done.location, 'Cache-Control': 'no-store' } })
    return answer(req, { message: done.message })
  }),
})

/** The id in the route (`:id`). */
export const routeId = (req: PayloadRequest): string => String(req.routeParams?.id ?? '')

/** A money amount in yuan, as shown. */
export const yuan = (amount: null | number | undefined): string => (typeof amount === 'number' ? `${amount.toFixed(2)}元` : '—')

/** A list, or what to say when it is empty. */
export const tableOr = (rows: Html[], empty: string, head: string[], caption: string): Html =>
  rows.length
    ? html`<div class="table-scroll"><table><caption class="visually-hidden">${caption}</caption><thead><tr>${head.map((cell) => html`<th scope="col">${cell}</th>`)}</tr></thead><tbody>${rows}</tbody></table></div>`
    : html`<p>${empty}</p>`
