import type { PayloadRequest, Where } from 'payload'

import type { Provider } from '../../../cms/payload-types'
import { withTransaction } from '../../../cms/lib/withTransaction'
import { appendCaseEvent } from '../../casework/history'
import { DIVISION_LEVELS } from '../../Divisions/code'
import { isUniqueClash, RequestError } from '../../errors'
import type { FieldError } from '../../endpoints/refusal'
import { invalid } from '../../endpoints/respond'
import { checkCreditCode } from '../../fields/creditCode'
import { isStrongPassword, PASSWORD_RULE } from '../../Users/hooks/enforcePasswordPolicy'
import { PROVIDER_ACCOUNTS } from '../../lifeServices/access'
import { LICENCE_KIND_LABELS, PROVIDERS } from '../states'
import { textProviderContact } from './notify'

type LicenceKind = keyof typeof LICENCE_KIND_LABELS

/** 加盟申请 as the portal's form (or another system) sends it: areas, categories and the community by code. */
export type ProviderApplication = {
  name: string
  creditCode: string
  legalRepresentative: string
  servicePhone: string
  contactName: string
  contactPhone: string
  address: string
  community: string
  categories: string[]
  areas: string[]
  /** Orders per time slot (the field's own rule refuses anything but 1–500). */
  capacity: number
  licences: { kind: string; number: string; validUntil: string }[]
  standardsAccepted: boolean
  username: string
  password: string
}

const USERNAME = /^[A-Za-z][A-Za-z0-9_-]{3,29}$/

const creditCodeOnFile = () =>
  new RequestError('CREDIT_CODE_ON_FILE', '这个统一社会信用代码已经申请过或已在册，请勿重复申请；需要修改资料请联系生活服务监管人员', 409, {
    errors: [{ field: 'creditCode', code: 'CREDIT_CODE_ON_FILE', message: '这个统一社会信用代码已经申请过或已在册' }],
  })

/** The ids of the records whose `code` is each of `codes`, in order; undefined for any not found. */
async function idsByCode(req: PayloadRequest, collection: 'divisions' | 'life-categories', codes: string[], where: Where): Promise<(string | undefined)[]> {
  if (codes.length === 0) return []
  const { docs } = await req.payload.find({ collection, where: { and: [{ code: { in: codes } }, where] }, depth: 0, pagination: false, select: { code: true }, req })
  const byCode = new Map(docs.map((doc) => [doc.code, String(doc.id)]))
  return codes.map((code) => byCode.get(code))
}

/** The endpoint's own checks, all at once: what Payload's field rules cannot tell (links, the account, the promise). */
async function resolveApplication(req: PayloadRequest, input: ProviderApplication) {
  const errors: FieldError[] = []
  const creditProblem = checkCreditCode(input.creditCode)
  if (creditProblem !== true) errors.push({ field: 'creditCode', code: 'CREDIT_CODE', message: creditProblem })
  const [community] = await idsByCode(req, 'divisions', [input.community], { level: { equals: 'community' } })
  if (!community) errors.push({ field: 'community', code: 'UNKNOWN_COMMUNITY', message: '请选择企业注册所在的社区' })
  const categories = await idsByCode(req, 'life-categories', input.categories, { active: { equals: true } })
  if (categories.length === 0 || categories.some((id) => !id)) errors.push({ field: 'categories', code: 'UNKNOWN_CATEGORY', message: '请选择至少一个服务类别' })
  const areas = await idsByCode(req, 'divisions', input.areas, { level: { in: DIVISION_LEVELS.slice(1) } })
  if (areas.length === 0 || areas.some((id) => !id)) errors.push({ field: 'areas', code: 'UNKNOWN_AREA', message: '请选择至少一个服务区域（区、街道或社区）' })
  if (input.licences.some((licence) => !Object.hasOwn(LICENCE_KIND_LABELS, licence.kind))) errors.push({ field: 'licences', code: 'UNKNOWN_LICENCE_KIND', message: '证照种类不正确' })
  if (!input.standardsAccepted) errors.push({ field: 'standardsAccepted', code: 'REQUIRED', message: '请阅读并承诺遵守服务标准和平台服务规范' })
  if (!USERNAME.test(input.username)) errors.push({ field: 'username', code: 'USERNAME_FORMAT', message: '用户名为4到30位字母、数字、- 或 _，以字母开头' })
  if (!isStrongPassword(input.password)) errors.push({ field: 'password', code: 'WEAK_PASSWORD', message: PASSWORD_RULE })
  if (errors.length > 0) throw invalid(errors)
  return { community: community!, categories: categories as string[], areas: areas as string[] }
}

