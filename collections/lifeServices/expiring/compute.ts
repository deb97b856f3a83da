import type { PayloadRequest, Where } from 'payload'

import type { Provider, Worker } from '../../../cms/payload-types'
import { hasRole, scopeWhere, type StaffUser } from '../../access'
import { chinaDate, shiftDays } from '../../CalendarDays/workingDays'
import { relationId } from '../../relations'
import { CERTIFICATE_KIND_LABELS, YELLOW_DAYS } from '../../Workers/status'
import { LICENCE_KIND_LABELS } from '../../Providers/states'
import { LIFE_MANAGER_ROLES } from '../access'

/** One certificate, licence, policy or contract that has expired or expires within YELLOW_DAYS. */
export type ExpiringDocument = {
  /** 服务人员 or 加盟企业. */
  holderKind: '服务人员' | '加盟企业'
  /** The worker's name (masked unless the reader sees full values) and card number, or the provider's name. */
  holder: string
  provider: string
  document: string
  validUntil: string
  /** Days from today: negative once expired. */
  daysLeft: number
}

export const canViewExpiring = (user: null | StaffUser | undefined): boolean => hasRole(user, ...LIFE_MANAGER_ROLES)

const daysBetween = (from: string, to: string): number => Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000)

/** The expiries at or before `horizon` among `documents` (undated ones never expire). */
const dueBy = <T extends { validUntil?: null | string }>(documents: T[] | null | undefined, horizon: string): T[] =>
  (documents ?? []).filter((document) => document.validUntil && document.validUntil <= horizon)

/** Employed workers' certificates, read with the reader's own access (their subtree, their masks). */
async function workerDocuments(req: PayloadRequest, horizon: string, providerNames: (id: string) => Promise<string>): Promise<Omit<ExpiringDocument, 'daysLeft'>[]> {
  const { docs } = await req.payload.find({
    collection: 'workers',
    where: { and: [{ employed: { not_equals: false } }, { 'certificates.validUntil': { less_than_equal: horizon } }] },
    select: { cardNumber: true, name: true, provider: true, certificates: true },
    pagination: false,
    depth: 0,
    user: req.user,
    overrideAccess: false,
    req,
  })
  const rows: Omit<ExpiringDocument, 'daysLeft'>[] = []
  for (const worker of docs as Pick<Worker, 'cardNumber' | 'certificates' | 'name' | 'provider'>[]) {
    const provider = await providerNames(String(relationId(worker.provider)))
    for (const certificate of dueBy(worker.certificates, horizon)) {
      rows.push({ holderKind: '服务人员', holder: `${worker.name}（${worker.cardNumber}）`, provider, document: CERTIFICATE_KIND_LABELS[certificate.kind], validUntil: certificate.validUntil! })
    }
  }
  return rows
}

/** Licences, insurance and contracts of the providers registered in the reader's subtree that have not left. */
async function providerDocuments(req: PayloadRequest, horizon: string, scope: Where): Promise<Omit<ExpiringDocument, 'daysLeft'>[]> {
  const { docs } = await req.payload.find({
    collection: 'providers',
    where: { and: [scope, { status: { not_equals: 'withdrawn' } }, { or: [{ 'licences.validUntil': { less_than_equal: horizon } }, { 'contract.validUntil': { less_than_equal: horizon } }] }] },
    select: { name: true, licences: true, contract: true },
    pagination: false,
    depth: 0,
    user: req.user,
    overrideAccess: false,
    req,
  })
  return (docs as Pick<Provider, 'contract' | 'licences' | 'name'>[]).flatMap((provider) => [
    ...dueBy(provider.licences, horizon).map((licence) => ({ holderKind: '加盟企业' as const, holder: provider.name, provider: provider.name, document: `${LICENCE_KIND_LABELS[licence.kind]} ${licence.number}`, validUntil: licence.validUntil! })),
    ...dueBy(provider.contract ? [provider.contract] : [], horizon).map((contract) => ({ holderKind: '加盟企业' as const, holder: provider.name, provider: provider.name, document: `加盟协议 ${contract.number ?? ''}`.trim(), validUntil: contract.validUntil! })),
  ])
}

/**
 * 证照到期清单: every worker certificate and provider licence, insurance
 * policy or contract in the reader's subtree that has expired or expires
 * within 30 days, soonest (most overdue) first. Life-services staff and
 * administrators only.
 */
export async function expiringDocuments(req: PayloadRequest, today = chinaDate()): Promise<ExpiringDocument[]> {
  const scope = scopeWhere(req.user as StaffUser)
  if (!canViewExpiring(req.user as StaffUser) || !scope) return []
  const horizon = shiftDays(today, YELLOW_DAYS)
  const names = new Map<string, Promise<string>>()
  const providerName = (id: string) => {
    if (!names.has(id)) names.set(id, req.payload.findByID({ collection: 'providers', id, select: { name: true }, depth: 0, overrideAccess: true, req }).then((provider) => provider.name))
    return names.get(id)!
  }
  const rows = [...(await workerDocuments(req, horizon, providerName)), ...(await providerDocuments(req, horizon, scope))]
  return rows.map((row) => ({ ...row, daysLeft: daysBetween(today, row.validUntil) })).sort((a, b) => a.validUntil.localeCompare(b.validUntil) || a.holder.localeCompare(b.holder))
}

/** How a row's expiry reads: 已过期N天, 今天到期, N天后到期. */
export const expiryText = (daysLeft: number): string => (daysLeft < 0 ? `已过期${-daysLeft}天` : daysLeft === 0 ? '今天到期' : `${daysLeft}天后到期`)
