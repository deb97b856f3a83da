import { randomInt, randomUUID } from 'node:crypto'

import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, CollectionConfig } from 'payload'

import { hasRole, nobody } from '../access'
import { writeAudit } from '../AuditLog/record'
import { chinaDate } from '../CalendarDays/workingDays'
import { optionalDate } from '../fields/dates'
import { scopePathField } from '../fields/divisionScope'
import { selectOptions } from '../fields/selectOptions'
import { expiringExportEndpoint } from '../lifeServices/expiring/export'
import { accountProviderId, LIFE_MANAGER_ROLES, lifeManagersInScope, providerOwnedOr } from '../lifeServices/access'
import { checkIdNumber, checkPhone } from '../Persons/options'
import { RequestError } from '../errors'
import { lookupKey } from '../privacy/lookupKey'
import { personalField } from '../privacy/personalField'
import { PROVIDERS } from '../Providers/states'
import { relationId, type Relation } from '../relations'
import { workerCardEndpoint } from './cardEndpoint'
import { CERTIFICATE_KIND_LABELS, WORKER_COLOUR_LABELS, workerStatus } from './status'

export const WORKERS = 'workers'

const CARD_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'

const CARD_NUMBER = new RegExp(`^FW[${CARD_ALPHABET}]{8}$`)

/** Whether `value` is written as a card number (upper case, no spaces). */
export const isCardNumber = (value: string): boolean => CARD_NUMBER.test(value)

/** A card number (服务人员卡号, in the card's QR code): 10 characters nobody can guess or misread. */
export const newCardNumber = (): string => `FW${Array.from({ length: 8 }, () => CARD_ALPHABET[randomInt(CARD_ALPHABET.length)]).join('')}`

/** A worker serves only in categories their provider is registered for. */
function refuseForeignCategories(categories: unknown, providerCategories: Relation[] | null | undefined): void {
  if (!Array.isArray(categories)) return
  const allowed = new Set((providerCategories ?? []).map((category) => String(relationId(category))))
  if (categories.some((category) => !allowed.has(String(relationId(category as Relation))))) {
    throw new RequestError('CATEGORY_NOT_OFFERED', '服务类别只能从所属企业登记的服务类别中选择', 400)
  }
}

/**
 * A provider account always writes its own provider's workers; every worker
 * carries its provider's division path (so staff see the workers of the
 * providers in their subtree) and gets a card number when created.
 */
const ownProviderAndCard: CollectionBeforeChangeHook = async ({ data, operation, originalDoc, req }) => {
  const own = accountProviderId(req.user)
  const providerId = own ?? relationId(data.provider ?? originalDoc?.provider)
  const provider = providerId === undefined ? null : await req.payload.findByID({ collection: PROVIDERS, id: providerId, depth: 0, select: { categories: true, scope: true, status: true }, overrideAccess: true, req, disableErrors: true })
  refuseForeignCategories(data.categories, provider?.categories)
  const status = workerStatus({ ...originalDoc, ...data, providerListed: provider?.status === 'listed' }, chinaDate())
  return {
    ...data,
    ...(own === undefined ? {} : { provider: own }),
    scope: provider?.scope,
    ...(operation === 'create' ? { cardNumber: newCardNumber() } : {}),
    status: { colour: status.colour, reasons: status.reasons.join('；'), validUntil: status.validUntil, computedOn: chinaDate() },
  }
}

/** A key no other record holds, for a worker no longer employed (never null: MongoDB's unique index would count nulls alike). */
const formerKey = (id: number | string | undefined): string => `former|${id ?? randomUUID()}`

/**
 * One worker record per person while employed anywhere on the platform:
 * the keyed hash of the ID number (never the number itself) is unique and
 * kept only while the worker is employed, so someone who left one provider
 * can be taken on by another.
 */
const oneRecordPerEmployedPerson: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const idNumber = (data.idNumber ?? originalDoc?.idNumber) as string | undefined
  const employed = (data.employed ?? originalDoc?.employed) !== false
  if (!employed || !idNumber) return { ...data, idKey: formerKey(originalDoc?.id) }
  const idKey = lookupKey(req.payload.secret, 'idNumber', idNumber)
  const { totalDocs } = await req.payload.count({
    collection: WORKERS,
    where: { and: [{ idKey: { equals: idKey } }, ...(originalDoc?.id === undefined ? [] : [{ id: { not_equals: originalDoc.id } }])] },
    overrideAccess: true,
    req,
  })
  if (totalDocs) throw new RequestError('WORKER_ALREADY_EMPLOYED', '这个公民身份号码已登记为在职服务人员，同一人只能在一家企业在职；已离职的请原企业先登记离职', 409)
  return { ...data, idKey }
}

/** A suspension (or its lifting) goes into the audit log with who did it. */
const auditSuspension: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  const [from, to] = [previousDoc?.suspendedUntil ?? null, doc.suspendedUntil ?? null]
  if (from === to) return doc
  await writeAudit(req, {
    action: 'update',
    targetCollection: WORKERS,
    targetId: doc.id,
    scope: doc.scope,
    summary: `${to ? '暂停服务' : '取消暂停'}：服务人员${doc.cardNumber}`,
    changes: [{ field: 'suspendedUntil', label: '暂停服务至', from, to }],
  })
  return doc
}

const platformOnly = { create: () => false, update: () => false }

