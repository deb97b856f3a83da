import { readFile, stat } from 'node:fs/promises'
import path from 'node:path'

import type { PayloadRequest } from 'payload'

import { resolvePortalDir } from '../../cms/config/paths'
import { ANSWER_FRAME_FILE, ANSWER_SLOT, ANSWER_TITLE } from './answerPage'
import type { ErrorAnswer } from './refusal'

/**
 * Answers to plain HTML form posts. Every resident form works without
 * JavaScript: the browser posts the form itself, and the endpoint that
 * would answer a script with JSON answers the browser with a page instead,
 * in the portal's own frame (site/pages/answer.tsx).
 */

/** Markup that is already safe: built by `html`, never from raw input. */
export class Html {
  constructor(readonly markup: string) {}
  toString(): string {
    return this.markup
  }
}

type HtmlValue = Html | HtmlValue[] | false | null | number | string | undefined

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (char) => ESCAPES[char]!)

const markupOf = (value: HtmlValue): string => {
  if (value instanceof Html) return value.markup
  if (Array.isArray(value)) return value.map(markupOf).join('')
  if (value === false || value === null || value === undefined) return ''
  return escapeHtml(String(value))
}

/** A template tag: every interpolated value is escaped unless it is `Html`; arrays are joined; false, null and undefined vanish. */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): Html {
  return new Html(strings.reduce((markup, part, index) => markup + part + (index < values.length ? markupOf(values[index]) : ''), ''))
}

/**
 * Whether the browser itself posted a form and waits for a page: a form
 * encoding and an Accept that asks for HTML (the portal's scripts ask for
 * JSON; other systems do not ask for HTML).
 */
export function wantsHtmlPage(req: Pick<PayloadRequest, 'headers'>): boolean {
  const type = req.headers.get('content-type') ?? ''
  const formPost = type.startsWith('application/x-www-form-urlencoded') || type.startsWith('multipart/form-data')
  return formPost && (req.headers.get('accept') ?? '').includes('text/html')
}

/** A browser asking for a page (a GET from a link, the address bar or a plain GET form), not a script asking for JSON. */
export const asksForPage = (req: Pick<PayloadRequest, 'headers'>): boolean => (req.headers.get('accept') ?? '').includes('text/html')

/** The frame without the portal built: the same content, plainly. */
const BARE_FRAME = `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${ANSWER_TITLE} - 一站通</title><link rel="stylesheet" href="/assets/portal.css"></head><body><div class="container"><main id="main"><div id="${ANSWER_SLOT}"></div></main></div></body></html>`

let cachedFrame: { markup: string; mtimeMs: number; path: string } | null = null

/** The exported frame, re-read when a portal build replaced it. */
async function answerFrame(): Promise<string> {
  const file = path.join(resolvePortalDir(), ANSWER_FRAME_FILE)
  const info = await stat(file).catch(() => null)
  if (!info) return BARE_FRAME
  if (cachedFrame?.path !== file || cachedFrame.mtimeMs !== info.mtimeMs) {
    cachedFrame = { markup: await readFile(file, 'utf8'), mtimeMs: info.mtimeMs, path: file }
  }
  return cachedFrame.markup
}

/** A link in a page's trail, between 首页 and the page itself. */
export type Crumb = { href: string; label: string }

/** The frame's last crumb: the page itself, named by its title. */
const CURRENT_CRUMB = `<li aria-current="page">${ANSWER_TITLE}</li>`

/** A page in the portal's frame: `title` in the tab and at the end of the trail (首页 › the `crumbs` › title), `body` in the main column. */
export async function htmlPage({ body, crumbs = [], status = 200, title }: { body: Html; crumbs?: Crumb[]; status?: number; title: string }): Promise<Response> {
  const frame = (await answerFrame()).replace(CURRENT_CRUMB, () => html`${crumbs.map((crumb) => html`<li><a href="${crumb.href}">${crumb.label}</a></li>`)}`.markup + CURRENT_CRUMB)
  const page = frame.split(ANSWER_TITLE).join(escapeHtml(title)).replace(`<div id="${ANSWER_SLOT}"></div>`, () => body.markup)
  return new Response(page, {
    status,
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' },
  })
}

/** Words for the refusals a resident can meet, as the heading of the page. */
const REFUSAL_TITLES: Record<number, string> = {
  401: '请先登录',
  403: '不能这样操作',
  404: '没有找到',
  413: '上传的文件太大',
  429: '操作太频繁',
}

/**
 * A refusal as a page: what went wrong, each problem listed (GOV.UK's error
 * summary), and the way back. The browser keeps what was typed when the
 * resident goes back, so the page says to use its back button.
 */
export function refusalPage(refusal: ErrorAnswer, status: number): Promise<Response> {
  const title = status === 422 || status === 400 ? '提交没有成功' : REFUSAL_TITLES[status] ?? '没有办成'
  const problems = refusal.errors?.length ? refusal.errors.map((error) => error.message) : [refusal.message]
  const body = html`<h1>${title}</h1>
<div class="error-summary" role="alert" tabindex="-1"><h2 class="error-summary__title">请修改以下问题</h2><ul class="error-summary__list">${problems.map((problem) => html`<li>${problem}</li>`)}</ul></div>
<p>请按浏览器的“返回”键回到上一页修改，您填写的内容还在。</p>
<p>遇到困难，请拨打政务服务便民热线 <a class="phone" href="tel:12345">12345</a>（7×24小时）。</p>`
  return htmlPage({ body, status, title })
}
