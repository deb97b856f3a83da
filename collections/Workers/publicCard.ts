import type { PayloadRequest } from 'payload'

import type { Worker } from '../../cms/payload-types'
import { chinaDate } from '../CalendarDays/workingDays'
import { maskName } from '../privacy/mask'
import { PROVIDERS } from '../Providers/states'
import { relationId, type Relation } from '../relations'
import { type WorkerColour, workerStatus } from './status'

/**
 * What anyone holding a worker's card number may learn about the worker:
 * the colour as of today with its reasons in words, the masked name, the
 * employer and its public service phone, the categories, the rating. Never
 * the ID number, the phone or the full name.
 */
export type PublicWorker = {
  cardNumber: string
  maskedName: string
  colour: WorkerColour
  reasons: string[]
  validUntil: null | string
  categories: string[]
  rating: { average: null | number; count: number }
  /** `listed`: the employer has a public page to link to. */
  employer: { id: number | string; listed: boolean; name: string; servicePhone: string }
}

type StoredWorker = Pick<Worker, 'cardNumber' | 'categories' | 'certificates' | 'employed' | 'name' | 'provider' | 'rating' | 'suspendedUntil'>

const PUBLIC_STATUSES = new Set(['listed', 'suspended'])

/** The category names of `ids`, in the worker's order. */
async function categoryNames(req: PayloadRequest, ids: Relation[]): Promise<string[]> {
  const wanted = ids.map((id) => String(relationId(id)))
  const { docs } = await req.payload.find({ collection: 'life-categories', where: { id: { in: wanted } }, select: { name: true }, pagination: false, depth: 0, overrideAccess: true, req })
  const names = new Map(docs.map((category) => [String(category.id), category.name]))
  return wanted.flatMap((id) => names.get(id) ?? [])
}

/** The public view of a stored worker, its colour computed for today (the stored one may be a night old). */
export async function publicWorker(req: PayloadRequest, worker: StoredWorker): Promise<PublicWorker> {
  const providerId = relationId(worker.provider)!
  const provider = await req.payload.findByID({ collection: PROVIDERS, id: providerId, select: { name: true, servicePhone: true, status: true }, depth: 0, overrideAccess: true, req })
  const status = workerStatus({ ...worker, providerListed: provider.status === 'listed' } as Parameters<typeof workerStatus>[0], chinaDate())
  return {
    cardNumber: worker.cardNumber!,
    maskedName: maskName(worker.name),
    colour: status.colour,
    reasons: status.reasons,
    validUntil: status.validUntil,
    categories: await categoryNames(req, worker.categories ?? []),
    rating: { average: worker.rating?.average ?? null, count: worker.rating?.count ?? 0 },
    employer: { id: providerId, listed: PUBLIC_STATUSES.has(provider.status), name: provider.name, servicePhone: provider.servicePhone },
  }
}

const WORKER_FIELDS = { cardNumber: true, categories: true, certificates: true, employed: true, name: true, provider: true, rating: true, suspendedUntil: true } as const

/** The public view of the worker holding `cardNumber`, or null (read with the platform's rights: the caller decides who may ask). */
export async function publicWorkerByCard(req: PayloadRequest, cardNumber: string): Promise<null | PublicWorker> {
  const { docs } = await req.payload.find({ collection: 'workers', where: { cardNumber: { equals: cardNumber } }, select: WORKER_FIELDS, limit: 1, pagination: false, depth: 0, overrideAccess: true, req })
  return docs[0] ? publicWorker(req, docs[0] as StoredWorker) : null
}

/** The public view of worker `id` if `req`'s user may read the worker (its provider's accounts, staff in scope), else null. */
export async function readableWorker(req: PayloadRequest, id: string): Promise<null | PublicWorker> {
  const worker = await req.payload.findByID({ collection: 'workers', id, select: WORKER_FIELDS, depth: 0, overrideAccess: false, req, disableErrors: true })
  return worker ? publicWorker(req, worker as StoredWorker) : null
}
