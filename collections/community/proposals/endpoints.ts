import type { Endpoint } from 'payload'

import { withTransaction } from '../../../cms/lib/withTransaction'
import { boardForRoute } from '../../Boards/lookup'
import { TITLE_MAX_LENGTH } from '../../BoardThreads'
import { PORTAL_PATHS } from '../../catalogue/portalPaths'
import { html, htmlPage, wantsHtmlPage } from '../../endpoints/htmlAnswer'
import { assertWellFormed, readBody, textField } from '../../endpoints/readBody'
import type { FieldError } from '../../endpoints/refusal'
import { answer, handled, invalid } from '../../endpoints/respond'
import { signedInResident } from '../../Residents/lib/accounts'
import { BODY_MAX_LENGTH } from '../postFields'
import { createThread } from '../posting'
import { PROPOSAL_STATUSES, SUPPORT_CHANNELS, type SupportChannel } from '../words'
import { answerProposal, PROPOSAL_DECISIONS, type ProposalDecision, recordProgress } from './answers'
import { supportOnBehalf, supportOnline } from './supports'
import { type ProposalOnBoard, proposalForStaff, publishedProposal } from './timeline'
import { limitPosts } from '../../BoardThreads/endpoints/posting'

/** Longest answer or progress note, in characters (the timeline's note). */
const NOTE_MAX_LENGTH = 2000

/** The form's answer: a short page linking back to the proposal. */
const donePage = (title: string, message: string, { board, thread }: ProposalOnBoard): Promise<Response> =>
  htmlPage({ title, body: html`<h1>${title}</h1><p>${message}</p><p><a href="${PORTAL_PATHS.communityProposal(board.code!, thread.id)}">返回提议“${thread.title}”</a></p>` })

/** A required text of the body, trimmed, within `max` characters; problems go to `errors`. */
function requiredText(fields: Record<string, unknown>, name: string, label: string, max: number, shape: FieldError[], errors: FieldError[]): string {
  const value = textField(fields, name, shape, max * 2).trim()
  if (!value) errors.push({ field: name, code: 'REQUIRED', message: `请填写${label}` })
  else if (value.length > max) errors.push({ field: name, code: 'TOO_LONG', message: `${label}不能超过${max}字` })
  return value
}

/** `POST /api/community/boards/:code/proposals` {title, body}: a member's proposal (posting rules, screening, moderation as any thread). */
const proposeEndpoint: Endpoint = {
  path: '/community/boards/:code/proposals',
  method: 'post',
  handler: handled(async (req) => {
    const resident = await signedInResident(req)
    await limitPosts(req)
    const board = await boardForRoute(req, String(req.routeParams?.code))
    const { fields } = await readBody(req)
    const shape: FieldError[] = []
    const errors: FieldError[] = []
    const title = requiredText(fields, 'title', '标题', TITLE_MAX_LENGTH, shape, errors)
    const body = requiredText(fields, 'body', '提议内容', BODY_MAX_LENGTH, shape, errors)
    assertWellFormed(shape)
    if (errors.length) throw invalid(errors)
    const thread = await withTransaction(req.payload, (tx) => createThread(tx, resident, board, { kind: 'proposal', category: 'discussion', title, body }), req)
    const url = PORTAL_PATHS.communityProposal(board.code!, thread.id)
    const waiting = thread.status !== 'published'
    const message = waiting ? '提议已提交，经社区工作者审核后公开征集支持。' : `提议已公开，支持人数达到${board.proposalThreshold}人后列入居民议事会议程。`
    if (wantsHtmlPage(req)) return donePage('提议已提交', message, { board, thread })
    return answer(req, { id: thread.id, status: thread.status, url, message }, 201)
  }),
}

