import type { Payload } from 'payload'

import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'

import { RequestError } from '../../collections/errors'
import { ConfigError } from '../config/errors'

/**
 * The first real administrator of a fresh installation comes either from
 * YIZHAN_ADMIN_* environment variables or from a one-time setup link that the
 * start script prints. The link's token is kept only as a hash in Payload's
 * KV store, so every server instance sharing the database accepts it once.
 */

const SETUP_KEY = 'yizhan:first-admin-setup'
const SETUP_LINK_LIFETIME_MS = 24 * 60 * 60 * 1000

type StoredSetup = { expiresAt: number; tokenHash: string }

type FirstAdminInput = {
  email?: string
  name: string
  password: string
  username: string
}

export type FirstAdminState =
  | { status: 'awaiting-setup'; token: string }
  | { status: 'created'; username: string }
  | { status: 'ready' }

const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex')

/** Whether an active, non-demo administrator exists. */
export async function hasRealAdmin(payload: Payload): Promise<boolean> {
  const { totalDocs } = await payload.count({
    collection: 'users',
    where: {
      and: [
        { roles: { in: ['admin'] } },
        { isDemo: { not_equals: true } },
        { active: { not_equals: false } },
      ],
    },
  })
  return totalDocs > 0
}

async function createFirstAdmin(payload: Payload, input: FirstAdminInput): Promise<void> {
  const { docs } = await payload.find({
    collection: 'divisions',
    where: { level: { equals: 'city' } },
    sort: 'code',
    limit: 1,
    depth: 0,
  })
  const city = docs[0]
  if (!city) {
    throw new RequestError('NO_CITY_DIVISION', '尚未导入行政区划，无法创建管理员', 409)
  }
  await payload.create({
    collection: 'users',
    data: {
      username: input.username.trim(),
      email: input.email?.trim() || undefined,
      name: input.name.trim(),
      password: input.password,
      roles: ['admin'],
      division: city.id,
      active: true,
    },
  })
}

/**
 * Called at start: nothing to do if a real admin exists; otherwise create one
 * from the environment, or issue a fresh one-time setup token.
 */
export async function prepareFirstAdmin(
  payload: Payload,
  env: Record<string, string | undefined> = process.env,
): Promise<FirstAdminState> {
  if (await hasRealAdmin(payload)) {
    await payload.kv.delete(SETUP_KEY)
    return { status: 'ready' }
  }

  const username = env.YIZHAN_ADMIN_USERNAME?.trim()
  const password = env.YIZHAN_ADMIN_PASSWORD
  if (username || password) {
    if (!username || !password) {
      throw new ConfigError(
        'ADMIN_ENV_INCOMPLETE',
        '创建首个管理员需要同时设置 YIZHAN_ADMIN_USERNAME 和 YIZHAN_ADMIN_PASSWORD',
      )
    }
    await createFirstAdmin(payload, {
      username,
      password,
      name: env.YIZHAN_ADMIN_NAME?.trim() || '系统管理员',
      email: env.YIZHAN_ADMIN_EMAIL,
    })
    return { status: 'created', username }
  }

  const token = randomBytes(24).toString('base64url')
  const stored: StoredSetup = {
    tokenHash: hashToken(token),
    expiresAt: Date.now() + SETUP_LINK_LIFETIME_MS,
  }
  await payload.kv.set(SETUP_KEY, stored)
  return { status: 'awaiting-setup', token }
}

/** Whether `token` is the current, unexpired setup token. */
export async function isSetupTokenValid(payload: Payload, token: string): Promise<boolean> {
  const stored = await payload.kv.get<StoredSetup>(SETUP_KEY)
  if (!stored || stored.expiresAt < Date.now() || !token) return false
  const expected = Buffer.from(stored.tokenHash, 'hex')
  const actual = Buffer.from(hashToken(token), 'hex')
  return timingSafeEqual(expected, actual)
}

/**
 * Create the first administrator with a setup token. The token is claimed
 * before the account is written, so it works once; if the account cannot be
 * created (a weak password, say) the token is restored for another try.
 */
export async function redeemSetupToken(
  payload: Payload,
  token: string,
  input: FirstAdminInput,
): Promise<void> {
  if (!(await isSetupTokenValid(payload, token))) {
    throw new RequestError(
      'SETUP_LINK_INVALID',
      '设置链接无效、已使用或已过期。请重新启动服务以获取新的链接。',
      403,
    )
  }
  if (await hasRealAdmin(payload)) {
    await payload.kv.delete(SETUP_KEY)
    throw new RequestError('ALREADY_SET_UP', '系统已有管理员，请直接登录。', 409)
  }
  const stored = await payload.kv.get<StoredSetup>(SETUP_KEY)
  await payload.kv.delete(SETUP_KEY)
  try {
    await createFirstAdmin(payload, input)
  } catch (error) {
    if (stored) await payload.kv.set(SETUP_KEY, stored)
    throw error
  }
}
