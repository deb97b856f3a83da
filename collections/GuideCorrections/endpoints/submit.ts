import type { PayloadRequest } from 'payload'

import { withTransaction } from '../../../cms/lib/withTransaction'
import { loadWorkingCalendar } from '../../CalendarDays/load'
import { caseDeadline } from '../../casework/clock'
import { appendCaseEvent } from '../../casework/history'
import { residentDueNote } from '../../CalendarDays/workingDays'
import { html, htmlPage, wantsHtmlPage } from '../../endpoints/htmlAnswer'
import { assertWellFormed, readBody, textField } from '../../endpoints/readBody'
import type { FieldError } from '../../endpoints/refusal'
import { answer, invalid } from '../../endpoints/respond'
import { backToGuide, guideFeedbackEndpoint } from '../../GuideFeedback/endpoints/guide'
import { checkPhone } from '../../Persons/options'
import { CORRECTION_MAX_LENGTH, type GuideSection, isGuideSection } from '../sections'
import { CORRECTION_WORKING_DAYS } from '../workflow'

type CorrectionInput = { description: string; phone: string; section: GuideSection }

/** The correction as sent, or a 422 naming every field to fix. */
async function readCorrection(req: PayloadRequest): Promise<CorrectionInput> {
  const body = await readBody(req)
  const shape: FieldError[] = []
  const section = textField(body.fields, 'section', shape, 32)
  const description = textField(body.fields, 'description', shape, 10_000).trim()
  const phone = textField(body.fields, 'phone', shape, 32).replace(/[\s-]/g, '')
  assertWellFormed(shape)
  const errors: FieldError[] = []
  if (!isGuideSection(section)) errors.push({ field: 'section', code: 'REQUIRED', message: '请选择哪部分内容有误' })
  if (!description) errors.push({ field: 'description', code: 'REQUIRED', message: '请写明哪里有误' })
  else if (description.length > CORRECTION_MAX_LENGTH) errors.push({ field: 'description', code: 'TOO_LONG', message: `问题描述不能超过${CORRECTION_MAX_LENGTH}字` })
  const phoneProblem = phone ? checkPhone(phone) : true
  if (phoneProblem !== true) errors.push({ field: 'phone', code: 'PHONE_FORMAT', message: phoneProblem })
  if (errors.length) throw invalid(errors)
  return { section: section as GuideSection, description, phone }
}

/**
 * `POST /api/services/:code/corrections` {section, description, phone?}: 我要纠错.
 * The correction becomes a case for the guide's department editors, due
 * CORRECTION_WORKING_DAYS working days from today, with its first history
 * entry, in one transaction. Limited per client.
 */
export const correctionEndpoint = guideFeedbackEndpoint('corrections', async (req, guide) => {
  const input = await readCorrection(req)
  const due = caseDeadline({ startedAt: new Date().toISOString(), promisedDays: CORRECTION_WORKING_DAYS }, await loadWorkingCalendar(req.payload))
  const about = { department: guide.department, scope: guide.scope }
  await withTransaction(req.payload, async (tx) => {
    const correction = await tx.payload.create({
      collection: 'guide-corrections',
      data: { guide: guide.id, guideTitle: guide.title, ...input, phone: input.phone || null, status: 'pending', ...due, ...about },
      req: tx,
      depth: 0,
      select: { createdAt: true },
    })
    await appendCaseEvent(
      tx,
      'correction-events',
      { correction: correction.id, action: 'receive', actionLabel: '收到纠错', toStatus: 'pending', ...about },
      { actorName: '居民', actorUnit: null },
    )
  })
  const message = `我们已收到您的纠错，将在${due.dueDate}前处理${residentDueNote(due.dueDateProvisional)}。${input.phone ? '处理结果会以短信告诉您。' : ''}`
  return wantsHtmlPage(req)
    ? htmlPage({ title: '纠错已提交', body: html`<h1>纠错已提交</h1><p>感谢您帮助我们改进“${guide.title}”办事指南。${message}</p>${backToGuide(guide)}` })
    : answer(req, { message, dueDate: due.dueDate }, 201)
})
