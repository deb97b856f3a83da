import type { PayloadRequest } from 'payload'

import type { Board, BoardMember, Resident } from '../../../cms/payload-types'
import { boardById } from '../../Boards/lookup'
import { PORTAL_PATHS } from '../../catalogue/portalPaths'
import { memberOf, speaksOn } from '../../community/membership'
import { html, type Html } from '../../endpoints/htmlAnswer'
import { relationId } from '../../relations'
import { optionalResident } from '../../Residents/lib/accounts'
import { chinaTime } from '../../Tickets/web/trackPage'
import type { PublicPhoto, ThreadListing } from '../listing'

/** Who is reading: the signed-in resident, their membership and its home board, when they have them. */
export type Reader = { resident: null | Resident; member?: BoardMember; home?: Board }

export async function readerOf(req: PayloadRequest): Promise<Reader> {
  const resident = await optionalResident(req)
  if (!resident) return { resident: null }
  const member = await memberOf(req, resident.id)
  const home = member ? await boardById(req, relationId(member.board)!) : undefined
  return { resident, member, home }
}

/** Whether the reader may write on `board` now (a confirmed member of it or of a community in its street). */
export const speaksHere = (reader: Reader, board: Board): boolean => Boolean(reader.member?.status !== 'pending' && reader.home && speaksOn(reader.home, board))

/** What stands in for a form the reader may not use: sign in, join, wait for the 居委会, or speak on their own board. */
export function writePrompt(reader: Reader, back: string, what: string): Html {
  if (!reader.resident) return html`<p><a href="${PORTAL_PATHS.mySignIn(back)}">登录</a>并加入本社区论坛后，就可以${what}。</p>`
  if (!reader.member) return html`<p><a href="${PORTAL_PATHS.communityJoin()}">加入社区论坛</a>后，就可以${what}。</p>`
  if (reader.member.status === 'pending') return html`<p>您的入坛申请正在等待居委会确认，确认后就可以${what}。</p>`
  return html`<p>您只能在自己所在社区和街道的论坛${what}。${reader.home ? html`<a href="${PORTAL_PATHS.communityBoard(reader.home.code!)}">去${reader.home.name}</a>` : ''}</p>`
}

/** Who wrote it and when, as the public sees it: nickname, Beijing time, IP province. */
export const byline = (post: { createdAt: string; ipProvince: string; nickname: string }): Html =>
  html`<span>${post.nickname}</span> · <time datetime="${post.createdAt}">${chinaTime(post.createdAt)}</time> · <span>IP属地：${post.ipProvince || '未知'}</span>`

/** A post's photos, each opening full size; described by their place, since residents give no captions. */
export const photoList = (photos: PublicPhoto[], of: string): Html | null =>
  photos.length ? html`<ul class="link-grid">${photos.map((photo, index) => html`<li><a href="${photo.url}"><img src="${photo.url}" alt="${of}的第${index + 1}张照片" width="160" loading="lazy"></a></li>`)}</ul>` : null

/** A list's address with these query parameters (those without a value left out). */
const withQuery = (base: string, query: Record<string, string | undefined>): string => {
  const params = new URLSearchParams(Object.entries(query).filter((entry): entry is [string, string] => Boolean(entry[1])))
  return `${base}${params.size ? `?${params}` : ''}`
}

/** Previous and next pages of a numbered list, keeping its other query parameters. */
export function pager(base: string, query: Record<string, string | undefined>, page: number, totalPages: number): Html | null {
  if (totalPages <= 1) return null
  const link = (to: number) => withQuery(base, { ...query, page: to > 1 ? String(to) : undefined })
  return html`<nav class="pager" aria-label="分页">${page > 1 ? html`<a href="${link(page - 1)}" rel="prev">上一页</a>` : html`<span></span>`}<span>第 ${page} 页，共 ${totalPages} 页</span>${page < totalPages ? html`<a href="${link(page + 1)}" rel="next">下一页</a>` : html`<span></span>`}</nav>`
}

/** Newer and older pages of a board's threads (paged by cursor, so without page numbers), keeping its other query parameters. */
export function threadPager(base: string, query: Record<string, string | undefined>, { newer, older }: Pick<ThreadListing, 'newer' | 'older'>): Html | null {
  if (!newer && !older) return null
  return html`<nav class="pager" aria-label="分页">${newer ? html`<a href="${withQuery(base, { ...query, after: newer })}" rel="prev">上一页</a>` : html`<span></span>`}${newer ? html`<a href="${withQuery(base, query)}">回到第一页</a>` : html`<span></span>`}${older ? html`<a href="${withQuery(base, { ...query, before: older })}" rel="next">下一页</a>` : html`<span></span>`}</nav>`
}
