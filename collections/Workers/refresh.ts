import type { Payload, PayloadRequest, Where } from 'payload'

import { inChunks } from '../../cms/lib/inChunks'
import { withTransaction } from '../../cms/lib/withTransaction'
import type { Provider, Worker } from '../../cms/payload-types'
import { chinaDate } from '../CalendarDays/workingDays'
import { deliverOnCommit } from '../Notifications/deliver'
import { queueMessage } from '../Notifications/queue'
import { renderMessage } from '../Notifications/templates'
import { PROVIDERS } from '../Providers/states'
import { relationId } from '../relations'
import { WORKERS } from './index'
import { type WorkerColour, workerStatus } from './status'

/** Workers read per page while recomputing. */
const PAGE = 500

type StoredWorker = Pick<Worker, 'certificates' | 'employed' | 'id' | 'provider' | 'status' | 'suspendedUntil'>

/** A card that turned yellow or red, for its provider's daily message. */
export type CardChange = { provider: number | string; colour: WorkerColour }

/** Whether the providers with these ids are listed (one `in` query per chunk). */
async function listedProviders(req: PayloadRequest, ids: (number | string)[]): Promise<Set<string>> {
  const listed = new Set<string>()
  for (const part of inChunks([...new Set(ids.map(String))])) {
    const { docs } = await req.payload.find({ collection: PROVIDERS, where: { and: [{ id: { in: part } }, { status: { equals: 'listed' } }] }, select: { status: true }, pagination: false, depth: 0, overrideAccess: true, req })
    for (const provider of docs) listed.add(String(provider.id))
  }
  return listed
}

const changed = (worker: StoredWorker, next: ReturnType<typeof workerStatus>): boolean =>
  worker.status?.colour !== next.colour || (worker.status?.reasons ?? '') !== next.reasons.join('；') || (worker.status?.validUntil ?? null) !== next.validUntil

/**
 * Recompute the card colour of the workers `where` selects, as of today
 * (China), and save only those whose colour, reasons or expiry changed (the
 * save's own hook writes the same status). Returns the cards that turned
 * yellow or red.
 */
export async function refreshWorkers(req: PayloadRequest, where: Where): Promise<CardChange[]> {
  const today = chinaDate()
  const turned: CardChange[] = []
  for (let page = 1, more = true; more; page += 1) {
    const found = await req.payload.find({
      collection: WORKERS,
      where,
      select: { certificates: true, employed: true, provider: true, status: true, suspendedUntil: true },
      sort: 'id',
      page,
      limit: PAGE,
      depth: 0,
      overrideAccess: true,
      req,
    })
    const docs = found.docs as StoredWorker[]
    const listed = await listedProviders(req, docs.map((worker) => relationId(worker.provider)!))
    for (const worker of docs) {
      const provider = relationId(worker.provider)!
      const next = workerStatus({ ...worker, providerListed: listed.has(String(provider)) } as Parameters<typeof workerStatus>[0], today)
      if (!changed(worker, next)) continue
      await req.payload.update({ collection: WORKERS, id: worker.id, data: {}, depth: 0, overrideAccess: true, req, select: { cardNumber: true } })
      if (next.colour !== 'green' && next.colour !== worker.status?.colour) turned.push({ provider, colour: next.colour })
    }
    more = found.hasNextPage
  }
  return turned
}

/** How many cards of each provider turned yellow and red. */
const countByProvider = (turned: CardChange[]): Map<string, Record<'red' | 'yellow', number>> => {
  const counts = new Map<string, Record<'red' | 'yellow', number>>()
  for (const { colour, provider } of turned) {
    const count = counts.get(String(provider)) ?? { red: 0, yellow: 0 }
    count[colour as 'red' | 'yellow'] += 1
    counts.set(String(provider), count)
  }
  return counts
}

/** One SMS to each provider's contact saying how many of its cards turned yellow or red (never to the workers). */
async function tellProviders(req: PayloadRequest, turned: CardChange[]): Promise<void> {
  for (const [id, count] of countByProvider(turned)) {
    const provider = (await req.payload.findByID({ collection: PROVIDERS, id, select: { name: true, contactPhone: true, scope: true }, depth: 0, overrideAccess: true, req, showHiddenFields: true })) as Pick<Provider, 'contactPhone' | 'name' | 'scope'>
    const { subject, text } = await renderMessage(req, 'worker.cardsChanged', { providerName: provider.name, yellow: count.yellow, red: count.red })
    if (await queueMessage(req, { provider: id, scope: provider.scope }, { phone: provider.contactPhone, subject, message: text }, 'staff')) deliverOnCommit(req)
  }
}

/** The nightly run: every worker's card as of today, and each provider told once of the cards that turned. */
export async function refreshWorkerCards(payload: Payload): Promise<{ turned: number }> {
  return withTransaction(payload, async (tx) => {
    const turned = await refreshWorkers(tx, {})
    await tellProviders(tx, turned)
    return { turned: turned.length }
  })
}
