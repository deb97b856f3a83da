import type { Payload } from 'payload'

import type { Service } from '../../cms/payload-types'
import type { SignedInUser } from './users'

/** The published guide with this code, as staff see it. */
export async function serviceByCode(payload: Payload, code: string): Promise<Service> {
  const { docs } = await payload.find({ collection: 'services', where: { code: { equals: code } }, depth: 0, limit: 1 })
  if (!docs[0]) throw new Error(`no service ${code}`)
  return docs[0]
}

/** Any one guide of this kind, e.g. an `online` service for form tests. */
export async function anyService(payload: Payload, kind: Service['kind']): Promise<Service> {
  const { docs } = await payload.find({
    collection: 'services',
    where: { kind: { equals: kind } },
    sort: 'code',
    depth: 0,
    limit: 1,
  })
  if (!docs[0]) throw new Error(`no ${kind} service`)
  return docs[0]
}

/** A copy of a guide's data without ids or system fields, for creating another one. */
export function guideData(service: Service, overrides: Partial<Service> = {}): Record<string, unknown> {
  const system = new Set(['createdAt', 'id', 'updatedAt'])
  const strip = (value: unknown): unknown =>
    Array.isArray(value)
      ? value.map(strip)
      : value && typeof value === 'object'
        ? Object.fromEntries(Object.entries(value).filter(([key]) => !system.has(key)).map(([k, v]) => [k, strip(v)]))
        : value
  return { ...(strip(service) as Record<string, unknown>), ...overrides }
}

/** Save a copy of `template` as a new draft guide, as `editor` would in the admin. */
export const saveDraft = (
  payload: Payload,
  editor: SignedInUser,
  template: Service,
  overrides: Partial<Service>,
): Promise<Service> =>
  payload.create({
    collection: 'services',
    data: guideData(template, { ...overrides, _status: 'draft' }) as never,
    draft: true,
    overrideAccess: false,
    user: editor,
  })

/** Let the centres `service` lists handle `code` too, as an editor does before publishing a new guide there. */
export async function centresAlsoHandle(payload: Payload, service: Service, code: string): Promise<void> {
  for (const centre of service.centres) {
    const id = typeof centre === 'object' ? centre.id : centre
    const { services } = await payload.findByID({ collection: 'service-centres', id, depth: 0 })
    await payload.update({ collection: 'service-centres', id, data: { services: [...(services ?? []), code] } })
  }
}
