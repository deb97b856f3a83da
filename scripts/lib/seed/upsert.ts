import { createHash } from 'node:crypto'
import type { CollectionSlug, Payload, PayloadRequest } from 'payload'

type UpsertOutcome = 'created' | 'unchanged' | 'updated'
export type Tally = Record<UpsertOutcome, number>

export const emptyTally = (): Tally => ({ created: 0, updated: 0, unchanged: 0 })

type Doc = Record<string, unknown> & { id: number | string }

const normalise = (value: unknown): unknown =>
  value === undefined || value === '' ? null : value

/** Whether every field the content sets already has that value in the document. */
const matches = (data: Record<string, unknown>, doc: Doc): boolean =>
  Object.entries(data).every(
    ([field, value]) =>
      JSON.stringify(normalise(value)) === JSON.stringify(normalise(doc[field])),
  )

type UpsertArgs = {
  collection: CollectionSlug
  /** The fields the content manages; a field left out of the file is cleared. */
  data: Record<string, unknown>
  /** Set only when the document is first created (e.g. an initial password). */
  dataOnCreate?: Record<string, unknown>
  key: string
  payload: Payload
  req: PayloadRequest
  tally: Tally
}

/**
 * Create the document whose `key` field equals `data[key]`, update it if the
 * content differs, or leave it alone. Goes through the Local API so hooks and
 * validation run exactly as they do for an editor.
 */
export async function upsertByKey({
  collection,
  data,
  dataOnCreate = {},
  key,
  payload,
  req,
  tally,
}: UpsertArgs): Promise<Doc> {
  const { docs } = await payload.find({
    collection,
    where: { [key]: { equals: data[key] } },
    depth: 0,
    limit: 1,
    pagination: false,
    req,
  })
  const existing = docs[0] as Doc | undefined
  let outcome: UpsertOutcome
  let doc: Doc
  if (!existing) {
    doc = (await payload.create({
      collection,
      data: { ...data, ...dataOnCreate } as never,
      depth: 0,
      req,
    })) as unknown as Doc
    outcome = 'created'
  } else if (matches(data, existing)) {
    doc = existing
    outcome = 'unchanged'
  } else {
    doc = (await payload.update({
      collection,
      id: existing.id,
      data: data as never,
      depth: 0,
      req,
    })) as unknown as Doc
    outcome = 'updated'
  }
  tally[outcome] += 1
  return doc
}

/** The seed fingerprint of some content: equal content, equal fingerprint. */
export const fingerprint = (value: unknown): string =>
  createHash('sha256').update(JSON.stringify(value)).digest('base64url')

type Seeded = { id: Doc['id']; seedHash: null | string }

/** Every document of a collection the seed manages, by code, with its fingerprint. */
export async function seededDocuments(
  payload: Payload,
  req: PayloadRequest,
  collection: CollectionSlug,
  key = 'code',
): Promise<Map<string, Seeded>> {
  const { docs } = await payload.find({
    collection,
    depth: 0,
    limit: 0,
    pagination: false,
    showHiddenFields: true,
    select: { [key]: true, seedHash: true },
    req,
  })
  return new Map(
    (docs as unknown as Record<string, unknown>[]).map((doc) => [
      String(doc[key]),
      { id: doc.id as Doc['id'], seedHash: (doc.seedHash as null | string | undefined) ?? null },
    ]),
  )
}

type SeedDocumentArgs = {
  collection: CollectionSlug
  data: Record<string, unknown>
  existing: Seeded | undefined
  /** Fingerprint of the content; null while the document is not complete yet. */
  hash: null | string
  payload: Payload
  req: PayloadRequest
  /** For uploads: the file to store with the document. */
  filePath?: string
  /** The field that names the document; the only one read back after writing. */
  key?: string
}

/**
 * Create or update one published catalogue document from its content file,
 * or leave it alone when the file has not changed since it was last seeded.
 * Edits made in the admin stay until the file itself changes.
 */
export async function seedDocument({
  collection,
  data,
  existing,
  filePath,
  hash,
  key = 'code',
  payload,
  req,
}: SeedDocumentArgs): Promise<{ id: Doc['id']; outcome: UpsertOutcome }> {
  if (existing && hash && existing.seedHash === hash) return { id: existing.id, outcome: 'unchanged' }
  const hasDrafts = Boolean(payload.collections[collection].config.versions?.drafts)
  const document = { ...data, seedHash: hash, ...(hasDrafts ? { _status: 'published' } : {}) }
  if (existing) {
    await payload.update({
      collection,
      id: existing.id,
      data: document as never,
      depth: 0,
      filePath,
      overwriteExistingFiles: true,
      select: { [key]: true } as never,
      req,
    })
    return { id: existing.id, outcome: 'updated' }
  }
  const created: { id: Doc['id'] } = await payload.create({
    collection,
    data: document as never,
    depth: 0,
    filePath,
    select: { [key]: true } as never,
    req,
  })
  return { id: created.id, outcome: 'created' }
}