/** `POST /api/community/proposals/:id/support`: a verified resident of the community supports, once. */
const supportEndpoint: Endpoint = {
  path: '/community/proposals/:id/support',
  method: 'post',
  handler: handled(async (req) => {
    const resident = await signedInResident(req)
    const proposal = await publishedProposal(req, String(req.routeParams?.id))
    const supports = await withTransaction(req.payload, (tx) => supportOnline(tx, resident, proposal), req)
    const message = `感谢您的支持，目前有${supports}人支持这个提议。`
    return wantsHtmlPage(req) ? donePage('已支持这个提议', message, proposal) : answer(req, { supports, message }, 201)
  }),
}

const STAFF_CHANNELS = Object.keys(SUPPORT_CHANNELS).filter((channel) => channel !== 'online') as SupportChannel[]

/** `POST /api/community/proposals/:id/supports` {name, idNumber, channel offline|phone}: staff enter a support given on paper or by phone. */
const staffSupportEndpoint: Endpoint = {
  path: '/community/proposals/:id/supports',
  method: 'post',
  handler: handled(async (req) => {
    const proposal = await proposalForStaff(req)
    const { fields } = await readBody(req)
    const shape: FieldError[] = []
    const errors: FieldError[] = []
    const name = requiredText(fields, 'name', '姓名', 50, shape, errors)
    const idNumber = requiredText(fields, 'idNumber', '身份证号', 18, shape, errors).toUpperCase()
    const channel = textField(fields, 'channel', shape, 16) as SupportChannel
    assertWellFormed(shape)
    if (!STAFF_CHANNELS.includes(channel)) errors.push({ field: 'channel', code: 'REQUIRED', message: '请选择线下签名或电话表示支持' })
    if (errors.length) throw invalid(errors)
    const supports = await withTransaction(req.payload, (tx) => supportOnBehalf(tx, proposal, { channel, idNumber, name }), req)
    return answer(req, { supports, message: `已录入，目前有${supports}人支持这个提议。` }, 201)
  }),
}

/** `POST /api/community/proposals/:id/answer` {decision adopted|declined|studying, reasons}: the answer, told to author and supporters. */
const answerEndpoint: Endpoint = {
  path: '/community/proposals/:id/answer',
  method: 'post',
  handler: handled(async (req) => {
    const proposal = await proposalForStaff(req)
    const { fields } = await readBody(req)
    const shape: FieldError[] = []
    const errors: FieldError[] = []
    const decision = textField(fields, 'decision', shape, 16) as ProposalDecision
    const reasons = requiredText(fields, 'reasons', '答复理由', NOTE_MAX_LENGTH, shape, errors)
    assertWellFormed(shape)
    if (!PROPOSAL_DECISIONS.includes(decision)) errors.push({ field: 'decision', code: 'REQUIRED', message: '请选择采纳、不采纳或研究中' })
    if (errors.length) throw invalid(errors)
    const updated = await withTransaction(req.payload, (tx) => answerProposal(tx, proposal, decision, reasons), req)
    return answer(req, { status: updated.proposal?.status, message: `已答复：${PROPOSAL_STATUSES[decision]}，已短信告知提议人和支持的居民。` })
  }),
}

/** `POST /api/community/proposals/:id/progress` {note, done?}: a step in carrying out an adopted proposal. */
const progressEndpoint: Endpoint = {
  path: '/community/proposals/:id/progress',
  method: 'post',
  handler: handled(async (req) => {
    const proposal = await proposalForStaff(req)
    const { fields } = await readBody(req)
    const shape: FieldError[] = []
    const errors: FieldError[] = []
    const note = requiredText(fields, 'note', '进展说明', NOTE_MAX_LENGTH, shape, errors)
    const done = fields.done === true || fields.done === 'true' || fields.done === 'on'
    assertWellFormed(shape)
    if (errors.length) throw invalid(errors)
    await withTransaction(req.payload, (tx) => recordProgress(tx, proposal, note, done), req)
    return answer(req, { message: done ? '已记录，提议已落实。' : '已记录落实进展。' }, 201)
  }),
}

export const proposalEndpoints: Endpoint[] = [proposeEndpoint, supportEndpoint, staffSupportEndpoint, answerEndpoint, progressEndpoint]
