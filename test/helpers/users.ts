import type { Payload } from 'payload'

import type { User } from '../../cms/payload-types'

export type SignedInUser = User & { collection: 'users' }

/** A user as Payload's auth strategies put it on `req.user`. */
export async function signedIn(payload: Payload, username: string): Promise<SignedInUser> {
  const { docs } = await payload.find({
    collection: 'users',
    where: { username: { equals: username } },
    depth: 0,
    limit: 1,
  })
  const user = docs[0]
  if (!user) throw new Error(`no user ${username}`)
  return { ...user, collection: 'users' }
}

/** The id of the division with this code. */
export async function divisionId(payload: Payload, code: string): Promise<string> {
  const { docs } = await payload.find({
    collection: 'divisions',
    where: { code: { equals: code } },
    depth: 0,
    limit: 1,
  })
  const division = docs[0]
  if (!division) throw new Error(`no division ${code}`)
  return division.id
}

/** What a rejected Local API call carries: the machine code, field errors, message and status. */
export async function rejection(
  promise: Promise<unknown>,
): Promise<{ code?: string; errors: { message: string; path: string }[]; message: string; status?: number }> {
  try {
    await promise
  } catch (error) {
    const { data, status, message } = error as {
      data?: { code?: string; errors?: { message: string; path: string }[] }
      message: string
      status?: number
    }
    return { code: data?.code, errors: data?.errors ?? [], status, message }
  }
  throw new Error('expected the call to be refused')
}
