import { describe, expect, it } from 'vitest'

import {
  hasRealAdmin,
  isSetupTokenValid,
  prepareFirstAdmin,
  redeemSetupToken,
} from '../../cms/setup/firstAdmin'
import { useTestPayload } from '../helpers/payload'
import { rejection } from '../helpers/users'

const payload = useTestPayload({ seeded: true })

const admin = { name: '系统管理员', username: 'city-admin', password: 'Zhengzhou-2026' }

describe('the first administrator', () => {
  it('does not count demo admins as real ones', async () => {
    expect(await hasRealAdmin(payload)).toBe(false)
  })

  it('needs both YIZHAN_ADMIN_USERNAME and YIZHAN_ADMIN_PASSWORD', async () => {
    await expect(prepareFirstAdmin(payload, { YIZHAN_ADMIN_USERNAME: 'root' })).rejects.toMatchObject({
      code: 'ADMIN_ENV_INCOMPLETE',
    })
  })

  it('issues a one-time link whose token is stored only as a hash', async () => {
    const state = await prepareFirstAdmin(payload, {})
    if (state.status !== 'awaiting-setup') throw new Error(`unexpected ${state.status}`)
    expect(state.token.length).toBeGreaterThanOrEqual(32)
    expect(await isSetupTokenValid(payload, state.token)).toBe(true)
    expect(await isSetupTokenValid(payload, `${state.token}x`)).toBe(false)
    const stored = JSON.stringify(await payload.kv.get('yizhan:first-admin-setup'))
    expect(stored).not.toContain(state.token)
  })

  it('keeps the link usable when the form is refused, and spends it on success', async () => {
    const state = await prepareFirstAdmin(payload, {})
    if (state.status !== 'awaiting-setup') throw new Error(`unexpected ${state.status}`)

    const weak = await rejection(redeemSetupToken(payload, state.token, { ...admin, password: 'short' }))
    expect(weak.status).toBe(400)
    expect(await isSetupTokenValid(payload, state.token)).toBe(true)

    await redeemSetupToken(payload, state.token, admin)
    expect(await hasRealAdmin(payload)).toBe(true)
    const { user } = await payload.login({
      collection: 'users',
      data: { username: admin.username, password: admin.password },
    })
    expect(user).toMatchObject({ roles: ['admin'], scope: { city: '410100000000', district: null } })

    const again = await rejection(redeemSetupToken(payload, state.token, { ...admin, username: 'second' }))
    expect(again).toMatchObject({ code: 'SETUP_LINK_INVALID', status: 403 })
  })

  it('issues no link once a real admin exists', async () => {
    expect(await prepareFirstAdmin(payload, {})).toEqual({ status: 'ready' })
    expect(await payload.kv.get('yizhan:first-admin-setup')).toBeNull()
  })

  it('refuses an expired link', async () => {
    await payload.kv.set('yizhan:first-admin-setup', { tokenHash: '00', expiresAt: Date.now() - 1 })
    expect(await isSetupTokenValid(payload, 'anything')).toBe(false)
    await payload.kv.delete('yizhan:first-admin-setup')
  })
})

describe('the first administrator from the environment', () => {
  it('is created once, at city level', async () => {
    const fresh = await payload.delete({
      collection: 'users',
      where: { username: { equals: admin.username } },
    })
    expect(fresh.docs).toHaveLength(1)
    const state = await prepareFirstAdmin(payload, {
      YIZHAN_ADMIN_USERNAME: 'env-admin',
      YIZHAN_ADMIN_PASSWORD: 'From-env-2026',
      YIZHAN_ADMIN_NAME: '环境变量管理员',
    })
    expect(state).toEqual({ status: 'created', username: 'env-admin' })
    expect(await prepareFirstAdmin(payload, {
      YIZHAN_ADMIN_USERNAME: 'env-admin',
      YIZHAN_ADMIN_PASSWORD: 'From-env-2026',
    })).toEqual({ status: 'ready' })
  })
})
