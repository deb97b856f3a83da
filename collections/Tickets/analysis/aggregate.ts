import { createHmac } from 'node:crypto'

import type { CollectionAfterChangeHook, Payload, PayloadRequest } from 'payload'

import { countInRow } from '../../../cms/lib/counterRow'
import type { Ticket } from '../../../cms/payload-types'
import { chinaDate } from '../../CalendarDays/workingDays'
import { DIVISION_LEVELS } from '../../Divisions/code'
import { maskAddress, maskPhone } from '../../privacy/mask'
import { NORMALISE } from '../../privacy/lookupKey'
import { relationId } from '../../relations'

export const COUNTERS = 'ticket-analysis-counters'

/** What an order is counted by on the page; `caller` and `address` also over all time, to find repeats fast. */
export const DIMENSIONS = ['total', 'kind', 'topic', 'service', 'caller', 'address'] as const
export type Dimension = (typeof DIMENSIONS)[number]
export const ALL_TIME = 'all'
/** The value counted when an order has no topic or service. */
export const NONE = '-'

/** One counter an order adds one to. */
export type CounterCell = { dimension: Dimension; division: string; label?: string; month: string; value: string }

export const cellKey = (cell: Pick<CounterCell, 'dimension' | 'division' | 'month' | 'value'>): string => `${cell.month}|${cell.division}|${cell.dimension}|${cell.value}`

/** An address as it is grouped: half-width, no spaces or punctuation, traditional-free digits as typed. */
const normaliseAddress = (address: string): string => address.normalize('NFKC').replace(/[\s,，.。·\-—_()（）]/g, '')

/** The grouping key of a caller or an address: a keyed hash that cannot be tried against guesses without the secret. */
const groupingKey = (secret: string, kind: 'address' | 'caller', normalised: string): string =>
  createHmac('sha256', secret).update(`demand-analysis|${kind}|${normalised}`).digest('hex').slice(0, 32)

type Counted = Pick<Ticket, 'caller' | 'kind' | 'location' | 'receivedAt' | 'scope' | 'service' | 'topic'>

/** The counters one order adds to: each dimension at every level of its division's path, in the month it was received. */
export function cellsOf(order: Counted, secret: string): CounterCell[] {
  if (!order.receivedAt || !order.scope) return []
  const month = chinaDate(new Date(order.receivedAt)).slice(0, 7)
  const phone = order.caller?.phone ? NORMALISE.phone(order.caller.phone) : ''
  const address = order.location?.address ? normaliseAddress(order.location.address) : ''
  const values: { dimension: Dimension; label?: string; value: string }[] = [
    { dimension: 'total', value: NONE },
    { dimension: 'kind', value: order.kind },
    { dimension: 'topic', value: String(relationId(order.topic as never) ?? NONE) },
    { dimension: 'service', value: String(relationId(order.service as never) ?? NONE) },
  ]
  if (phone) values.push({ dimension: 'caller', value: groupingKey(secret, 'caller', phone), label: maskPhone(phone) })
  if (address) values.push({ dimension: 'address', value: groupingKey(secret, 'address', address), label: maskAddress(address) })
  const divisions = DIVISION_LEVELS.map((level) => order.scope?.[level]).filter((code): code is string => Boolean(code))
  return divisions.flatMap((division) =>
    values.flatMap((entry) => {
      const cell = { ...entry, division, month }
      return entry.dimension === 'caller' || entry.dimension === 'address' ? [cell, { ...cell, month: ALL_TIME }] : [cell]
    }),
  )
}

/** Add `amount` to each cell's counter, creating its row the first time. */
export async function countCells(payload: Payload, cells: readonly CounterCell[], amount: number, req?: PayloadRequest): Promise<void> {
  for (const cell of cells) {
    const key = cellKey(cell)
    await countInRow(payload, { collection: COUNTERS, field: 'count', where: { key: { equals: key } }, identity: { ...cell, key } }, amount, req)
  }
}

/** The cells only in `a`, not in `b`. */
const without = (a: CounterCell[], b: CounterCell[]): CounterCell[] => {
  const keys = new Set(b.map(cellKey))
  return a.filter((cell) => !keys.has(cellKey(cell)))
}

/** Whether a save may have moved the order between counters; the caller's phone compared as the reader sees it (masked). */
function mayHaveMoved(doc: Ticket, previous: Ticket, data: Partial<Ticket> | undefined): boolean {
  const same = (a: unknown, b: unknown) => String(relationId(a as never) ?? '') === String(relationId(b as never) ?? '')
  return (
    data?.caller?.phone !== undefined ||
    !same(doc.topic, previous.topic) ||
    !same(doc.service, previous.service) ||
    doc.kind !== previous.kind ||
    doc.location?.address !== previous.location?.address ||
    DIVISION_LEVELS.some((level) => doc.scope?.[level] !== previous.scope?.[level])
  )
}

/**
 * Keeps 诉求分析's counters in the order's own transaction: a new order adds
 * one to its cells; a correction (topic, service, kind, division, caller,
 * address) takes one from the cells it left and adds one to those it entered.
 * The hook's `doc` carries the phone masked for the reader, so the order is
 * read back as stored (only when it may have moved); `previousDoc` is read
 * in full by Payload.
 */
export const countForAnalysis: CollectionAfterChangeHook<Ticket> = async ({ data, doc, operation, previousDoc, req }) => {
  if (operation === 'update' && !mayHaveMoved(doc, previousDoc, data)) return doc
  const stored = await req.payload.db.findOne<Ticket>({ collection: 'tickets', where: { id: { equals: doc.id } }, req })
  if (!stored) return doc
  const secret = req.payload.secret
  const now = cellsOf(stored, secret)
  const before = operation === 'create' ? [] : cellsOf(previousDoc, secret)
  await countCells(req.payload, without(before, now), -1, req)
  await countCells(req.payload, without(now, before), 1, req)
  return doc
}
