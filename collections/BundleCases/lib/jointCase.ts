import type { PayloadRequest } from 'payload'

import type { Application, BundleCase } from '../../../cms/payload-types'
import { RequestError } from '../../errors'
import { invalid } from '../../endpoints/respond'
import { relationId } from '../../relations'
import { optionalResident } from '../../Residents/lib/accounts'
import { NOT_OWNED, openWithSecret, QUERY_CODE_WORDS, queryCodeKey } from '../../Applications/endpoints/guard'
import { QUERY_CODE, queryCodeMatches } from '../../Applications/lib/codes'
import { historyOf, statusAnswerWith } from '../../Applications/lib/statusAnswer'
import { resultsOf } from '../../ResultDocuments/lib/answers'
import { resultFilesOf } from '../../ResultDocuments/lib/heldDocuments'
import { JOINT_NUMBER, JOINT_STATUS_LABELS, type JointStatusAnswer, jointState, jointSummary } from '../states'

/** The joint case with this number, if any (its query code hash included). */
async function jointCaseNumbered(req: PayloadRequest, number: string): Promise<BundleCase | undefined> {
  const { docs } = await req.payload.find({ collection: 'bundle-cases', where: { number: { equals: number } }, limit: 1, depth: 0, pagination: false })
  return docs[0]
}

/**
 * The joint case a resident names by its number and query code (the same
 * lock as an application's: five wrong codes per number per 15 minutes), or
 * by number alone when it is in the signed-in resident's own account.
 */
export async function findJointCase(req: PayloadRequest, typed: string, queryCode: string): Promise<BundleCase> {
  const number = typed.replace(/\s/g, '').toUpperCase()
  const code = queryCode.trim()
  if (!JOINT_NUMBER.test(number)) {
    throw invalid([{ field: 'trackingNumber', code: 'TRACKING_NUMBER_FORMAT', message: '联办编号应为 YJ 加14位数字' }], 400)
  }
  if (!code) {
    const owner = await optionalResident(req)
    const found = owner ? await jointCaseNumbered(req, number) : undefined
    if (found && relationId(found.resident) === owner!.id) return found
    throw new RequestError('NOT_FOUND', NOT_OWNED.message, 404)
  }
  const found = await jointCaseNumbered(req, number)
  return openWithSecret(
    req,
    queryCodeKey(number),
    found,
    (each) => QUERY_CODE.test(code) && queryCodeMatches(req.payload.secret, number, code, each.queryCodeHash ?? ''),
    QUERY_CODE_WORDS,
  )
}

/** The member applications of these joint cases, in each case's order (one query). */
export async function membersOf(req: PayloadRequest, cases: BundleCase[]): Promise<Application[]> {
  const ids = cases.flatMap((each) => each.applications.map((member) => String(relationId(member))))
  if (ids.length === 0) return []
  const { docs } = await req.payload.find({ collection: 'applications', where: { id: { in: ids } }, depth: 0, joins: false, pagination: false })
  const byId = new Map(docs.map((doc) => [doc.id, doc]))
  return ids.flatMap((id) => byId.get(id) ?? [])
}

/** Each joint case's member applications, in the case's order, from applications read together. */
function membersByCase(cases: BundleCase[], applications: Application[]): Map<string, Application[]> {
  const byId = new Map(applications.map((application) => [application.id, application]))
  return new Map(cases.map((each) => [each.id, each.applications.flatMap((member) => byId.get(String(relationId(member))) ?? [])]))
}

/** What residents see of these joint cases: each member's status (three queries for them all) and the joint state. */
export async function jointStatusAnswers(req: PayloadRequest, cases: BundleCase[]): Promise<JointStatusAnswer[]> {
  const applications = await membersOf(req, cases)
  const ids = applications.map((application) => application.id)
  const [history, results, files] = await Promise.all([historyOf(req, ids), resultsOf(req, ids), resultFilesOf(req, ids)])
  const byCase = membersByCase(cases, applications)
  return cases.map((each) => {
    const members = (byCase.get(each.id) ?? []).map((application) => statusAnswerWith(application, history, results, files))
    const state = jointState(members.map((member) => member.status))
    return {
      number: each.number,
      bundle: { code: each.bundleCode, title: each.bundleTitle },
      submittedAt: each.submittedAt,
      state,
      stateLabel: JOINT_STATUS_LABELS[state],
      summary: jointSummary(members),
      needsSupplement: members.filter((member) => member.status === 'supplement').map((member) => member.service.title),
      members,
    }
  })
}
