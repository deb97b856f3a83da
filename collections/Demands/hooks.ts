import type { CollectionAfterChangeHook, PayloadRequest } from 'payload'

import type { Application, GuideComment, GuideCorrection, LifeOrder, Ticket } from '../../cms/payload-types'
import { instantOf } from '../Appointments/lib/schedule'
import { isBadRating, type RatingLevel } from '../casework/satisfaction'
import { GUIDE_SECTIONS } from '../GuideCorrections/sections'
import { relationId } from '../relations'
import { type DemandInput, registerDemand, withdrawDemand } from './register'
import type { DemandKind, DemandSource } from './sources'
import type { TicketAction } from '../Tickets/workflow'

/**
 * The hooks that register each source's demands (register.ts), in the
 * source's own transaction. Also used by the backfill (backfill.ts), so
 * existing cases and new ones are registered alike.
 */

/** The work-order kinds that are demands; consultations are answered questions. */
export const TICKET_DEMAND_KINDS: ReadonlySet<string> = new Set<DemandKind>(['suggestion', 'complaint', 'helpRequest'])

/** The register's source of a work order's demand, by its channel: the hotline's unless named here. */
const TICKET_DEMAND_SOURCES: Partial<Record<Ticket['channel'], DemandSource>> = { web: 'web', board: 'board' }

const ticketKey = (ticket: Pick<Ticket, 'id'>) => `tickets:${ticket.id}`

/** Register (or withdraw) the demand a work order raises. */
export async function registerTicketDemand(req: PayloadRequest, ticket: Ticket): Promise<void> {
  if (!TICKET_DEMAND_KINDS.has(ticket.kind)) return withdrawDemand(req, ticketKey(ticket))
  await registerDemand(req, {
    sourceKey: ticketKey(ticket),
    source: TICKET_DEMAND_SOURCES[ticket.channel] ?? 'hotline',
    kind: ticket.kind as DemandKind,
    case: { relationTo: 'tickets', value: ticket.id },
    sourceNumber: ticket.number,
    summary: ticket.summary,
    text: `${ticket.summary}\n${ticket.content}`,
    topic: ticket.topic,
    service: ticket.service,
    scope: ticket.scope,
    receivedAt: ticket.receivedAt ?? ticket.createdAt,
  })
}

/** What a work-order demand is made of: a write touching none of these (a workflow step) needs no look. */
const TICKET_DEMAND_FIELDS = ['kind', 'summary', 'content', 'topic', 'service', 'division'] as const

/**
 * The whole document a hook was handed: a write made with `select` hands its
 * hooks only the selected fields (the correction endpoint selects `createdAt`).
 */
async function wholeDoc<T extends { id: string }>(req: PayloadRequest, collection: 'applications' | GuideWordsCollection | 'tickets', doc: T, field: keyof T): Promise<T> {
  if (doc[field] !== undefined) return doc
  return (await req.payload.findByID({ collection, id: doc.id, depth: 0, req })) as unknown as T
}

export const registerTicketDemandHook: CollectionAfterChangeHook<Ticket> = async ({ doc, operation, previousDoc, req }) => {
  const changed = operation === 'create' || TICKET_DEMAND_FIELDS.some((field) => String(relationId(doc[field] as never) ?? '') !== String(relationId(previousDoc?.[field] as never) ?? ''))
  if (changed) await registerTicketDemand(req, await wholeDoc(req, 'tickets', doc, 'summary'))
  return doc
}

/** The cases that keep a resident's words on a guide: corrections (我要纠错) and 没有帮助 comments. */
type GuideWordsCollection = 'guide-comments' | 'guide-corrections'

/**
 * Register the demand a resident's words on a guide raise, filed under the
 * guide (its service) and its division; nothing about who said them.
 */
async function registerGuideDemand(
  req: PayloadRequest,
  collection: GuideWordsCollection,
  doc: Pick<GuideComment, 'guide' | 'guideTitle' | 'id' | 'scope'>,
  demand: Pick<DemandInput, 'kind' | 'receivedAt' | 'source'> & { heading: string; words: string },
): Promise<void> {
  await registerDemand(req, {
    sourceKey: `${collection}:${doc.id}`,
    source: demand.source,
    kind: demand.kind,
    case: { relationTo: collection, value: doc.id },
    sourceNumber: null,
    summary: `${demand.heading}：${demand.words}`,
    text: `${doc.guideTitle} ${demand.words}`,
    service: doc.guide,
    scope: doc.scope,
    receivedAt: demand.receivedAt,
  })
}

/** A hook registering the demand of a new case of `collection` (words on a guide never change); `field` tells a whole document from a selected one. */
const onGuideWordsCreated =
  <T extends { id: string }>(collection: GuideWordsCollection, field: keyof T, register: (req: PayloadRequest, doc: T) => Promise<void>): CollectionAfterChangeHook<T> =>
  async ({ doc, operation, req }) => {
    if (operation === 'create') await register(req, await wholeDoc(req, collection, doc, field))
    return doc
  }

