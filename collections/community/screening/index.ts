import AhoCorasick from 'modern-ahocorasick'
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

import type { WordAction } from '../words'

/** How long another server process may screen with a list changed elsewhere. */
const RELOAD_AFTER_MS = 30_000

/** What screening found, and what the post becomes: refused, held for review, shown with words masked, or shown as written. */
export type Screening = {
  outcome: 'block' | 'mask' | 'pass' | 'review'
  /** The text as it may be shown: masked words replaced by *. */
  text: string
  found: { action: WordAction; word: string }[]
}

type Screen = { actions: Map<string, WordAction>; loadedAt: number; matcher: AhoCorasick | null }

let current: null | Screen = null

/** The active words, compiled once per list (per process, reloaded after a change or RELOAD_AFTER_MS). */
async function loadScreen(req: PayloadRequest): Promise<Screen> {
  if (current && Date.now() - current.loadedAt < RELOAD_AFTER_MS) return current
  const { docs } = await req.payload.find({ collection: 'sensitive-words', where: { active: { equals: true } }, pagination: false, depth: 0, overrideAccess: true, select: { word: true, action: true }, req })
  const actions = new Map(docs.map((doc) => [normalise(doc.word), doc.action]))
  current = { actions, loadedAt: Date.now(), matcher: actions.size ? new AhoCorasick([...actions.keys()]) : null }
  return current
}

/** Full-width forms as half-width, Latin letters lower-case: how words and texts are compared. */
const normalise = (text: string): string => text.normalize('NFKC').toLowerCase()

const SEVERITY: Screening['outcome'][] = ['pass', 'mask', 'review', 'block']

/** Check a resident's text (post, reply, nickname) against the city's sensitive words. */
export async function screenText(req: PayloadRequest, text: string): Promise<Screening> {
  const { actions, matcher } = await loadScreen(req)
  const compared = normalise(text)
  // NFKC may change the length of a few rare characters; masking needs positions in the text as written.
  if (!matcher || compared.length !== text.length) return { outcome: 'pass', text, found: [] }
  const hits = matcher.search(compared)
  const found = [...new Map(hits.map(({ pattern }) => [pattern, { word: pattern, action: actions.get(pattern)! }])).values()]
  const outcome = found.reduce<Screening['outcome']>((worst, { action }) => (SEVERITY.indexOf(action) > SEVERITY.indexOf(worst) ? action : worst), 'pass')
  let shown = text
  for (const { start, end, pattern } of hits) {
    if (actions.get(pattern) === 'mask') shown = shown.slice(0, start) + '*'.repeat(end - start) + shown.slice(end)
  }
  return { outcome, text: shown, found }
}

/** sensitive-words afterChange/afterDelete: this process screens with the new list at once. */
export const forgetScreen: CollectionAfterChangeHook & CollectionAfterDeleteHook = ({ doc }) => {
  current = null
  return doc
}
