/**
 * The browser side of searching the guides, shared by the portal's search
 * page and the hotline desk in the admin (which the same server serves, so
 * the index is at the same address): Pagefind loaded once from beside the
 * site, and queries normalised as the index expects.
 */
import { correctQuery } from './corrections'
import { hasChineseCharacters, tidyQuery } from './queryText'
import type { PagefindApi } from './rankedSearch'

type Pagefind = PagefindApi & {
  init: () => Promise<void>
  options: (options: object) => Promise<void>
}

/** The index lives beside the site; a variable path (and the bundlers' ignore hints) keep it from being resolved at build time. */
const PAGEFIND_URL = '/pagefind/pagefind.js'
let pagefind: Promise<Pagefind> | undefined
export const loadPagefind = (): Promise<Pagefind> =>
  (pagefind ??= import(/* webpackIgnore: true */ /* @vite-ignore */ PAGEFIND_URL).then(async (module: Pagefind) => {
    await module.options({ excerptLength: 0 })
    await module.init()
    return module
  }))

let toSimplified: Promise<(query: string) => string> | undefined
const loadSimplifier = () => (toSimplified ??= import('./normaliseQuery').then((module) => module.normaliseQuery))

/**
 * Traditional characters to simplified (the dictionary loads only when a
 * query has Chinese characters), then known miswritings to the guides'
 * wording (corrections.ts).
 */
export async function normalise(query: string): Promise<string> {
  const tidy = tidyQuery(query)
  if (!hasChineseCharacters(tidy)) return tidy
  return correctQuery((await loadSimplifier())(tidy))
}

/** Load the index and the dictionary before the first query, on a screen that is there to search (the desk). */
export function warmSearch(): void {
  void loadPagefind()
  void loadSimplifier()
}
