import { createLocalReq, type Payload } from 'payload'

import type { Board, Person, Resident } from '../../cms/payload-types'
import { residentWithPhone } from '../../collections/Residents/lib/accounts'
import { api, signInResident } from './residents'

/** The board of the community or street with this code. */
export async function boardOf(payload: Payload, code: string): Promise<Board> {
  const { docs } = await payload.find({ collection: 'boards', where: { code: { equals: code } }, depth: 0, limit: 1 })
  if (!docs[0]) throw new Error(`no board ${code}`)
  return docs[0]
}

/** A demo person living in `communityCode` (the population base), for a resident to verify as. */
export async function personIn(payload: Payload, communityCode: string, skip = 0): Promise<Person> {
  const { docs } = await payload.find({ collection: 'persons', where: { 'scope.community': { equals: communityCode } }, depth: 0, limit: 1, page: skip + 1, sort: 'createdAt' })
  if (!docs[0]) throw new Error(`no person in ${communityCode}`)
  return docs[0]
}

/** A signed-in resident whose real name is verified as `person`: their cookie and account. */
export async function verifiedResident(payload: Payload, phone: string, person: Pick<Person, 'idNumber' | 'name'>): Promise<{ cookie: string; resident: Resident }> {
  const cookie = await signInResident(payload, phone)
  const verified = await api(payload, '/api/residents/me/real-name', { cookie, body: { name: person.name, idNumber: person.idNumber, consent: true } })
  if (verified.status !== 200) throw new Error(`real-name check answered ${verified.status}`)
  return { cookie, resident: (await residentWithPhone(await createLocalReq({}, payload), phone))! }
}

/** A request for Local API calls made on a resident's behalf (endpoint-level helpers take a req). */
export const residentReq = (payload: Payload, resident?: Resident) => createLocalReq({ user: resident ? { ...resident, collection: 'residents' } : undefined }, payload)
