/**
 * "Query → the guides that answer it", as the portal's search ranks them:
 * shared by the hotline desk (answering a caller) and the 网上12345 form
 * (a resident naming the guide a request is about). Browser-only: the
 * index is loaded from beside the site.
 */
import { PORTAL_PATHS } from '../../../collections/catalogue/portalPaths'
import { loadPagefind, normalise } from './pagefindClient'
import { type PagefindResultData, rankedSearch } from './rankedSearch'

export type Guide = { code: string; summary: string; title: string; url: string }

/** A guide page's code: its address is PORTAL_PATHS.service(code), wherever the site is served from. */
const SERVICE_PAGE = new RegExp(PORTAL_PATHS.service('([^/]+)'))

/** A search result as a guide; only guide pages are indexed, so every result is one. */
export const guideOf = ({ meta, url }: PagefindResultData): Guide => ({
  url,
  code: decodeURIComponent(url.match(SERVICE_PAGE)?.[1] ?? ''),
  title: meta.title ?? url,
  summary: meta.summary ?? '',
})

/** The first `count` guides for what was typed, and how many were found in all. */
export async function findGuides(query: string, count: number): Promise<{ guides: Guide[]; total: number }> {
  const ranked = await rankedSearch(await loadPagefind(), await normalise(query))
  const guides = await Promise.all(ranked.slice(0, count).map(async (result) => guideOf(await result.data())))
  return { guides, total: ranked.length }
}
