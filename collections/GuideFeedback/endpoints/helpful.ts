import { countInRow } from '../../../cms/lib/counterRow'
import { chinaDate } from '../../CalendarDays/workingDays'
import { html, htmlPage, wantsHtmlPage } from '../../endpoints/htmlAnswer'
import { assertWellFormed, readBody, textField } from '../../endpoints/readBody'
import type { FieldError } from '../../endpoints/refusal'
import { answer, invalid } from '../../endpoints/respond'
import { looksPersonal } from '../../privacy/anonymous'
import { COMMENT_MAX_LENGTH } from '../comments'
import { backToGuide, guideFeedbackEndpoint } from './guide'

const ANSWERS = { yes: 'helpful', no: 'notHelpful' } as const

/** The optional comment that comes with 没有帮助, or a 422 when it is too long or looks personal. */
function commentOf(fields: Record<string, unknown>, said: string, errors: FieldError[]): string {
  const comment = said === 'no' ? textField(fields, 'comment', errors, 10_000).trim() : ''
  if (comment.length > COMMENT_MAX_LENGTH) throw invalid([{ field: 'comment', code: 'TOO_LONG', message: `意见不能超过${COMMENT_MAX_LENGTH}字` }])
  if (looksPersonal(comment)) throw invalid([{ field: 'comment', code: 'PERSONAL_DATA', message: '意见里请不要填写身份证号、电话号码或邮箱' }])
  return comment
}

/**
 * `POST /api/services/:code/helpful` {helpful: yes|no, comment?}: 这个页面对您有帮助吗？
 * Counted into the guide's row for the day (guide-feedback); a comment with
 * 没有帮助 is kept in guide-comments and registered as a demand. Nothing about the person — no address,
 * no time of day — is kept. Limited per client.
 */
export const helpfulEndpoint = guideFeedbackEndpoint('helpful', async (req, guide) => {
  const body = await readBody(req)
  const errors: FieldError[] = []
  const said = textField(body.fields, 'helpful', errors, 8)
  assertWellFormed(errors)
  if (said !== 'yes' && said !== 'no') throw invalid([{ field: 'helpful', code: 'REQUIRED', message: '请选择“有帮助”或“没有帮助”' }])
  const comment = commentOf(body.fields, said, errors)
  assertWellFormed(errors)
  const day = chinaDate()
  const about = { guide: guide.id, guideTitle: guide.title, day, department: guide.department, scope: guide.scope }
  await countInRow(
    req.payload,
    {
      collection: 'guide-feedback',
      field: ANSWERS[said],
      where: { and: [{ guide: { equals: guide.id } }, { day: { equals: day } }] },
      identity: { ...about, helpful: 0, notHelpful: 0 },
    },
    1,
  )
  // Its own transaction (no req given): the comment and its demand (the collection's hook) are kept together or not at all.
  if (comment) await req.payload.create({ collection: 'guide-comments', data: { ...about, comment }, depth: 0 })
  const thanks = said === 'yes' ? '感谢您的反馈。' : '感谢您的反馈，我们会改进这份指南。发现具体错误的，欢迎在指南页面底部“我要纠错”告诉我们。'
  return wantsHtmlPage(req)
    ? htmlPage({ title: '感谢您的反馈', body: html`<h1>感谢您的反馈</h1><p>${thanks}</p>${backToGuide(guide)}` })
    : answer(req, { message: thanks }, 201)
})
