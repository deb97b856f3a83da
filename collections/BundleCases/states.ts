/**
 * The words and shapes of a joint case (一件事 applied for as one) that
 * residents see. Pure data and functions: the portal's browser scripts and
 * the server both import it.
 */
import type { ApplicationStatus, StatusAnswer, SubmitAnswer } from '../Applications/states'

/** Joint numbers: YJ + the date (YYMMDD) + 8 random digits, as applications' YZ numbers. */
export const JOINT_NUMBER = /^YJ\d{14}$/

/** Whether a number a resident typed names a joint case rather than one application. */
export const isJointNumber = (value: string): boolean => JOINT_NUMBER.test(value.replace(/\s/g, '').toUpperCase())

export const JOINT_STATUS_LABELS = {
  submitted: '已提交',
  processing: '办理中',
  supplement: '需补正',
  completed: '已办结',
} as const
export type JointState = keyof typeof JOINT_STATUS_LABELS

const FINISHED: ApplicationStatus[] = ['completed', 'rejected', 'withdrawn']

/** The joint case's state from its members': 需补正 when any needs a supplement, 已办结 when all are finished, 已提交 before any is taken up, else 办理中. */
export function jointState(statuses: ApplicationStatus[]): JointState {
  if (statuses.includes('supplement')) return 'supplement'
  if (statuses.every((status) => FINISHED.includes(status))) return 'completed'
  if (statuses.every((status) => status === 'submitted')) return 'submitted'
  return 'processing'
}

/** What the submit answers: the joint number and its query code (the same code opens every member), and each member's tracking number. */
export type BundleSubmitAnswer = {
  bundle: { code: string; title: string }
  members: SubmitAnswer[]
  number: string
  queryCode: string
  submittedAt: string
}

/** What a joint case's look-up answers: the overall state, which members need a supplement, and each member's own status. */
export type JointStatusAnswer = {
  bundle: { code: string; title: string }
  members: StatusAnswer[]
  /** Titles of the members waiting for the resident's supplement. */
  needsSupplement: string[]
  number: string
  state: JointState
  stateLabel: string
  submittedAt: string
  /** The state in one sentence: how many of the members are finished, and what the resident must do. */
  summary: string
}

/** The joint state in one sentence, e.g. "共4项，已办结1项。“印章刻制备案”需要补正材料。". */
export function jointSummary(members: Pick<StatusAnswer, 'service' | 'status'>[]): string {
  const finished = members.filter((member) => FINISHED.includes(member.status)).length
  const waiting = members.filter((member) => member.status === 'supplement').map((member) => `“${member.service.title}”`)
  const progress = `共${members.length}项，已办结${finished}项。`
  return waiting.length ? `${progress}${waiting.join('、')}需要补正材料。` : progress
}

/** The confirmation's words for a joint case, as the script's panel and the page without JavaScript show them. */
export const JOINT_CONFIRMATION_WORDS = {
  title: '一件事已提交',
  numberLabel: '联办编号',
  queryCodeOnce: '查询码只显示这一次，请抄下或打印本页。',
  queryCodeUse: '用联办编号和查询码可以一次查看全部事项的进度；用某一项的受理编号和同一个查询码，可以单独查看、补充材料或评价这一项。',
  membersTitle: '各事项的受理编号',
  routing: '每个事项由负责的部门分别审核、办理，办理进度会短信通知您。',
} as const