/** Register the demand a guide correction raises. */
export async function registerCorrectionDemand(req: PayloadRequest, correction: GuideCorrection): Promise<void> {
  await registerGuideDemand(req, 'guide-corrections', correction, {
    source: 'guideCorrection',
    kind: 'correction',
    heading: `${correction.guideTitle}（${GUIDE_SECTIONS[correction.section]}）`,
    words: correction.description,
    receivedAt: correction.createdAt,
  })
}

export const registerCorrectionDemandHook = onGuideWordsCreated<GuideCorrection>('guide-corrections', 'description', registerCorrectionDemand)

/**
 * Register the demand of what a resident said was missing with 没有帮助: the
 * guide's bad rating with words (差评). The comment keeps only its day in
 * China, so it counts as raised at noon that day.
 */
export async function registerGuideCommentDemand(req: PayloadRequest, comment: GuideComment): Promise<void> {
  await registerGuideDemand(req, 'guide-comments', comment, {
    source: 'guideComment',
    kind: 'badRating',
    heading: comment.guideTitle,
    words: comment.comment,
    receivedAt: instantOf(comment.day, '12:00').toISOString(),
  })
}

export const registerGuideCommentDemandHook = onGuideWordsCreated<GuideComment>('guide-comments', 'comment', registerGuideCommentDemand)

/** The words of a bad rating (1 or 2 of 5), or null: a rating without words, or a good one, raises no demand. */
const badRatingWords = (level: unknown, comment: null | string | undefined): null | string =>
  level && isBadRating(Number(level) as RatingLevel) && comment?.trim() ? comment.trim() : null

/**
 * Register the demand a work order's bad rating with words raises: the
 * resident's own rating (评价) or what the caller said at the call-back (回访).
 */
export async function registerTicketRatingDemand(req: PayloadRequest, ticket: Ticket, comment: null | string | undefined, ratedAt: string): Promise<void> {
  const words = badRatingWords(ticket.satisfaction, comment)
  if (!words) return
  await registerDemand(req, {
    sourceKey: `${ticketKey(ticket)}:rating`,
    source: 'badRating',
    kind: 'badRating',
    case: { relationTo: 'tickets', value: ticket.id },
    sourceNumber: ticket.number,
    summary: `${ticket.summary}：${words}`,
    text: `${ticket.summary} ${words}`,
    topic: ticket.topic,
    service: ticket.service,
    scope: ticket.scope,
    receivedAt: ratedAt,
  })
}

/** The rating actions of a work order, whose note is the rating's words. */
export const TICKET_RATING_ACTIONS: ReadonlySet<TicketAction> = new Set(['rate', 'callBack'])

/** Whether an application's rating is a bad one with words: a demand. */
const badRatingComment = (application: Pick<Application, 'rating'>): null | string => badRatingWords(application.rating?.level, application.rating?.comment)

/** Register the demand an application's bad rating with a comment raises. */
export async function registerRatingDemand(req: PayloadRequest, application: Application): Promise<void> {
  const comment = badRatingComment(application)
  if (!comment) return
  await registerDemand(req, {
    sourceKey: `applications:${application.id}:rating`,
    source: 'badRating',
    kind: 'badRating',
    case: { relationTo: 'applications', value: application.id },
    sourceNumber: application.trackingNumber,
    summary: `${application.serviceTitle}：${comment}`,
    text: `${application.serviceTitle} ${comment}`,
    service: application.service,
    scope: application.scope,
    receivedAt: application.rating?.ratedAt ?? application.updatedAt,
  })
}

/** Register the demand a life-service order's bad rating with a comment raises (生活服务差评: the 81890 loop's complaints become the city's demands too). */
export async function registerLifeRatingDemand(req: PayloadRequest, order: LifeOrder): Promise<void> {
  const comment = badRatingWords(order.rating?.level, order.rating?.comment)
  if (!comment) return
  await registerDemand(req, {
    sourceKey: `life-orders:${order.id}:rating`,
    source: 'badRating',
    kind: 'badRating',
    case: { relationTo: 'life-orders', value: order.id },
    sourceNumber: order.number,
    summary: `${order.itemName}：${comment}`,
    text: `${order.itemName} ${comment}`,
    scope: order.scope,
    receivedAt: order.rating?.ratedAt ?? order.updatedAt,
  })
}

export const registerRatingDemandHook: CollectionAfterChangeHook<Application> = async ({ doc, previousDoc, req }) => {
  if (previousDoc?.rating?.level || !doc.rating?.level) return doc
  await registerRatingDemand(req, await wholeDoc(req, 'applications', doc, 'serviceTitle'))
  return doc
}
