import type { CollectionSlug, Payload, PayloadRequest } from 'payload'

export type UpsertOutcome = 'created' | 'unchanged' | 'updated'
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
