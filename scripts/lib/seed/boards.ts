import path from 'node:path'
import type { Payload, PayloadRequest } from 'payload'
import { z } from 'zod'

import type { Board, BoardMember, BoardThread, Person, Resident, User } from '../../../cms/payload-types'
import { NICKNAME_LENGTH } from '../../../collections/BoardMembers'
import { TITLE_MAX_LENGTH } from '../../../collections/BoardThreads'
import { identityKeys } from '../../../collections/community/membership'
import { createReply, createThread } from '../../../collections/community/posting'
import { BODY_MAX_LENGTH } from '../../../collections/community/postFields'
import { OFFICIAL_KINDS, type SupportChannel, THREAD_CATEGORIES } from '../../../collections/community/words'
import { isDivisionCode } from '../../../collections/Divisions/code'
import { lookupKey } from '../../../collections/privacy/lookupKey'
import { phoneKeyOf, residentWithPhone } from '../../../collections/Residents/lib/accounts'
import { PRIVACY_NOTICE_VERSION } from '../../../collections/Residents/lib/notice'
import { verifyRealName } from '../../../collections/Residents/lib/realName'
import { isMobileNumber } from '../../../collections/validation/identity'
import { check, type ContentProblem, readYaml } from './files'
import { emptyTally, type Tally } from './upsert'

/**
 * The boards' demo content (content/demo/boards.yaml): resident accounts
 * verified against demo persons of the board's community and members of its
 * board, their posts and replies written by the platform's posting functions
 * (`createThread`, `createReply`), a proposal with supports, and 居务公开 by a
 * staff account. Demo mode only; a second run changes nothing.
 */

const text = z.string().trim().min(1, '不能为空')
const nickname = z.string().trim().min(NICKNAME_LENGTH.min, `昵称至少 ${NICKNAME_LENGTH.min} 个字`).max(NICKNAME_LENGTH.max, `昵称最多 ${NICKNAME_LENGTH.max} 个字`)
const title = text.max(TITLE_MAX_LENGTH, `标题最多 ${TITLE_MAX_LENGTH} 个字`)
const body = text.max(BODY_MAX_LENGTH, `内容最多 ${BODY_MAX_LENGTH} 个字`)
const categories = Object.keys(THREAD_CATEGORIES) as [keyof typeof THREAD_CATEGORIES, ...(keyof typeof THREAD_CATEGORIES)[]]
const officialKinds = Object.keys(OFFICIAL_KINDS) as [keyof typeof OFFICIAL_KINDS, ...(keyof typeof OFFICIAL_KINDS)[]]

const officialSchema = z.strictObject({ staff: z.string(), officialKind: z.enum(officialKinds), pinned: z.boolean().default(false), title, body })
const postSchema = z.strictObject({
  author: nickname,
  kind: z.enum(['post', 'proposal']).default('post'),
  category: z.enum(categories).default('discussion'),
  title,
  body,
  replies: z.array(z.strictObject({ author: nickname, body })).default([]),
  // Offline supports are entered by `recordedBy` (a staff account) for residents without an account.
  supports: z.strictObject({ online: z.array(nickname).default([]), offline: z.number().int().min(0).default(0), recordedBy: z.string() }).optional(),
})
const boardsFileSchema = z.strictObject({
  board: z.string({ error: '应为带引号的12位区划代码' }).refine(isDivisionCode, '不是有效的12位区划代码'),
  residents: z.array(z.strictObject({ phone: z.string().refine(isMobileNumber, '应为 11 位手机号'), nickname })),
  threads: z.array(z.union([officialSchema, postSchema])),
})

export type BoardsContent = z.infer<typeof boardsFileSchema>
type OfficialRecord = z.infer<typeof officialSchema>
type PostRecord = z.infer<typeof postSchema>

