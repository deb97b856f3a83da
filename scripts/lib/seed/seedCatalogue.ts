import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { CollectionSlug, Payload, PayloadRequest } from 'payload'

import { type Catalogue, readValidatedService, type ServiceEntry } from './catalogue'
import {
  bundleData,
  centreData,
  type Id,
  type Ids,
  mediaData,
  serviceData,
  stageData,
  topicData,
} from './catalogueData'
import { emptyTally, fingerprint, seedDocument, seededDocuments, type Tally } from './upsert'

export type CatalogueReport = Record<'bundles' | 'centres' | 'media' | 'services' | 'stages' | 'topics', Tally>

export const emptyCatalogueReport = (): CatalogueReport => ({
  stages: emptyTally(),
  topics: emptyTally(),
  centres: emptyTally(),
  media: emptyTally(),
  services: emptyTally(),
  bundles: emptyTally(),
})

type Context = { ids: Ids; payload: Payload; req: PayloadRequest }

/** Seed a small collection whose files are all in memory. */
async function seedAll<T extends { code: string }>(
  { payload, req }: Context,
  collection: CollectionSlug,
  items: T[],
  toData: (item: T) => Record<string, unknown>,
  ids: Map<string, Id>,
  tally: Tally,
) {
  const existing = await seededDocuments(payload, req, collection)
  for (const item of items) {
    const data = toData(item)
    const { id, outcome } = await seedDocument({
      payload,
      req,
      collection,
      data,
      existing: existing.get(item.code),
      hash: fingerprint(data),
    })
    ids.set(item.code, id)
    tally[outcome] += 1
  }
}

async function seedMedia({ ids, payload, req }: Context, catalogue: Catalogue, tally: Tally) {
  const existing = await seededDocuments(payload, req, 'media', 'filename')
  for (const entry of catalogue.media) {
    const filePath = path.join(catalogue.mediaDir, entry.file)
    const data = { ...mediaData(entry), filename: entry.file }
    const { id, outcome } = await seedDocument({
      payload,
      req,
      collection: 'media',
      data,
      existing: existing.get(entry.file),
      hash: fingerprint({ data, file: await fileFingerprint(filePath) }),
      filePath,
      key: 'filename',
    })
    ids.media.set(entry.file, id)
    tally[outcome] += 1
  }
}

const fileFingerprint = async (file: string): Promise<string> =>
  fingerprint((await readFile(file)).toString('base64'))

/** Services are read one file at a time, so memory stays flat however large the catalogue. */
async function seedServices({ ids, payload, req }: Context, entries: ServiceEntry[], tally: Tally) {
  const existing = await seededDocuments(payload, req, 'services')
  for (const entry of entries) {
    const data = serviceData(await readValidatedService(entry), ids)
    const { id, outcome } = await seedDocument({
      payload,
      req,
      collection: 'services',
      data,
      existing: existing.get(entry.code),
      hash: fingerprint(data),
    })
    ids.services.set(entry.code, id)
    tally[outcome] += 1
  }
}

/** Write the whole catalogue, parents before children, inside the caller's transaction. */
export async function seedCatalogue(context: Context, catalogue: Catalogue): Promise<CatalogueReport> {
  const report = emptyCatalogueReport()
  const { ids } = context
  await seedAll(context, 'life-stages', catalogue.stages, stageData, ids.stages, report.stages)
  await seedAll(context, 'topics', catalogue.topics, (topic) => topicData(topic, ids), ids.topics, report.topics)
  await seedAll(
    context,
    'service-centres',
    catalogue.centres,
    (centre) => centreData(centre, ids),
    ids.centres,
    report.centres,
  )
  await seedMedia(context, catalogue, report.media)
  await seedServices(context, catalogue.services, report.services)
  await seedAll(
    context,
    'bundles',
    catalogue.bundles,
    (bundle) => bundleData(bundle, ids),
    new Map(),
    report.bundles,
  )
  return report
}
