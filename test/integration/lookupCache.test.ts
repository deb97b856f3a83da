import { createLocalReq } from 'payload'
import { describe, expect, it } from 'vitest'

import { communityByCode, divisionById } from '../../collections/Divisions/lookup'
import { publishedService } from '../../collections/Services/publishedService'
import { serviceByCode } from '../helpers/catalogue'
import { useTestPayload } from '../helpers/payload'

const payload = useTestPayload({ seeded: true })

/**
 * Services and divisions are cached per process for the submit endpoint and
 * the scope hooks; the collections' hooks must make every change visible at
 * once, or a resident could apply for a service an editor just withdrew.
 */
describe('cached look-ups of services and divisions', () => {
  it('answers with the service as just edited, and stops answering once it is unpublished', async () => {
    const req = await createLocalReq({}, payload)
    const service = await serviceByCode(payload, '030502')
    expect((await publishedService(req, '030502'))?.title).toBe(service.title)

    await payload.update({ collection: 'services', id: service.id, data: { promisedDays: service.promisedDays + 1 } })
    expect((await publishedService(req, '030502'))?.promisedDays).toBe(service.promisedDays + 1)

    await payload.update({ collection: 'services', id: service.id, data: { _status: 'draft' } })
    expect(await publishedService(req, '030502')).toBeUndefined()
    expect(await publishedService(req, '999999')).toBeUndefined()
  })

  it('answers with a division as just renamed, and finds only communities by code', async () => {
    const req = await createLocalReq({}, payload)
    const { docs } = await payload.find({ collection: 'divisions', where: { level: { equals: 'community' } }, limit: 1, depth: 0 })
    const community = docs[0]!
    expect(await communityByCode(req, community.code)).toMatchObject({ id: community.id, name: community.name })
    expect(await divisionById(req, community.id)).toMatchObject({ code: community.code })

    await payload.update({ collection: 'divisions', id: community.id, data: { name: `${community.name}（新）` } })
    expect((await divisionById(req, community.id))?.name).toBe(`${community.name}（新）`)
    expect((await communityByCode(req, community.code))?.name).toBe(`${community.name}（新）`)

    const street = community.code.slice(0, 9) + '000'
    expect(await communityByCode(req, street)).toBeUndefined()
  })
})
