import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { load } from 'js-yaml'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'

import { CONTENT_DIR } from '../../scripts/lib/seed'

/** The resident queries the portal search is measured against (hit@3). */
const QUERY_FILE = path.join(import.meta.dirname, '..', 'search', 'queries.yaml')

const STYLES = ['colloquial', 'alias', 'traditional', 'pinyin', 'initials', 'partial', 'miswritten'] as const
const querySchema = z.array(
  z.strictObject({
    query: z.string().trim().min(1),
    expect: z.array(z.string().regex(/^\d{6}$/)).min(1).max(3),
    style: z.enum(STYLES),
  }),
)

describe('the search query set', () => {
  const queries = querySchema.parse(load(readFileSync(QUERY_FILE, 'utf8')))
  const services = new Set(readdirSync(path.join(CONTENT_DIR, 'services')).map((file) => file.slice(0, 6)))

  it('has at least 100 distinct queries in every style, across all 16 life stages', () => {
    expect(queries.length).toBeGreaterThanOrEqual(100)
    expect(new Set(queries.map((entry) => entry.query)).size).toBe(queries.length)
    for (const style of STYLES) {
      expect(queries.filter((entry) => entry.style === style).length, style).toBeGreaterThanOrEqual(10)
    }
    const stages = new Set(queries.flatMap((entry) => entry.expect.map((code) => code.slice(0, 2))))
    expect(stages.size).toBe(16)
  })

  it('expects only guides that exist', () => {
    for (const entry of queries) {
      for (const code of entry.expect) expect(services.has(code), `${entry.query} → ${code}`).toBe(true)
    }
  })
})
