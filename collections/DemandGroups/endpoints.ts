import type { Endpoint, PayloadRequest, Where } from 'payload'

import type { DemandGroup } from '../../cms/payload-types'
import { withTransaction } from '../../cms/lib/withTransaction'
import { hasRole, scopeWhere } from '../access'
import { requestActorWords } from '../casework/actorWords'
import { DEMAND_ROLES, districtWideWhere, GROUPING_ROLES } from '../Demands/access'
import { assertWellFormed, readBody, textField } from '../endpoints/readBody'
import { answer, handled, invalid } from '../endpoints/respond'
import type { FieldError } from '../endpoints/refusal'
import { chinaDate } from '../CalendarDays/workingDays'
import { RequestError } from '../errors'
import { queuePortalRebuild } from '../catalogue/hooks/queuePortalRebuild'
import { withoutPersonalNumbers } from '../Tickets/web/similarity'
import { centroidOf, centroidOfGroup, combined, groupScopeOf, refreshGroupFigures, refreshGroupFromMembers } from './grouping'
import { monthTopGroups, rankedGroups, RANKING_ORDER } from './ranking'
import { CATALOGUE_DECISIONS, DECISION_KIND_LABELS, type DecisionKind, type GROUP_ACTION_LABELS } from './labels'

type GroupAction = keyof typeof GROUP_ACTION_LABELS

/** The groups this user may merge, split and decide on: their own subtree, for district or city staff; none for others. */
export const groupingWhere = (user: PayloadRequest['user']): false | Where => (hasRole(user, ...GROUPING_ROLES) ? scopeWhere(user) : false)

/** An active group this user may regroup, else 404. */
async function groupToChange(req: PayloadRequest, id: string, field?: string): Promise<DemandGroup> {
  const rule = groupingWhere(req.user)
  if (!rule) throw new RequestError('FORBIDDEN', '只有区级以上的热线坐席和管理员可以调整诉求分组', 403)
  const { docs } = await req.payload.find({ collection: 'demand-groups', where: { and: [{ id: { equals: id } }, rule] }, depth: 0, limit: 1, req })
  const group = docs[0]
  if (!group) {
    if (field) throw invalid([{ field, code: 'UNKNOWN_GROUP', message: '要合并的分组不存在或不在您负责的辖区内' }])
    throw new RequestError('NOT_FOUND', '没有找到这个分组，或它不在您负责的辖区内', 404)
  }
  if (group.status !== 'active') throw new RequestError('GROUP_MERGED', '这个分组已并入其他分组，不能再调整', 409)
  return group
}

/** Append a step to a group's history, with who took it. */
async function recordStep(req: PayloadRequest, group: DemandGroup, action: GroupAction, note: string, data: Partial<DemandGroup> = {}) {
  const entry = { at: new Date().toISOString(), action, ...(await requestActorWords(req)), note }
  await req.payload.update({ collection: 'demand-groups', id: group.id, data: { ...data, history: [...(group.history ?? []), entry] }, req, depth: 0 })
}

/** The longest line saying what a group asked, as the portal shows it. */
const PUBLIC_SUMMARY_LENGTH = 100

const noteOf = (fields: Record<string, unknown>, errors: FieldError[]) => textField(fields, 'note', errors, 500).trim()

/**
 * `POST /api/demand-groups/:id/merge` `{ from, note? }`: every demand of
 * group `from` joins this one, as a staff decision the nightly run keeps;
 * `from` is marked 已并入 and points here. Both histories record it.
 */
const mergeEndpoint: Endpoint = {
  path: '/:id/merge',
  method: 'post',
  handler: handled(async (req) => {
    const body = await readBody(req)
    const errors: FieldError[] = []
    const from = textField(body.fields, 'from', errors, 40)
    const note = noteOf(body.fields, errors)
    assertWellFormed(errors)
    const target = await groupToChange(req, String(req.routeParams?.id ?? ''))
    if (!from) throw invalid([{ field: 'from', code: 'REQUIRED', message: '请选择要并入的分组' }])
    if (from === target.id) throw invalid([{ field: 'from', code: 'SAME_GROUP', message: '不能把分组并入它自己' }])
    const source = await groupToChange(req, from, 'from')
    const merged = await withTransaction(
      req.payload,
      async (tx) => {
        await tx.payload.update({ collection: 'demands', where: { group: { equals: source.id } }, data: { group: target.id, groupedBy: 'staff' }, req: tx, depth: 0 })
        await recordStep(tx, source, 'mergedInto', note || `并入分组“${target.title}”`, { status: 'merged', mergedInto: target.id })
        await refreshGroupFigures(tx, source.id, { counts: {}, size: 0 })
        await recordStep(tx, target, 'merge', note || `并入分组“${source.title}”的 ${source.size ?? 0} 件诉求`)
        await refreshGroupFigures(tx, target.id, combined(centroidOfGroup(target), centroidOfGroup(source)))
        return tx.payload.findByID({ collection: 'demand-groups', id: target.id, depth: 0, req: tx })
      },
      req,
    )
    return answer(req, { group: merged })
  }),
}

