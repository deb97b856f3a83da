import { rmSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { stopPlatform, waitForBanner } from '../../scripts/lib/startedPlatform'
import { rawRequest } from '../helpers/rawHttp'
import { freePort, spawnStart, startEnv } from '../helpers/startScript'
import { seededCopy } from './browser'

/**
 * Per-client limits cannot be escaped by naming another client: a platform
 * with two server processes and no trusted proxy (the default) counts every
 * request from this machine as one client, whatever X-Forwarded-For says.
 * Each request goes on its own connection, so both processes take a share.
 */

const LIMIT = 5
const ATTEMPTS = 12
const { dataDir, secret } = seededCopy('yizhan-limits-')
let server: ReturnType<typeof spawnStart>
let baseUrl = ''

beforeAll(async () => {
  server = spawnStart(
    startEnv({
      DATA_DIR: dataDir,
      PORT: String(await freePort()),
      YIZHAN_MODE: 'demo',
      PAYLOAD_SECRET: secret,
      WEB_CONCURRENCY: '2',
      TRUSTED_PROXIES: undefined,
      APPLY_SUBMIT_LIMIT: `${LIMIT}/600`,
      APPLY_LOOKUP_LIMIT: `${LIMIT}/600`,
    }),
  )
  ;({ baseUrl } = await waitForBanner(server, 10 * 60_000))
}, 11 * 60_000)

afterAll(async () => {
  if (server) await stopPlatform(server)
  rmSync(dataDir, { recursive: true, force: true })
})

/** Statuses of ATTEMPTS requests, each claiming to come from another client. */
async function rotating(send: (forwardedFor: string) => Promise<number>): Promise<number[]> {
  const statuses: number[] = []
  for (let index = 0; index < ATTEMPTS; index += 1) statuses.push(await send(`198.51.100.${index + 1}`))
  return statuses
}

describe('a client rotating X-Forwarded-For', () => {
  it('gets 429 from the submit endpoint past the limit', async () => {
    const statuses = await rotating(async (forwardedFor) => {
      const answer = await rawRequest(`${baseUrl}/api/applications/submit`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': forwardedFor, 'X-Yizhan-Client-Address': forwardedFor },
        body: JSON.stringify({ serviceCode: '999999' }),
      })
      return answer.status
    })
    expect(statuses.filter((status) => status !== 429)).toHaveLength(LIMIT)
    expect(statuses.slice(LIMIT).every((status) => status === 429)).toBe(true)
  })

  it('gets 429 from the status look-up past the limit', async () => {
    const statuses = await rotating(async (forwardedFor) => {
      const answer = await rawRequest(`${baseUrl}/api/applications/status?trackingNumber=YZ0`, {
        headers: { 'X-Forwarded-For': forwardedFor, 'X-Query-Code': '000000' },
      })
      return answer.status
    })
    expect(statuses.filter((status) => status !== 429)).toHaveLength(LIMIT)
    expect(statuses.slice(LIMIT).every((status) => status === 429)).toBe(true)
  })
})
