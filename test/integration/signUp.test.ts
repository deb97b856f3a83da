import { describe, expect, it } from 'vitest'

import { useTestPayload } from '../helpers/payload'

const payload = useTestPayload()

/** Payload's real REST route handler, as the Next app mounts it at /api/[...slug]. */
const restPost = async (slug: string[], body: unknown): Promise<Response> => {
  const { REST_POST } = await import('@payloadcms/next/routes')
  const { default: config } = await import('../../payload.config')
  const request = new Request(`http://localhost/api/${slug.join('/')}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  })
  return REST_POST(config)(request, { params: Promise.resolve({ slug }) })
}

describe('signing up on a fresh server', () => {
  it('refuses Payload\'s "first user" endpoint even when no account exists yet', async () => {
    expect((await payload.count({ collection: 'users' })).totalDocs).toBe(0)
    const response = await restPost(['users', 'first-register'], {
      username: 'first-comer',
      password: 'First-comer-2026',
      name: '抢先者',
      roles: ['admin'],
    })
    expect(response.status).toBe(403)
    const body = (await response.json()) as { errors: { data: { code: string }; message: string }[] }
    expect(body.errors[0]?.data.code).toBe('SIGN_UP_CLOSED')
    expect(body.errors[0]?.message).toContain('一次性设置链接')
    expect((await payload.count({ collection: 'users' })).totalDocs).toBe(0)
  })

  it('refuses an anonymous REST create as well', async () => {
    const response = await restPost(['users'], {
      username: 'anonymous',
      password: 'Anonymous-2026',
      name: '匿名',
      roles: ['admin'],
    })
    expect(response.status).toBe(403)
    expect((await payload.count({ collection: 'users' })).totalDocs).toBe(0)
  })
})
