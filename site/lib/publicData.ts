import { readFileSync } from 'node:fs'
import path from 'node:path'

import { snapshotDir } from './catalogue'
import type { PublicAnswer, PublicDecision, PublicFigures, SnapshotOpenData } from './snapshot'

/**
 * The snapshot's public parts (cms/publish/snapshot/public.ts), read at
 * build time: the figures, the published answers and decisions, and the open data list.
 */
const read = <T,>(file: string): T => JSON.parse(readFileSync(path.join(snapshotDir(), file), 'utf8')) as T

let figures: PublicFigures | undefined
export const publicFigures = (): PublicFigures => (figures ??= read<PublicFigures>('figures.json'))
export const publishedAnswers = (): PublicAnswer[] => read<PublicAnswer[]>('answers.json')
export const publishedDecisions = (): PublicDecision[] => read<PublicDecision[]>('decisions.json')
export const openData = (): SnapshotOpenData => read<SnapshotOpenData>('open-data.json')
