import type { CollectionAfterChangeHook, PayloadRequest } from 'payload'

import type { Board } from '../../cms/payload-types'
import { lookupCache } from '../../cms/lib/lookupCache'
import { RequestError } from '../errors'

/** Every page and post of a board reads its settings: kept per process, forgotten on change. */
const boards = lookupCache<Board>()

/** The board of the community or street with this 12-digit code, or undefined. */
export const boardByCode = (req: PayloadRequest, code: string): Promise<Board | undefined> =>
  boards.get(`code:${code}`, async () => {
    if (!/^\d{12}$/.test(code)) return undefined
    const { docs } = await req.payload.find({ collection: 'boards', where: { code: { equals: code } }, depth: 0, limit: 1, pagination: false, overrideAccess: true, req })
    return docs[0]
  })

/** The board with this id, or undefined. */
export const boardById = (req: PayloadRequest, id: number | string): Promise<Board | undefined> =>
  boards.get(`id:${id}`, async () => (await req.payload.findByID({ collection: 'boards', id, depth: 0, overrideAccess: true, disableErrors: true, req })) ?? undefined)

export const forgetCachedBoards: CollectionAfterChangeHook = ({ doc }) => {
  boards.forget()
  return doc
}

/** The board of this code for a route, or 404. */
export async function boardForRoute(req: PayloadRequest, code: string): Promise<Board> {
  const board = await boardByCode(req, code)
  if (!board) throw new RequestError('NOT_FOUND', '没有找到这个社区论坛', 404)
  return board
}