/** The ids a body names in `demands`: a list, or one id. */
function idList(fields: Record<string, unknown>, errors: FieldError[]): string[] {
  const value = fields.demands
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value]
  if (!list.every((each) => typeof each === 'string' && each.length <= 40)) {
    errors.push({ field: 'demands', code: 'WRONG_TYPE', message: '“demands”应为诉求编号的列表' })
    return []
  }
  return [...new Set(list as string[])]
}

/**
 * `POST /api/demand-groups/:id/split` `{ demands: [id…], note? }`: those
 * demands leave this group for a new one, as a staff decision the nightly
 * run keeps. Both groups' histories record it; answers the new group.
 */
const splitEndpoint: Endpoint = {
  path: '/:id/split',
  method: 'post',
  handler: handled(async (req) => {
    const body = await readBody(req)
    const errors: FieldError[] = []
    const ids = idList(body.fields, errors)
    const note = noteOf(body.fields, errors)
    assertWellFormed(errors)
    const group = await groupToChange(req, String(req.routeParams?.id ?? ''))
    if (!ids.length) throw invalid([{ field: 'demands', code: 'REQUIRED', message: '请选择要拆出的诉求' }])
    const { docs: moving } = await req.payload.find({
      collection: 'demands',
      where: { and: [{ id: { in: ids } }, { group: { equals: group.id } }] },
      pagination: false,
      depth: 0,
      select: { summary: true, scope: true, topic: true, bucket: true },
      req,
    })
    if (moving.length !== ids.length) throw invalid([{ field: 'demands', code: 'NOT_IN_GROUP', message: '所选诉求有的不在这个分组里' }])
    if (moving.length >= (group.size ?? 0)) throw invalid([{ field: 'demands', code: 'NOTHING_LEFT', message: '不能把分组里的诉求全部拆出；要改名或合并请用其他操作' }])
    const created = await withTransaction(
      req.payload,
      async (tx) => {
        const first = moving[0]!
        const fresh = await tx.payload.create({
          collection: 'demand-groups',
          data: { title: first.summary.slice(0, 60), bucket: first.bucket, topic: first.topic, scope: groupScopeOf(first), status: 'active', centroid: centroidOf(moving.map((each) => each.summary)) },
          req: tx,
          depth: 0,
        })
        await tx.payload.update({ collection: 'demands', where: { id: { in: ids } }, data: { group: fresh.id, groupedBy: 'staff' }, req: tx, depth: 0 })
        await recordStep(tx, group, 'split', note || `拆出 ${moving.length} 件诉求，另立分组`)
        await refreshGroupFromMembers(tx, group.id)
        await recordStep(tx, fresh, 'splitFrom', note || `由分组“${group.title}”拆出`)
        await refreshGroupFigures(tx, fresh.id)
        return tx.payload.findByID({ collection: 'demand-groups', id: fresh.id, depth: 0, req: tx })
      },
      req,
    )
    return answer(req, { group: created }, 201)
  }),
}

/**
 * `POST /api/demand-groups/:id/decision` `{ kind, publicSummary, note, service? }`:
 * answer the group — 新增服务 or 修改办事指南 with the service or guide (by
 * code) whose publication tells the residents who asked (decision.ts),
 * 转政策研究 or 不予采纳 with the reasons. `publicSummary` says in a line what
 * was asked, for the portal's 诉求处理决定 page, which is rebuilt. Recorded in
 * the history; it may be changed until the residents have been told (then 409).
 */
