import type { Application } from '../../../cms/payload-types'
import { dateText } from '../../../site/lib/dates'
import { chinaDate } from '../../CalendarDays/workingDays'
import type { DocumentContent } from '../../documents/pdf'
import { OUTCOME_LABELS } from '../states'
import { NOTICE_KINDS, type NoticeKind } from './kinds'

/**
 * The words of each printed notice, in the plain formal style of notices
 * under 《中华人民共和国行政许可法》 (arts. 32, 38): who it is addressed to,
 * what was received or decided and when, the reason where something is
 * refused with the remedies and their periods, and — for 一次性告知 —
 * everything to be corrected, listed at once.
 */

/** The history entry a notice reports: when the step was taken and the note given with it. */
export type NoticeStep = { createdAt: string; note?: null | string }

export type NoticeFacts = {
  application: Application
  /** The issuing department's name. */
  department: string
  step: NoticeStep
  /** How many files came with the application (the receipt lists them). */
  filesReceived: number
}

/** Remedies against a refusal: 《行政复议法》 art. 20 (60 days), 《行政诉讼法》 art. 46 (6 months). */
const REMEDIES = '如对本决定不服，可以自收到本决定书之日起六十日内依法申请行政复议，也可以自收到本决定书之日起六个月内依法向人民法院提起行政诉讼。'

const TRACKING_HINT = '您可以凭受理编号和查询码在一站通“办事进度”页面查询办理进度，或登录后在“我的”中查看。'

/** The note's lines as the numbered items of a list: （一）… （二）… */
const CHINESE_NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十']
const numberedItems = (note: string): string[] =>
  note
    .split(/\r?\n/)
    .map((line) => line.trim().replace(/^[（(]?[0-9一二三四五六七八九十]+[)）.、．]\s*/, ''))
    .filter(Boolean)
    .map((line, index) => `（${CHINESE_NUMERALS[index] ?? String(index + 1)}）${line}`)

const dayOf = (instant: string): string => dateText(chinaDate(new Date(instant)))

/** The application as the opening sentences name it. */
const applied = (application: Application): string =>
  `您于${dayOf(application.submittedAt ?? application.createdAt)}提出的“${application.serviceTitle}”申请（受理编号：${application.trackingNumber}）`

function paragraphsOf(kind: NoticeKind, { application, step, filesReceived }: NoticeFacts): string[] {
  const note = step.note?.trim() ?? ''
  switch (kind) {
    case 'receipt':
      return [
        `本机关于${dayOf(step.createdAt)}收到您通过一站通网上提交的“${application.serviceTitle}”申请${filesReceived > 0 ? `及申请材料${filesReceived}份` : ''}，受理编号为${application.trackingNumber}。`,
        '本回执仅证明已收到您的申请，不表示申请已被受理。本机关将对申请进行审查，并将是否受理告知您。',
        TRACKING_HINT,
      ]
    case 'accepted':
      return [
        `${applied(application)}，经审查，申请材料齐全、符合法定形式，本机关决定予以受理。`,
        application.dueDate
          ? `本机关将在${dateText(application.dueDate)}前（自受理之日起${application.promisedDays}个工作日内）办结；其间需要您补正材料的，补正所用时间不计算在内。`
          : `本机关将自受理之日起${application.promisedDays}个工作日内办结。`,
        TRACKING_HINT,
        '特此通知。',
      ]
    case 'rejected':
      return [`${applied(application)}，经审查，本机关决定不予受理。理由如下：`, note, REMEDIES, '特此决定。']
    case 'supplement':
      return [
        `${applied(application)}，经审查，申请材料不齐全或者不符合法定形式。根据有关规定，现将需要补正的全部内容一次告知如下：`,
        ...numberedItems(note),
        '请按上述要求一次补正全部内容。您可以在一站通“办事进度”页面或“我的”中上传补正材料，也可以携带材料到办理窗口提交。补正所用时间不计算在办理时限内；补正齐全后，本机关将继续办理。',
        '特此告知。',
      ]
    case 'completed': {
      const denied = application.outcome === 'denied'
      return [
        `${applied(application)}，已于${dayOf(step.createdAt)}办结。办理结果：${OUTCOME_LABELS[application.outcome ?? 'approved']}。`,
        ...(note ? [denied ? `理由和依据：${note}` : note] : []),
        ...(denied ? [REMEDIES] : []),
        '特此通知。',
      ]
    }
  }
}

/** A notice's content for renderDocument: addressed to the applicant, with the case's facts in the table. */
export function noticeContent(kind: NoticeKind, facts: NoticeFacts): DocumentContent {
  const { application } = facts
  return {
    title: NOTICE_KINDS[kind].title,
    paragraphs: [`${application.applicant.name}：`, ...paragraphsOf(kind, facts)],
    facts: [
      { label: '申请人', value: application.applicant.name },
      { label: '公民身份号码', value: application.applicant.idNumber },
      { label: '申请事项', value: application.serviceTitle },
      { label: '受理编号', value: application.trackingNumber },
    ],
    department: facts.department,
    date: chinaDate(new Date(facts.step.createdAt)),
  }
}