/** Refuse a credit code or user name already on file (409), before anything is written. */
async function refuseDuplicates(req: PayloadRequest, creditCode: string, username: string): Promise<void> {
  const [providers, accounts] = await Promise.all([
    req.payload.count({ collection: PROVIDERS, where: { creditCode: { equals: creditCode } }, req }),
    req.payload.count({ collection: PROVIDER_ACCOUNTS, where: { username: { equals: username } }, req }),
  ])
  if (providers.totalDocs > 0) throw creditCodeOnFile()
  if (accounts.totalDocs > 0) {
    throw new RequestError('USERNAME_TAKEN', '这个用户名已被使用，请换一个', 409, { errors: [{ field: 'username', code: 'USERNAME_TAKEN', message: '这个用户名已被使用，请换一个' }] })
  }
}

/**
 * File a provider's application (加盟申请) in one transaction: the provider
 * 申请中 with its promise to the standards, the history entry 提交申请, its
 * first account (password set by update: create does not hash it here), and
 * a text to the contact mobile, counted against the number's cap. Checked
 * first; any refusal — ours or a field rule's — leaves nothing written.
 */
export async function fileProviderApplication(req: PayloadRequest, input: ProviderApplication): Promise<Provider> {
  const creditCode = input.creditCode.trim().toUpperCase()
  const links = await resolveApplication(req, input)
  await refuseDuplicates(req, creditCode, input.username)
  try {
    return await withTransaction(
      req.payload,
      async (tx) => {
        const provider = await tx.payload.create({
          collection: PROVIDERS,
          data: {
            name: input.name,
            creditCode,
            legalRepresentative: input.legalRepresentative,
            servicePhone: input.servicePhone,
            contactName: input.contactName,
            contactPhone: input.contactPhone,
            address: input.address,
            division: links.community,
            categories: links.categories,
            areas: links.areas,
            capacity: input.capacity,
            licences: input.licences.map((licence) => ({ kind: licence.kind as LicenceKind, number: licence.number, validUntil: licence.validUntil || null })),
            standards: { accepted: true, acceptedAt: new Date().toISOString() },
            status: 'applying',
          },
          overrideAccess: true,
          depth: 0,
          req: tx,
        })
        await appendCaseEvent(tx, 'provider-events', { action: 'apply', actionLabel: '提交申请', fromStatus: null, toStatus: 'applying', note: null, provider: provider.id, public: false, scope: provider.scope, actor: null }, { actorName: input.contactName, actorUnit: input.name })
        const account = await tx.payload.create({ collection: PROVIDER_ACCOUNTS, data: { username: input.username, name: input.contactName, phone: input.contactPhone, provider: provider.id, active: true }, overrideAccess: true, depth: 0, req: tx })
        await tx.payload.update({ collection: PROVIDER_ACCOUNTS, id: account.id, data: { password: input.password }, overrideAccess: true, depth: 0, req: tx })
        await textProviderContact(tx, provider, 'provider.applied', '', 'resident')
        return provider
      },
      req,
    )
  } catch (error) {
    // Another application with the same code committed between the check and the write.
    if (isUniqueClash(error, 'creditCode')) throw creditCodeOnFile()
    throw error
  }
}