/** Read and check content/demo/boards.yaml: the board's division, the staff accounts and every nickname named must exist. */
export async function loadBoardsContent(contentDir: string, known: { divisions: Set<string>; usernames: Set<string> }, problems: ContentProblem[]): Promise<BoardsContent | null> {
  const source = await readYaml(path.join(contentDir, 'demo', 'boards.yaml'), problems)
  const content = check(boardsFileSchema, source, problems)
  if (!content) return null
  const problem = (field: string, reason: string) => problems.push({ file: source.file, field, reason })
  if (!known.divisions.has(content.board)) problem('board', `区划 ${content.board} 不存在`)
  const nicknames = new Set(content.residents.map((resident) => resident.nickname))
  if (nicknames.size !== content.residents.length) problem('residents', '昵称有重复')
  content.threads.forEach((thread, index) => {
    const staff = 'staff' in thread ? thread.staff : thread.supports?.recordedBy
    if (staff && !known.usernames.has(staff)) problem(`threads.${index}`, `演示账号 ${staff} 不存在`)
    if ('staff' in thread) return
    const named = [thread.author, ...thread.replies.map((reply) => reply.author), ...(thread.supports?.online ?? [])]
    for (const each of named) if (!nicknames.has(each)) problem(`threads.${index}`, `居民昵称 ${each} 不在 residents 中`)
    if (thread.supports && thread.kind !== 'proposal') problem(`threads.${index}.supports`, '只有提议（kind: proposal）可以有支持')
  })
  return content
}

export type BoardsReport = { demoResidents: Tally; boardThreads: Tally; boardReplies: Tally; proposalSupports: Tally }
export const emptyBoardsReport = (): BoardsReport => ({ demoResidents: emptyTally(), boardThreads: emptyTally(), boardReplies: emptyTally(), proposalSupports: emptyTally() })

/** Born this year or earlier: adults, who may hold an account of their own. */
const ADULT_BORN_BY = String(new Date().getFullYear() - 18)

/**
 * The community's living adults in a fixed order (the demo population is
 * deterministic), read unmasked to be matched as the real-name check does.
 */
async function adultsOf(req: PayloadRequest, community: string): Promise<Person[]> {
  const { docs } = await req.payload.find({
    collection: 'persons',
    where: { and: [{ 'scope.community': { equals: community } }, { status: { equals: 'active' } }] },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    showHiddenFields: true,
    req,
  })
  return docs.filter((person) => person.idNumber.slice(6, 10) <= ADULT_BORN_BY).sort((a, b) => b.idNumber.localeCompare(a.idNumber))
}

/** The account with this phone, opened as a first sign-in would (privacy notice accepted) and verified against `person`. */
async function demoResident(req: PayloadRequest, phone: string, person: Person): Promise<Resident> {
  const now = new Date().toISOString()
  const check = await verifyRealName(req, person.name, person.idNumber)
  return req.payload.create({
    collection: 'residents',
    data: {
      phone,
      username: phoneKeyOf(req, phone),
      status: 'active',
      privacyConsent: { acceptedAt: now, noticeVersion: PRIVACY_NOTICE_VERSION },
      sensitiveConsent: { acceptedAt: now, noticeVersion: PRIVACY_NOTICE_VERSION },
      realName: { name: person.name, idNumber: person.idNumber, status: check.status, person: check.person ?? null, checkedAt: now },
    },
    overrideAccess: true,
    depth: 0,
    req,
  })
}

type Member = { member: BoardMember; person: Person; resident: Resident }

/** The demo residents and their memberships, by nickname: made the first time, found afterwards (by phone). */
async function seedMembers(req: PayloadRequest, board: Board, content: BoardsContent, adults: Person[], tally: Tally): Promise<Map<string, Member>> {
  const members = new Map<string, Member>()
  for (const [index, { nickname, phone }] of content.residents.entries()) {
    const existing = await residentWithPhone(req, phone)
    const person = adults.find((adult) => adult.idNumber === existing?.realName?.idNumber) ?? adults[index]!
    const resident = existing ?? (await demoResident(req, phone, person))
    const found = await req.payload.find({ collection: 'board-members', where: { resident: { equals: resident.id } }, depth: 0, limit: 1, overrideAccess: true, req })
    const member =
      found.docs[0] ??
      (await req.payload.create({
        collection: 'board-members',
        data: { resident: resident.id, board: board.id, nickname, verification: 'population', pledge: { acceptedAt: new Date().toISOString(), version: PRIVACY_NOTICE_VERSION }, ...identityKeys(req, resident) },
        overrideAccess: true,
        depth: 0,
        req,
      }))
    tally[existing ? 'unchanged' : 'created'] += 1
    members.set(nickname, { member, person, resident })
  }
  return members
}

