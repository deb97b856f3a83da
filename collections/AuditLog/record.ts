import type { PayloadRequest } from 'payload'

import { clientAddress } from '../../cms/lib/clientAddress'
import type { DivisionPath } from '../Divisions/code'
import { nameOf } from '../casework/actorWords'
import { type AuditAction, AUDIT_ACTION_LABELS, type AuditChange } from './actions'

type AuditEntry = {
  action: AuditAction
  changes?: AuditChange[]
  detail?: string
  scope?: null | Partial<DivisionPath>
  summary?: string
  targetCollection: string
  targetId?: number | string
}

const USER_AGENT_MAX = 200

/** Who is acting on this request: a staff member, another system, or the platform itself. */
function actorOf(req: PayloadRequest) {
  const user = req.user as ({ collection?: string; id?: number | string; name?: string; username?: string } & object) | null
  const actorName = nameOf(user)
  if (!user) return { actor: null, actorName, by: 'system' as const }
  if (user.collection === 'users') return { actor: String(user.id), actorName, by: 'staff' as const }
  // A resident's account names nobody in the log: the records it touches say whose they are.
  if (user.collection === 'residents') return { actor: null, actorName: '居民账号', by: 'resident' as const }
  // A provider's account is named with its user name: the accounts are not staff (`actor` links users only).
  if (user.collection === 'provider-accounts') return { actor: null, actorName: `企业账号 ${user.username ?? user.id}（${actorName}）`, by: 'provider' as const }
  return { actor: null, actorName, by: 'api' as const }
}

/**
 * Append an entry to the audit log in the request's transaction, so the
 * entry and the change it records are stored together or not at all.
 */
export async function writeAudit(req: PayloadRequest, entry: AuditEntry): Promise<void> {
  // Scripts and jobs call the Local API without an HTTP request behind it.
  const local = req.payloadAPI === 'local'
  await req.payload.create({
    collection: 'audit-log',
    data: {
      ...entry,
      targetId: entry.targetId === undefined ? undefined : String(entry.targetId),
      actionLabel: AUDIT_ACTION_LABELS[entry.action],
      ...actorOf(req),
      clientAddress: local ? '本机' : clientAddress(req.headers),
      userAgent: local ? '' : (req.headers.get('user-agent')?.slice(0, USER_AGENT_MAX) ?? ''),
      scope: entry.scope ?? undefined,
    },
    req,
    depth: 0,
    // Nothing is read back: the entry is written inside someone else's transaction.
    select: { createdAt: true },
  })
}