/**
 * 服务人员: the people a provider sends to residents' homes, with their
 * identity checked (GB 11643) and the certificates that decide the colour
 * of their card. Anyone can check a card at /life/workers/<卡号>/.
 */
export const Workers: CollectionConfig = {
  slug: WORKERS,
  labels: { singular: { zh: '服务人员', en: 'Worker' }, plural: { zh: '服务人员', en: 'Workers' } },
  admin: {
    group: { zh: '生活服务', en: 'Life services' },
    useAsTitle: 'cardNumber',
    defaultColumns: ['cardNumber', 'name', 'provider', 'status.colour', 'status.validUntil', 'employed'],
    description: { zh: '加盟企业的服务人员。证件到期前30天变黄码，过期、暂停或离职为红码，每天自动重算。', en: "Providers' workers and their card status." },
  },
  defaultSort: 'cardNumber',
  access: {
    read: providerOwnedOr(lifeManagersInScope),
    create: ({ req: { user } }) => accountProviderId(user) !== undefined || hasRole(user, ...LIFE_MANAGER_ROLES),
    update: providerOwnedOr(lifeManagersInScope),
    delete: nobody,
  },
  hooks: { beforeChange: [ownProviderAndCard, oneRecordPerEmployedPerson], afterChange: [auditSuspension] },
  endpoints: [workerCardEndpoint, expiringExportEndpoint],
  fields: [
    { name: 'provider', type: 'relationship', relationTo: 'providers', required: true, index: true, label: { zh: '所属企业', en: 'Provider' } },
    { name: 'cardNumber', type: 'text', unique: true, index: true, label: { zh: '服务卡号', en: 'Card number' }, access: platformOnly, admin: { readOnly: true, position: 'sidebar' } },
    {
      type: 'row',
      fields: [
        personalField({ name: 'name', personal: 'name', required: true, maxLength: 50, label: { zh: '姓名', en: 'Name' }, maskedInListsOnly: true }),
        personalField({ name: 'idNumber', personal: 'idNumber', required: true, maxLength: 18, label: { zh: '公民身份号码', en: 'Citizen ID number' }, check: checkIdNumber }),
        personalField({ name: 'phone', personal: 'phone', maxLength: 11, label: { zh: '手机号码', en: 'Mobile' }, check: checkPhone }),
      ],
    },
    { name: 'idKey', type: 'text', unique: true, index: true, access: { read: () => false, create: () => false, update: () => false }, admin: { hidden: true } },
    { name: 'categories', type: 'relationship', relationTo: 'life-categories', hasMany: true, required: true, label: { zh: '服务类别', en: 'Categories' } },
    {
      name: 'certificates',
      type: 'array',
      label: { zh: '证件', en: 'Certificates' },
      labels: { singular: { zh: '证件', en: 'Certificate' }, plural: { zh: '证件', en: 'Certificates' } },
      admin: { description: { zh: '健康证明、意外伤害或责任保险、无犯罪记录证明三项必须齐全且在有效期内，否则为红码。', en: 'Health, insurance and background check are required.' } },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'kind', type: 'select', required: true, options: selectOptions(CERTIFICATE_KIND_LABELS), label: { zh: '种类', en: 'Kind' } },
            { name: 'number', type: 'text', maxLength: 60, label: { zh: '证号', en: 'Number' } },
            { name: 'validUntil', type: 'text', maxLength: 10, label: { zh: '有效期至', en: 'Valid until' }, validate: optionalDate, admin: { placeholder: '长期有效可不填' } },
          ],
        },
      ],
    },
    { name: 'employed', type: 'checkbox', defaultValue: true, index: true, label: { zh: '在职', en: 'Employed' }, admin: { position: 'sidebar' } },
    {
      name: 'suspendedUntil',
      type: 'text',
      maxLength: 10,
      validate: optionalDate,
      label: { zh: '暂停服务至', en: 'Suspended until' },
      access: { create: ({ req: { user } }) => hasRole(user, ...LIFE_MANAGER_ROLES), update: ({ req: { user } }) => hasRole(user, ...LIFE_MANAGER_ROLES) },
      admin: { position: 'sidebar', description: { zh: '因投诉等被暂停的，暂停期间为红码。', en: 'Red while suspended.' } },
    },
    {
      name: 'status',
      type: 'group',
      label: { zh: '服务卡状态', en: 'Card status' },
      access: platformOnly,
      admin: { position: 'sidebar', readOnly: true },
      fields: [
        { name: 'colour', type: 'select', index: true, options: selectOptions(WORKER_COLOUR_LABELS), label: { zh: '颜色', en: 'Colour' } },
        { name: 'reasons', type: 'text', label: { zh: '原因', en: 'Reasons' } },
        { name: 'validUntil', type: 'text', index: true, label: { zh: '有效期至', en: 'Valid until' } },
        { name: 'computedOn', type: 'text', label: { zh: '计算日期', en: 'Computed on' } },
      ],
    },
    {
      name: 'rating',
      type: 'group',
      label: { zh: '居民评价', en: 'Rating' },
      access: platformOnly,
      admin: { position: 'sidebar', readOnly: true },
      fields: [
        { name: 'average', type: 'number', label: { zh: '平均满意度（5分制）', en: 'Average (of 5)' } },
        { name: 'count', type: 'number', defaultValue: 0, label: { zh: '评价数', en: 'Ratings' } },
      ],
    },
    scopePathField,
  ],
}
