import type { CollectionBeforeChangeHook } from 'payload'

import { hasRole } from '../../access'
import { RequestError } from '../../errors'
import { relationId } from '../../relations'

type TemplateData = { editedAt?: null | string; editedBy?: unknown; subject?: null | string; text?: null | string }

/**
 * Drafts and approval. Any save that is not an approval is a draft: it is
 * kept as a version, names its author, and is not sent. Publishing the
 * draft is the approval: only an administrator may, and never their own
 * edit (一人修改、另一人审核) — neither a draft they wrote nor text they
 * changed while approving. Sending reads the published version only.
 * Local API calls without a user (the seed) are the platform's own defaults.
 */
export const recordEditAndApproval: CollectionBeforeChangeHook = ({ data, operation, originalDoc, req }) => {
  const now = new Date().toISOString()
  const user = req.user
  if (data._status !== 'published') {
    return { ...data, _status: 'draft', editedBy: user?.id ?? null, editedAt: now, approvedBy: null, approvedAt: null }
  }
  if (!user) return { ...data, editedBy: null, editedAt: now, approvedBy: null, approvedAt: now }
  if (!hasRole(user, 'admin')) throw new RequestError('APPROVAL_ADMIN_ONLY', '只有系统管理员可以审核短信模板，请先保存草稿', 403)
  const draft = (operation === 'update' ? originalDoc : null) as null | TemplateData
  const changedNow = !draft || data.text !== draft.text || data.subject !== draft.subject
  if (changedNow || String(relationId(draft.editedBy as never)) === String(user.id)) {
    throw new RequestError('SELF_APPROVAL', '不能审核自己修改的内容：请保存为草稿，由另一位系统管理员审核', 403)
  }
  return { ...data, editedBy: relationId(draft.editedBy as never) ?? null, editedAt: draft.editedAt ?? null, approvedBy: user.id, approvedAt: now }
}
