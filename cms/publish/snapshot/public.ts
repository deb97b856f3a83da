import type { Payload } from 'payload'

import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'

import type { SnapshotOpenData } from '../../../site/lib/snapshot'
import { publishedAnswers } from '../../../collections/statistics/public/answers'
import { publishedDecisions } from '../../../collections/statistics/public/decisions'
import { publicFigures, type PublicFigures } from '../../../collections/statistics/public/figures'
import { listOpenData, OPEN_DATA_SCHEMA, openDataDir, SCHEMA_FILE } from '../openData'

const json = (value: unknown) => `${JSON.stringify(value, null, 1)}\n`

/** The public figures as last computed, kept beside the exports between portal builds. */
const FIGURES_FILE = 'figures.json'

/**
 * Compute the public figures for the whole city and keep them for the portal
 * builds that follow. The nightly job calls this: at a city's size the
 * figures read every rating and take seconds, which a guide's publication
 * should not wait for.
 */
export async function refreshPublicFigures(payload: Payload, dir = openDataDir()): Promise<PublicFigures> {
  const figures = await publicFigures(payload)
  await mkdir(dir, { recursive: true })
  await writeFile(path.join(dir, FIGURES_FILE), json(figures))
  return figures
}

/** The kept figures, or new ones when none are kept yet (the first build). */
async function keptFigures(payload: Payload, dir: string): Promise<PublicFigures> {
  const kept = await readFile(path.join(dir, FIGURES_FILE), 'utf8').catch(() => null)
  return kept ? (JSON.parse(kept) as PublicFigures) : refreshPublicFigures(payload, dir)
}

/**
 * The snapshot's public parts: figures.json (the public figures, as the
 * nightly job last computed them), answers.json and decisions.json (published
 * answers and the decisions on groups of demands, read on every build so
 * each shows at once) and open-data.json (the
 * bulk exports the nightly job wrote, whose files are copied into open-data/
 * for the portal).
 */
export async function writePublicParts(payload: Payload, workDir: string, sourceDir = openDataDir()): Promise<void> {
  const [figures, answers, decisions, files] = await Promise.all([keptFigures(payload, sourceDir), publishedAnswers(payload), publishedDecisions(payload), listOpenData(sourceDir)])
  const targetDir = path.join(workDir, 'open-data')
  await mkdir(targetDir, { recursive: true })
  for (const file of files) await copyFile(path.join(sourceDir, file.name), path.join(targetDir, file.name))
  await writeFile(path.join(targetDir, SCHEMA_FILE), `${JSON.stringify(OPEN_DATA_SCHEMA, null, 2)}\n`)
  const openData: SnapshotOpenData = { files, schema: SCHEMA_FILE }
  await Promise.all([
    writeFile(path.join(workDir, 'figures.json'), json(figures)),
    writeFile(path.join(workDir, 'answers.json'), json(answers)),
    writeFile(path.join(workDir, 'decisions.json'), json(decisions)),
    writeFile(path.join(workDir, 'open-data.json'), json(openData)),
  ])
}
