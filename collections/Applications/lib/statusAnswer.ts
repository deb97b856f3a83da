import type { PayloadRequest } from 'payload'

import type { Application, ApplicationEvent } from '../../../cms/payload-types'
import { relationId } from '../../relations'
import { maskName } from '../../privacy/mask'
import { RATING_LABELS, type RatingLevel } from '../../casework/satisfaction'
import { OUTCOME_LABELS, type StatusAnswer, STATUS_LABELS } from '../states'
import { handlingRuleWords } from '../residentWords'
import { isOpenTo } from '../workflow'
import { CONTACT_ACTION } from './history'
import { heldDocuments, type ResultFile, resultFilesOf } from '../../ResultDocuments/lib/heldDocuments'
import { resultOf, resultsOf, resultSummary, type StoredResult } from '../../ResultDocuments/lib/answers'

/**
 * What a resident is told about their application: the state, a timeline
 * without staff names, the due date, what the office asked for, the result
 * and their rating; the name masked; nothing else.
 */
export async function statusAnswer(req: PayloadRequest, application: Application): Promise<StatusAnswer> {
  const [history, results, files] = await Promise.all([historyOf(req, [application.id]), resultsOf(req, [application.id]), resultFilesOf(req, [application.id])])
  return statusAnswerWith(application, history, results, files)
}

type HistoryEntry = Pick<ApplicationEvent, 'action' | 'application' | 'createdAt' | 'note' | 'toStatus'>

/** The history entries of these applications the resident sees (not staff's call notes), oldest first, in one query. */
export async function historyOf(req: PayloadRequest, applicationIds: string[]): Promise<HistoryEntry[]> {
  if (applicationIds.length === 0) return []
  const { docs } = await req.payload.find({
    collection: 'application-events',
    where: { application: { in: applicationIds }, action: { not_equals: CONTACT_ACTION } },
    sort: 'createdAt',
    pagination: false,
    depth: 0,
    select: { action: true, application: true, createdAt: true, toStatus: true, note: true },
    req,
  })
  return docs
}

/** The answer for one application from its history entries, result documents and result files (others' are skipped). */
export function statusAnswerWith(application: Application, events: HistoryEntry[], results: StoredResult[], files: ResultFile[]): StatusAnswer {
  const own = events.filter((event) => relationId(event.application) === application.id)
  const ownFiles = files.filter((file) => relationId(file.application) === application.id)
  const result = resultOf(application.id, results)
  const level = application.rating?.level ? (Number(application.rating.level) as RatingLevel) : null
  return {
    trackingNumber: application.trackingNumber,
    service: { code: application.serviceCode, title: application.serviceTitle },
    applicantName: maskName(application.applicant.name),
    partyName: application.party?.name ? `${maskName(application.party.name)}（${application.party.label ?? '当事人'}）` : null,
    handledWhere: handlingRuleWords(application.handledBy, application.party?.label),
    status: application.status,
    statusLabel: STATUS_LABELS[application.status],
    submittedAt: application.submittedAt!,
    acceptedAt: application.acceptedAt ?? null,
    dueDate: application.dueDate ?? null,
    dueDateProvisional: Boolean(application.dueDate && application.dueDateProvisional),
    completedAt: application.completedAt ?? null,
    outcome: application.outcome ?? null,
    outcomeLabel: application.outcome ? OUTCOME_LABELS[application.outcome] : null,
    resultNote: application.resultNote ?? null,
    result: result ? resultSummary(result) : null,
    documents: heldDocuments(own, ownFiles),
    supplementRequest:
      application.status === 'supplement' && application.supplement?.note
        ? { note: application.supplement.note, requestedAt: application.supplement.requestedAt! }
        : null,
    timeline: own.map((event) => ({
      at: event.createdAt,
      status: event.toStatus,
      statusLabel: STATUS_LABELS[event.toStatus],
      note: event.note ?? null,
    })),
    rating:
      level && application.rating
        ? { level, label: RATING_LABELS[level], comment: application.rating.comment ?? null, ratedAt: application.rating.ratedAt! }
        : null,
    can: {
      rate: application.status === 'completed' && !level,
      supplement: isOpenTo('supplement', application),
      withdraw: isOpenTo('withdraw', application),
    },
  }
}
