import type { Payload } from 'payload'

import { copyFile, mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'

import type { SnapshotOpenData } from '../../../site/lib/snapshot'
import { publishedAnswers } from '../../../collections/statistics/public/answers'
import { publicFigures } from '../../../collections/statistics/public/figures'
import { listOpenData, OPEN_DATA_SCHEMA, openDataDir, SCHEMA_FILE } from '../openData'

const json = (value: unknown) => `${JSON.stringify(value, null, 1)}\n`

/**
 * The snapshot's public parts: figures.json (the public figures),
 * answers.json (published answers) and open-data.json (the bulk exports the
 * nightly job wrote, whose files are copied into open-data/ for the portal).
 * Regenerated on every portal build, so a nightly build and each published
 * answer bring them up to date.
 */
export async function writePublicParts(payload: Payload, workDir: string, sourceDir = openDataDir()): Promise<void> {
  const [figures, answers, files] = await Promise.all([publicFigures(payload), publishedAnswers(payload), listOpenData(sourceDir)])
  const targetDir = path.join(workDir, 'open-data')
  await mkdir(targetDir, { recursive: true })
  for (const file of files) await copyFile(path.join(sourceDir, file.name), path.join(targetDir, file.name))
  await writeFile(path.join(targetDir, SCHEMA_FILE), `${JSON.stringify(OPEN_DATA_SCHEMA, null, 2)}\n`)
  const openData: SnapshotOpenData = { files, schema: SCHEMA_FILE }
  await Promise.all([
    writeFile(path.join(workDir, 'figures.json'), json(figures)),
    writeFile(path.join(workDir, 'answers.json'), json(answers)),
    writeFile(path.join(workDir, 'open-data.json'), json(openData)),
  ])
}
