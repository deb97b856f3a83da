import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, Payload, PayloadRequest } from 'payload'

import { type Screening, screenWith, WordMatcher } from './matcher'

export type { Screening } from './matcher'

/**
 * Each server process compiles the list once and keeps it. A change made in
 * this process drops it at once (forgetScreen); a change made in another one
 * bumps the list's version in Payload's key-value store, which each process
 * reads at most every CHECK_EVERY_MS — one indexed row — and recompiles when
 * it moved.
 */
const CHECK_EVERY_MS = 3_000
export const WORDS_VERSION_KEY = 'community-sensitive-words-version'
/** Set on a request's context to bump the version once after many writes (the bulk import) instead of once per word. */
export const BUMP_LATER = 'sensitiveWordsBumpLater'

type Screen = { checkedAt: number; matcher: WordMatcher; version: null | string }

let current: null | Screen = null
let loading: null | Promise<Screen> = null
/** Counts forgetScreen calls, so that a load begun before a change does not keep its older list. */
let generation = 0

const versionNow = async (payload: Payload): Promise<null | string> => (await payload.kv.get<{ version: string }>(WORDS_VERSION_KEY))?.version ?? null

/** The committed active words, compiled (read outside any transaction: a rolled-back edit never gets cached). */
async function load(payload: Payload): Promise<Screen> {
  const started = generation
  const version = await versionNow(payload)
  if (current && current.version === version) return { ...current, checkedAt: Date.now() }
  const { docs } = await payload.find({ collection: 'sensitive-words', where: { active: { equals: true } }, pagination: false, depth: 0, select: { word: true, action: true } })
  const screen = { checkedAt: Date.now(), matcher: new WordMatcher(docs), version }
  return started === generation ? screen : load(payload)
}

async function currentScreen(payload: Payload): Promise<Screen> {
  if (current && Date.now() - current.checkedAt < CHECK_EVERY_MS) return current
  loading ??= load(payload).then(
    (screen) => ((loading = null), (current = screen)),
    (error: unknown) => {
      loading = null
      throw error
    },
  )
  return loading
}

/** Check a resident's text (post, reply, nickname) against the city's sensitive words. */
export async function screenText(req: PayloadRequest, text: string): Promise<Screening> {
  return screenWith((await currentScreen(req.payload)).matcher, text)
}

/** Tell every process the list changed: in the writer's transaction, so a rolled-back change tells no one. */
export async function bumpWordsVersion(req: PayloadRequest): Promise<void> {
  generation += 1
  current = null
  await req.payload.db.upsert({
    collection: 'payload-kv',
    data: { key: WORDS_VERSION_KEY, data: { version: `${Date.now()}-${generation}-${Math.random().toString(36).slice(2)}` } },
    where: { key: { equals: WORDS_VERSION_KEY } },
    select: {},
    req,
  })
}

/** sensitive-words afterChange/afterDelete: this process screens with the new list at once, the others within seconds. */
export const forgetScreen: CollectionAfterChangeHook & CollectionAfterDeleteHook = async ({ doc, req }) => {
  if (!req.context[BUMP_LATER]) await bumpWordsVersion(req)
  return doc
}
