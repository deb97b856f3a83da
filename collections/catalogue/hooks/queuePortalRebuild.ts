import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionSlug, PayloadRequest } from 'payload'

import { PORTAL_QUEUE } from '../../../cms/publish/queue'

/** Edits within this long of each other share one rebuild. */
export const REBUILD_DEBOUNCE_MS = 10_000

/** Set on a request's context by callers that build the portal themselves (the seed before `npm start`). */
export const SKIP_PORTAL_REBUILD = 'skipPortalRebuild'

type Versioned = { _status?: 'draft' | 'published' | null; updatedAt?: string }

/** Queue a debounced portal rebuild in the request's transaction (also for published answers, collections/statistics/public/). */
export async function queuePortalRebuild(req: PayloadRequest, reason: string): Promise<void> {
  if (req.context[SKIP_PORTAL_REBUILD]) return
  await req.payload.jobs.queue({
    task: 'rebuildPortal',
    queue: PORTAL_QUEUE,
    input: { reason },
    waitUntil: new Date(Date.now() + REBUILD_DEBOUNCE_MS),
    req,
  })
}

/**
 * Whether a change alters what the public sees. Collections without drafts:
 * always. With drafts: publishing or editing the published version (the saved
 * document is published), or unpublishing (the main document itself was just
 * written, as a draft). Saving a draft leaves the main document untouched.
 */
async function changesPublicContent(
  collection: CollectionSlug,
  doc: Versioned & { id: number | string },
  operation: 'create' | 'update',
  req: PayloadRequest,
): Promise<boolean> {
  if (doc._status === undefined || doc._status === 'published') return true
  if (operation === 'create') return false
  const main = (await req.payload.findByID({ collection, id: doc.id, depth: 0, draft: false, req })) as Versioned
  return main.updatedAt === doc.updatedAt
}

const describe = (collection: CollectionSlug, doc: Record<string, unknown>) =>
  `${collection} ${String(doc.code ?? doc.filename ?? doc.id)}`

/** Queue a portal rebuild when a catalogue document's public version changes. */
const queuePortalRebuildOnChange: CollectionAfterChangeHook = async ({ collection, doc, operation, req }) => {
  if (await changesPublicContent(collection.slug, doc, operation, req)) {
    await queuePortalRebuild(req, `${describe(collection.slug, doc)} 已修改`)
  }
  return doc
}

const queuePortalRebuildOnDelete: CollectionAfterDeleteHook = async ({ collection, doc, req }) => {
  await queuePortalRebuild(req, `${describe(collection.slug, doc)} 已删除`)
}

/** The hooks every collection the portal shows carries. */
export const portalRebuildHooks = {
  afterChange: [queuePortalRebuildOnChange],
  afterDelete: [queuePortalRebuildOnDelete],
}
