import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

import { ROOT_DIR } from '../../cms/config/paths'
import { browserBundledFiles } from '../../cms/publish/browserBundle.mjs'

const eslint = new ESLint({ cwd: ROOT_DIR })

/** The messages of the browser-import rule for `code` linted as if it were the file at `filePath`. */
async function importRefusals(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath })
  return (result?.messages ?? []).filter((message) => message.ruleId === '@typescript-eslint/no-restricted-imports').map((message) => message.message)
}

describe('the modules bundled into the resident’s browser', () => {
  it('are found by running the portal build’s own esbuild options, shared modules of collections/ included', () => {
    const files = browserBundledFiles(ROOT_DIR)
    expect(files).toEqual(expect.arrayContaining(['site/client/apply.ts', 'collections/Applications/form/validate.ts', 'collections/Applications/form/dateParts.ts']))
    expect(files.filter((file) => file.startsWith('cms/'))).toEqual([])
  })

  it('may not import Payload, Node, Next or cms/ code, nor a package off the browser allowlist', async () => {
    const file = 'collections/Applications/form/dateParts.ts'
    const refusals = await importRefusals(
      file,
      [
        "import { getPayload } from 'payload'",
        "import { useAuth } from '@payloadcms/ui'",
        "import { readFileSync } from 'node:fs'",
        "import path from 'path'",
        "import { headers } from 'next/headers'",
        "import { ROOT_DIR } from '../../cms/config/paths'",
        "import { parse } from 'csv-parse/sync'",
        'export const used = [getPayload, useAuth, readFileSync, path, headers, ROOT_DIR, parse]',
      ].join('\n'),
    )
    expect(refusals).toHaveLength(7)
    expect(refusals[0]).toMatch(/Payload runs only on the server/)
    expect(refusals[2]).toMatch(/Node built-ins do not exist in the browser/)
    expect(refusals[5]).toMatch(/Code under cms\/ is server code/)
    expect(refusals[6]).toMatch(/browser allowlist/)
  })

  it('may not read Node’s globals', async () => {
    const [result] = await eslint.lintText('export const secret = process.env.PAYLOAD_SECRET ?? Buffer.from("")\n', { filePath: 'collections/Applications/form/dateParts.ts' })
    expect(result?.messages.filter((message) => message.ruleId === 'no-restricted-globals').map((message) => message.message)).toEqual([
      expect.stringMatching(/process is Node's/),
      expect.stringMatching(/Buffer is Node's/),
    ])
  })

  it('may import each other, allowlisted packages and types from anywhere', async () => {
    const code = [
      "import type { Payload } from 'payload'",
      "import type { Service } from '../../cms/payload-types'",
      "import { yearOf } from '../CalendarDays/workingDays'",
      "import * as OpenCC from 'opencc-js'",
      'export type Both = [Payload, Service]',
      'export const used = [yearOf, OpenCC]',
    ].join('\n')
    expect(await importRefusals('collections/Applications/form/dateParts.ts', code)).toEqual([])
  })

  it('leave server modules free to import the server', async () => {
    expect(await importRefusals('collections/errors.ts', "import { APIError } from 'payload'\nexport const used = APIError\n")).toEqual([])
  })
})
