import type { Payload, Where } from 'payload'

import type { StaffUser } from '../../access'

type Target = { label: string; value: string }

/**
 * The streets and communities the desk may dispatch an order to: the
 * streets of the agent's district (all streets for the city's desk, their
 * own street for a street's or community's desk), and the communities of
 * the order's street (or the agent's own street).
 */
export async function dispatchTargets(payload: Payload, user: StaffUser, orderStreet?: null | string): Promise<Target[]> {
  const scope = user.scope ?? {}
  const streets: Where = scope.street
    ? { code: { equals: scope.street } }
    : { and: [{ level: { equals: 'street' } }, scope.district ? { 'scope.district': { equals: scope.district } } : { 'scope.city': { equals: scope.city ?? '' } }] }
  const street = orderStreet ?? scope.street
  const { docs } = await payload.find({
    collection: 'divisions',
    where: street ? { or: [streets, { and: [{ level: { equals: 'community' } }, { 'scope.street': { equals: street } }] }] } : streets,
    sort: 'code',
    pagination: false,
    depth: 0,
    select: { name: true, level: true },
  })
  return docs.map((doc) => ({ value: String(doc.id), label: doc.level === 'community' ? `${doc.name}（社区）` : `${doc.name}（街道）` }))
}
