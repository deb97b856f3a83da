import type { Payload } from 'payload'

import { copyFile, mkdir, rename, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'

import type { SnapshotCatalogue, SnapshotServiceSummary } from '../../../site/lib/snapshot'
import { SNAPSHOT_DIR } from '../paths'
import { readLife } from './life'
import { writePublicParts } from './public'
import { publicPages, readStructure, toSnapshotBundle, toSnapshotService } from './read'

export type SnapshotReport = {
  bundles: number
  services: number
  /** Published guides left out because their topic, stage or department is not public. */
  skipped: string[]
  stages: number
  topics: number
}

const json = (value: unknown) => `${JSON.stringify(value, null, 1)}\n`

const summaryOf = (service: SnapshotServiceSummary): SnapshotServiceSummary => ({
  code: service.code,
  title: service.title,
  summary: service.summary,
  kind: service.kind,
  stage: service.stage,
  topic: service.topic,
  department: service.department,
  aliases: service.aliases,
  onlineDepth: service.onlineDepth,
  visits: service.visits,
  feeCharged: service.feeCharged,
  caseType: service.caseType,
  outcome: service.outcome,
  promisedDays: service.promisedDays,
  centres: service.centres,
})

/** Published uploads, copied from Payload's upload folder so the portal can be hosted anywhere. */
async function copyMediaFiles(payload: Payload, files: string[], targetDir: string): Promise<void> {
  const uploadDir = payload.collections.media.config.upload.staticDir ?? ''
  await mkdir(targetDir, { recursive: true })
  for (const file of files) await copyFile(path.join(uploadDir, file), path.join(targetDir, file))
}

/**
 * Write the portal's content snapshot: catalogue.json with the structure and
 * a summary of every guide, services/<code>.json with each whole guide,
 * life.json with 生活服务 (life.ts), and
 * the public figures, answers and open data (public.ts).
 * Written beside the old snapshot and swapped in at the end, so a site build
 * never reads half of one.
 */
export async function writeSnapshot(payload: Payload, targetDir = SNAPSHOT_DIR): Promise<SnapshotReport> {
  const workDir = `${targetDir}.partial-${process.pid}`
  await rm(workDir, { recursive: true, force: true })
  await mkdir(path.join(workDir, 'services'), { recursive: true })
  try {
    const structure = await readStructure(payload)
    await copyMediaFiles(payload, structure.mediaFiles, path.join(workDir, 'media'))
    const services: SnapshotServiceSummary[] = []
    const serviceCodes = new Map<string, string>()
    const skipped: string[] = []
    const featured: string[] = []
    for await (const docs of publicPages(payload, 'services')) {
      for (const doc of docs) {
        const service = toSnapshotService(doc, structure.codes)
        if (!service) {
          skipped.push(doc.code)
          continue
        }
        serviceCodes.set(doc.id, service.code)
        services.push(summaryOf(service))
        if (doc.featured) featured.push(service.code)
        await writeFile(path.join(workDir, 'services', `${service.code}.json`), json(service))
      }
    }
    const bundles = structure.bundles.flatMap((bundle) => toSnapshotBundle(bundle, structure.codes, serviceCodes) ?? [])
    const catalogue: SnapshotCatalogue = {
      generatedAt: new Date().toISOString(),
      cityName: structure.cityName,
      featured,
      stages: structure.stages,
      topics: structure.topics,
      departments: structure.departments,
      divisions: structure.divisions,
      centres: structure.centres,
      bundles,
      services,
    }
    await writeFile(path.join(workDir, 'catalogue.json'), json(catalogue))
    await writeFile(path.join(workDir, 'life.json'), json(await readLife(payload)))
    await writePublicParts(payload, workDir)

    await rm(targetDir, { recursive: true, force: true })
    await rename(workDir, targetDir)
    return {
      stages: structure.stages.length,
      topics: structure.topics.length,
      services: services.length,
      bundles: bundles.length,
      skipped,
    }
  } finally {
    await rm(workDir, { recursive: true, force: true })
  }
}
