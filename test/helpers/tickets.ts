import type { Payload } from 'payload'

import type { Ticket } from '../../cms/payload-types'
import { callEndpoint } from './endpoints'
import { divisionId, signedIn } from './users'

/** A work order taken by a desk agent (community level unless `as` says otherwise). */
export async function createTicket(payload: Payload, data: Partial<Ticket> & { divisionCode?: string } = {}, as = 'agent-community'): Promise<Ticket> {
  const { divisionCode = '410105001001', ...rest } = data
  return payload.create({
    collection: 'tickets',
    data: {
      channel: 'phone',
      kind: 'complaint',
      summary: '小区门口路灯不亮',
      content: '纬五路21号院门口的路灯连续三晚不亮，老人晚上出门不安全。',
      caller: { name: '王女士', phone: '13700001111' },
      division: await divisionId(payload, divisionCode),
      ...rest,
    } as never,
    user: await signedIn(payload, as),
    overrideAccess: false,
  })
}

/** Take a workflow action through the actions endpoint, as `username`. */
export const ticketAction = (payload: Payload, username: string, id: string, body: Record<string, string>) =>
  callEndpoint(payload, { collection: 'tickets', path: '/:id/actions', id, username, body })

/** The department's id by its code. */
export async function departmentId(payload: Payload, code: string): Promise<string> {
  const { docs } = await payload.find({ collection: 'departments', where: { code: { equals: code } }, depth: 0, limit: 1 })
  if (!docs[0]) throw new Error(`no department ${code}`)
  return docs[0].id
}
