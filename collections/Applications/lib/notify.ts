import type { PayloadRequest } from 'payload'

import type { Application } from '../../../cms/payload-types'
import { residentDueNote } from '../../CalendarDays/workingDays'
import { type MessageCause, queueMessage } from '../../Notifications/queue'
import { caseScopeOf } from '../fields'
import { OUTCOME_LABELS, STATUS_LABELS } from '../states'

/** The message for the state an application has just reached. No ID numbers, ever. */
function messageFor(application: Application, note?: null | string): { subject: string; text: string } {
  const about = `您申请的“${application.serviceTitle}”（受理编号${application.trackingNumber}）`
  const subject = `${application.serviceTitle}：${STATUS_LABELS[application.status]}`
  const lines: Record<Application['status'], string> = {
    submitted: `${about}已提交，工作人员会尽快受理。请凭受理编号和查询码在一站通网站“查询办件进度”中查看。`,
    accepted: `${about}已受理，将在${application.dueDate}前办结${residentDueNote(application.dueDateProvisional)}。`,
    rejected: `${about}不予受理。理由：${note ?? ''}`,
    processing: `${about}正在办理。`,
    supplement: `${about}需要补正材料：${note ?? ''}。请在一站通网站“查询办件进度”中上传。`,
    completed: `${about}已办结，结果：${application.outcome ? OUTCOME_LABELS[application.outcome] : ''}。${note ?? ''} 欢迎在查询页对本次服务作出评价。`,
    withdrawn: `${about}已撤回。`,
  }
  return { subject, text: `【一站通】${lines[application.status]}` }
}

/** The SMS with a fresh query code the applicant asked for. */
export function queryCodeMessage(application: Application, queryCode: string): { subject: string; text: string } {
  return {
    subject: `${application.serviceTitle}：新的查询码`,
    text: `【一站通】您申请的“${application.serviceTitle}”（受理编号${application.trackingNumber}）的新查询码是${queryCode}，原查询码已作废。请勿告诉他人。`,
  }
}

/**
 * Write the messages for an application's new state into the outbox, in the
 * caller's transaction. Returns whether any need sending after the commit.
 */
export async function queueNotifications(req: PayloadRequest, application: Application, cause: MessageCause, note?: null | string): Promise<boolean> {
  return queueApplicantMessage(req, application, messageFor(application, note), cause)
}

/** Write a message to the applicant (SMS, and email when given) into the outbox, in the caller's transaction. */
export function queueApplicantMessage(req: PayloadRequest, application: Application, { subject, text }: { subject: string; text: string }, cause: MessageCause): Promise<boolean> {
  return queueMessage(req, { application: application.id, ...caseScopeOf(application) }, { subject, message: text, phone: application.applicant.phone, email: application.applicant.email }, cause)
}