/** Run `work` as a staff member within the seed's transaction: hooks see who writes (as in the admin). */
async function asStaff<T>(req: PayloadRequest, user: User, work: () => Promise<T>): Promise<T> {
  const before = req.user
  req.user = { ...user, collection: 'users' }
  try {
    return await work()
  } finally {
    req.user = before
  }
}

/** A proposal's supports: its members' online, then offline ones entered by the community's staff for residents without an account. */
async function seedSupports(req: PayloadRequest, thread: BoardThread, supports: NonNullable<PostRecord['supports']>, context: { adults: Person[]; members: Map<string, Member>; staff: User }, tally: Tally) {
  const record = (person: Person, extra: { channel: SupportChannel; member?: string; recordedBy?: string }) =>
    req.payload.create({ collection: 'proposal-supports', data: { thread: thread.id, board: thread.board, person: person.id, personKey: lookupKey(req.payload.secret, 'idNumber', person.idNumber), ...extra }, overrideAccess: true, depth: 0, req })
  for (const nickname of supports.online) {
    const { member, person } = context.members.get(nickname)!
    await record(person, { channel: 'online', member: member.id })
  }
  const taken = new Set([...context.members.values()].map(({ person }) => person.id))
  for (const person of context.adults.filter((adult) => !taken.has(adult.id)).slice(0, supports.offline)) await record(person, { channel: 'offline', recordedBy: context.staff.id })
  const count = supports.online.length + supports.offline
  await req.payload.update({ collection: 'board-threads', id: thread.id, data: { proposal: { ...thread.proposal, supports: count } }, overrideAccess: true, depth: 0, req })
  tally.created += count
}

/** One thread and what hangs on it, unless a thread of that title is on the board already. */
async function seedThread(req: PayloadRequest, board: Board, entry: OfficialRecord | PostRecord, context: { adults: Person[]; members: Map<string, Member>; staff: Map<string, User> }, report: BoardsReport) {
  const existing = await req.payload.find({ collection: 'board-threads', where: { and: [{ board: { equals: board.id } }, { title: { equals: entry.title } }] }, depth: 0, limit: 1, req })
  if (existing.docs[0]) {
    report.boardThreads.unchanged += 1
    return
  }
  report.boardThreads.created += 1
  if ('staff' in entry) {
    const { staff, ...data } = entry
    await asStaff(req, context.staff.get(staff)!, () => req.payload.create({ collection: 'board-threads', data: { ...data, board: board.id }, depth: 0, req }))
    return
  }
  const author = context.members.get(entry.author)!
  const thread = await createThread(req, author.resident, board, { kind: entry.kind, category: entry.category, title: entry.title, body: entry.body })
  for (const reply of entry.replies) {
    await createReply(req, context.members.get(reply.author)!.resident, await req.payload.findByID({ collection: 'board-threads', id: thread.id, depth: 0, req }), board, reply.body)
    report.boardReplies.created += 1
  }
  if (entry.supports) await seedSupports(req, thread, entry.supports, { ...context, staff: context.staff.get(entry.supports.recordedBy)! }, report.proposalSupports)
}

/** The demo boards' residents, threads, replies and supports, in the seed's transaction. */
export async function seedDemoBoards(payload: Payload, req: PayloadRequest, content: BoardsContent, report: BoardsReport): Promise<void> {
  const { docs } = await payload.find({ collection: 'boards', where: { code: { equals: content.board } }, depth: 0, limit: 1, req })
  const board = docs[0]
  if (!board) return
  const adults = await adultsOf(req, content.board)
  const members = await seedMembers(req, board, content, adults, report.demoResidents)
  const usernames = [...new Set(content.threads.flatMap((thread) => ('staff' in thread ? [thread.staff] : thread.supports ? [thread.supports.recordedBy] : [])))]
  const users = await payload.find({ collection: 'users', where: { username: { in: usernames } }, depth: 0, pagination: false, req })
  const staff = new Map(users.docs.map((user) => [user.username!, user]))
  for (const entry of content.threads) await seedThread(req, board, entry, { adults, members, staff }, report)
}