const decisionEndpoint: Endpoint = {
  path: '/:id/decision',
  method: 'post',
  handler: handled(async (req) => {
    const body = await readBody(req)
    const errors: FieldError[] = []
    const kind = textField(body.fields, 'kind', errors, 40)
    const note = noteOf(body.fields, errors)
    const publicSummary = withoutPersonalNumbers(textField(body.fields, 'publicSummary', errors, PUBLIC_SUMMARY_LENGTH).trim())
    const serviceCode = textField(body.fields, 'service', errors, 20).trim()
    assertWellFormed(errors)
    const group = await groupToChange(req, String(req.routeParams?.id ?? ''))
    if (group.decision?.notifiedAt) throw new RequestError('DECISION_NOTIFIED', '已按这个决定通知了居民，不能再修改', 409)
    if (!Object.hasOwn(DECISION_KIND_LABELS, kind)) errors.push({ field: 'kind', code: 'UNKNOWN_DECISION', message: '请选择新增服务、修改办事指南、转政策研究或不予采纳' })
    if (!note) errors.push({ field: 'note', code: 'REQUIRED', message: kind === 'declined' ? '请写明不予采纳的理由' : '请写明改了什么或怎样处理' })
    if (!publicSummary) errors.push({ field: 'publicSummary', code: 'REQUIRED', message: '请用一句话写明居民反映了什么（将在网站公开，不要写姓名、电话、地址）' })
    const needsService = CATALOGUE_DECISIONS.includes(kind as DecisionKind)
    if (needsService && !serviceCode) errors.push({ field: 'service', code: 'REQUIRED', message: '请填写新增或修改的服务（事项编码）' })
    if (!needsService && serviceCode) errors.push({ field: 'service', code: 'NOT_APPLICABLE', message: '这种决定不关联服务' })
    const service = needsService && serviceCode ? (await req.payload.find({ collection: 'services', where: { code: { equals: serviceCode } }, draft: true, limit: 1, depth: 0, select: { title: true }, req })).docs[0] : undefined
    if (needsService && serviceCode && !service) errors.push({ field: 'service', code: 'UNKNOWN_SERVICE', message: '没有这个事项编码' })
    if (errors.length) throw invalid(errors)
    const decided = await withTransaction(
      req.payload,
      async (tx) => {
        const decision = { kind: kind as DecisionKind, publicSummary, note, service: service?.id ?? null, decidedAt: new Date().toISOString(), notifiedAt: null }
        await recordStep(tx, group, 'decide', `${DECISION_KIND_LABELS[kind as DecisionKind]}${service ? `“${service.title}”` : ''}：${note}`, { decision })
        await queuePortalRebuild(tx, '诉求处理决定')
        return tx.payload.findByID({ collection: 'demand-groups', id: group.id, depth: 0, req: tx })
      },
      req,
    )
    return answer(req, { group: decided })
  }),
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/

/**
 * `GET /api/demand-groups/ranking?by=size|growth|thisMonth|month&month=YYYY-MM&limit=10`:
 * the groups in the reader's reach, largest first, fastest grown first (this
 * month on last), most new this month from the groups' own figures (one
 * indexed read), or — 每月一题 of any month — those with the most demands
 * raised in one Beijing month (this month by default), counted from the
 * demands, each with that month's count.
 */
const rankingEndpoint: Endpoint = {
  path: '/ranking',
  method: 'get',
  handler: handled(async (req) => {
    const rule = hasRole(req.user, ...DEMAND_ROLES) ? districtWideWhere(req.user) : false
    if (!rule) throw new RequestError('FORBIDDEN', '没有查看诉求分组的权限', 403)
    const by = req.searchParams.get('by') ?? 'size'
    const limit = Number(req.searchParams.get('limit') ?? 10)
    if (!Object.hasOwn(RANKING_ORDER, by) && by !== 'month') throw invalid([{ field: 'by', code: 'UNKNOWN_ORDER', message: '排序方式只能是 size、growth、thisMonth 或 month' }], 400)
    if (!Number.isInteger(limit) || limit < 1 || limit > 100) throw invalid([{ field: 'limit', code: 'OUT_OF_RANGE', message: '条数应为1到100的整数' }], 400)
    if (by !== 'month') return answer(req, { by, groups: await rankedGroups(req.payload, rule, by as keyof typeof RANKING_ORDER, limit, req) })
    const month = req.searchParams.get('month') ?? chinaDate().slice(0, 7)
    const parts = MONTH.exec(month)
    if (!parts) throw invalid([{ field: 'month', code: 'MONTH_FORMAT', message: '月份格式应为 2026-12' }], 400)
    return answer(req, { by, month, groups: await monthTopGroups(req.payload, rule, Number(parts[1]), Number(parts[2]), limit, req) })
  }),
}

export const demandGroupEndpoints: Endpoint[] = [rankingEndpoint, mergeEndpoint, splitEndpoint, decisionEndpoint]
