import { rmSync } from 'node:fs'
import { afterAll, describe, expect, it } from 'vitest'

import type { StatusAnswer, SubmitAnswer } from '../../collections/Applications/states'
import { stopPlatform, waitForBanner } from '../../scripts/lib/startedPlatform'
import { freePort, LOOPBACK, spawnStart, startEnv } from '../helpers/startScript'
import { seededCopy } from './browser'

/**
 * An application the server has acknowledged is stored, even if the server
 * is killed outright the moment after: a second platform on its own data
 * folder, with two server processes writing to the one SQLite file, is
 * started, sent applications at once, killed with SIGKILL and started again.
 */

const { dataDir, secret } = seededCopy('yizhan-kill-')
afterAll(() => rmSync(dataDir, { recursive: true, force: true }))

const application = {
  serviceCode: '030502',
  divisionCode: '410105001001',
  applicant: { name: '赵六', idNumber: '11010519491231002X', phone: '13800138000' },
  answers: { applicantType: '16至24岁失业青年', preferredIndustry: '其他' },
}

describe('a killed server', () => {
  it('keeps every application it acknowledged', async () => {
    const env = startEnv({ DATA_DIR: dataDir, PORT: String(await freePort()), YIZHAN_MODE: 'demo', PAYLOAD_SECRET: secret, WEB_CONCURRENCY: '2', TRUSTED_PROXIES: LOOPBACK })
    const first = spawnStart(env)
    const { baseUrl } = await waitForBanner(first, 5 * 60_000)

    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        fetch(`${baseUrl}/api/applications/submit`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': `192.0.2.${index}` },
          body: JSON.stringify(application),
        }),
      ),
    )
    expect(responses.every((response) => response.status === 201)).toBe(true)
    const acknowledged = (await Promise.all(responses.map((response) => response.json()))) as SubmitAnswer[]
    // No shutdown of any kind: the whole process group dies at once.
    process.kill(-first.pid!, 'SIGKILL')
    await new Promise((resolve) => first.once('exit', resolve))

    const second = spawnStart(env)
    try {
      const { baseUrl: again } = await waitForBanner(second, 5 * 60_000)
      for (const answer of acknowledged) {
        const response = await fetch(`${again}/api/applications/status?trackingNumber=${answer.trackingNumber}`, {
          headers: { 'X-Query-Code': answer.queryCode },
        })
        expect(response.status).toBe(200)
        expect(((await response.json()) as StatusAnswer).status).toBe('submitted')
      }
    } finally {
      await stopPlatform(second)
    }
  }, 12 * 60_000)
})
