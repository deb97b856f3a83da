import type { Payload } from 'payload'

import type { Person } from '../../cms/payload-types'
import { citizenIdCheckCharacter } from '../../collections/validation/identity'
import { signedIn } from './users'

/** A valid ID number for a birth date and a sequence (odd: male). */
export const idNumber = (birth: string, sequence: number, region = '410105'): string => {
  const first17 = `${region}${birth.replaceAll('-', '')}${String(sequence).padStart(3, '0')}`
  return first17 + citizenIdCheckCharacter(first17)
}

let sequence = 100
/** A fresh valid ID number for this birth date. */
export const nextId = (birth = '1980-05-17') => idNumber(birth, (sequence += 2))

/** A person created as a signed-in registrar (community level unless `as` says otherwise). */
export async function createPerson(payload: Payload, data: Partial<Person> & { division: string }, as = 'registrar-community'): Promise<Person> {
  return payload.create({
    collection: 'persons',
    data: { name: '测试人', idNumber: nextId(), ...data } as never,
    user: await signedIn(payload, as),
    overrideAccess: false,
  })
}
