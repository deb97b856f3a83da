import type { CollectionBeforeChangeHook } from 'payload'

import { hasRole } from '../../access'
import { RequestError } from '../../errors'
import { relationId } from '../../relations'

type TemplateData = { editedAt?: null | string; editedBy?: unknown; subject?: null | string; text?: null | string }

/** Whether `data` (a whole form, or a partial REST body) leaves the wording of `latest` as it is. */
const keepsWording = (data: TemplateData, latest: null | TemplateData): latest is TemplateData =>
  latest !== null && (data.text ?? latest.text) === latest.text && (data.subject ?? latest.subject) === latest.subject

/**
 * Drafts and approval. Any save that is not an approval is a draft: it is
 * kept as a version, names its author (who last changed the wording: saving
 * someone's draft again unchanged does not make it yours), and is not sent.
 * Publishing the draft is the approval: only an administrator may, and
 * never their own wording (一人修改、另一人审核) — neither a draft they wrote
 * nor text they change while approving. Sending reads the published
 * version only. Local API calls without a user (the seed) are the
 * platform's own defaults.
 */
export const recordEditAndApproval: CollectionBeforeChangeHook = ({ data, operation, originalDoc, req }) => {
  const now = new Date().toISOString()
  const user = req.user
  const latest = operation === 'update' ? (originalDoc as TemplateData) : null
  const unchanged = keepsWording(data, latest)
  const author = unchanged ? { editedBy: relationId(latest.editedBy as never) ?? null, editedAt: latest.editedAt ?? null } : { editedBy: user?.id ?? null, editedAt: now }
  if (data._status !== 'published') return { ...data, _status: 'draft', ...author, approvedBy: null, approvedAt: null }
  if (!user) return { ...data, ...author, approvedBy: null, approvedAt: now }
  if (!hasRole(user, 'admin')) throw new RequestError('APPROVAL_ADMIN_ONLY', '只有系统管理员可以审核短信模板，请先保存草稿', 403)
  if (!unchanged || String(author.editedBy) === String(user.id)) {
    throw new RequestError('SELF_APPROVAL', '不能审核自己修改的内容：请保存为草稿，由另一位系统管理员审核', 403)
  }
  return { ...data, ...author, approvedBy: user.id, approvedAt: now }
}
