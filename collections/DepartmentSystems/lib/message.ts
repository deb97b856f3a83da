import type { Payload } from 'payload'

import type { Application, ApplicationFile, Department, WebhookDelivery } from '../../../cms/payload-types'
import { STATUS_LABELS } from '../../Applications/states'
import { relationId } from '../../relations'

/** Where a department system calls back: `/api/applications/system/…`, absolute when PUBLIC_URL is set. */
export const systemApiPath = (payload: Payload, trackingNumber: string, rest = ''): string =>
  `${payload.config.serverURL ?? ''}/api/applications/system/${encodeURIComponent(trackingNumber)}${rest}`

/** One file as a department system sees it: what it is, and where to download it with its API key. */
export const fileEntry = (payload: Payload, trackingNumber: string, file: ApplicationFile) => ({
  id: file.id,
  material: file.material,
  stage: file.stage,
  mimeType: file.mimeType ?? null,
  size: file.filesize ?? null,
  url: systemApiPath(payload, trackingNumber, `/files/${file.id}`),
})

/** The files of an application, oldest first. */
export async function filesOf(payload: Payload, applicationId: string): Promise<ApplicationFile[]> {
  const { docs } = await payload.find({ collection: 'application-files', where: { application: { equals: applicationId } }, sort: 'createdAt', pagination: false, depth: 0 })
  return docs
}

/**
 * An application as a department system receives it: everything its
 * reviewers would see, unmasked (the applicant's ID number and phone, every
 * answer) — personal data, which is why it goes only to the address a city
 * administrator registered for the department — plus the files as
 * download links and the address to act on it.
 */
export async function applicationForSystem(payload: Payload, application: Application) {
  const files = await filesOf(payload, application.id)
  return {
    trackingNumber: application.trackingNumber,
    status: application.status,
    statusLabel: STATUS_LABELS[application.status],
    service: { code: application.serviceCode, title: application.serviceTitle },
    channel: application.channel,
    divisionCode: application.scope?.community ?? null,
    submittedAt: application.submittedAt ?? null,
    acceptedAt: application.acceptedAt ?? null,
    dueDate: application.dueDate ?? null,
    completedAt: application.completedAt ?? null,
    outcome: application.outcome ?? null,
    resultNote: application.resultNote ?? null,
    supplementRequest: application.supplement?.requestedAt ? { note: application.supplement.note ?? null, requestedAt: application.supplement.requestedAt } : null,
    applicant: {
      name: application.applicant.name,
      idNumber: application.applicant.idNumber,
      phone: application.applicant.phone,
      email: application.applicant.email ?? null,
    },
    answers: application.answers ?? {},
    files: files.map((file) => fileEntry(payload, application.trackingNumber, file)),
    links: { self: systemApiPath(payload, application.trackingNumber), actions: systemApiPath(payload, application.trackingNumber, '/actions') },
  }
}

/** What the resident wrote with their latest supplement (the files are among the application's, stage `supplement`). */
async function supplementReply(payload: Payload, applicationId: string) {
  const { docs } = await payload.find({
    collection: 'application-events',
    where: { and: [{ application: { equals: applicationId } }, { action: { equals: 'supplement' } }] },
    sort: '-createdAt',
    limit: 1,
    depth: 0,
    select: { note: true, createdAt: true },
  })
  return { note: docs[0]?.note ?? null, submittedAt: docs[0]?.createdAt ?? null }
}

/** The JSON body of one delivery: its id (for the receiver's idempotency), the event, the department and the application as it is now. */
export async function webhookBody(payload: Payload, delivery: WebhookDelivery): Promise<string> {
  // Read unmasked: the platform's own read, with no user.
  const application = await payload.findByID({ collection: 'applications', id: String(relationId(delivery.application)), depth: 0, showHiddenFields: true })
  const department = await payload.findByID({ collection: 'departments', id: String(relationId(delivery.department)), depth: 0, select: { code: true, name: true } }) as Pick<Department, 'code' | 'name'>
  return JSON.stringify({
    id: delivery.id,
    event: delivery.event,
    occurredAt: delivery.createdAt,
    department: { code: department.code, name: department.name },
    application: await applicationForSystem(payload, application),
    ...(delivery.event === 'application.supplemented' ? { supplement: await supplementReply(payload, application.id) } : {}),
  })
}
