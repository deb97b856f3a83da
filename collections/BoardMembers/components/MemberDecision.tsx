'use client'

import { useDocumentInfo, useFormFields } from '@payloadcms/ui'
import { useState } from 'react'

import { readRefusal } from '../../../cms/components/refusal'

/**
 * 确认 / 不予确认 on a member who asked the 居委会 to confirm they live in
 * the community (status 待居委会确认): the decision endpoint does the work
 * and checks the staff member's scope; a refused request is withdrawn, so
 * the page goes back to the list.
 */
export function MemberDecision() {
  const { id } = useDocumentInfo()
  const status = useFormFields(([fields]) => fields.status?.value)
  const [error, setError] = useState('')
  const [busy, setBusy] = useState(false)
  if (!id || status !== 'pending') return null

  async function decide(decision: 'confirm' | 'refuse') {
    setBusy(true)
    setError('')
    const response = await fetch(`/api/community/members/${id}/decision`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ decision }),
    }).catch(() => null)
    setBusy(false)
    if (!response?.ok) {
      setError((await readRefusal(response, '操作没有成功，请稍后再试')).message)
      return
    }
    if (decision === 'confirm') window.location.reload()
    else window.location.assign('/admin/collections/board-members')
  }

  return (
    <div className="field-type">
      <p>这位居民申请由居委会确认其住在本社区。核实后请选择：</p>
      <button type="button" className="btn btn--style-primary btn--size-medium" disabled={busy} onClick={() => decide('confirm')}>
        确认，允许发言
      </button>{' '}
      <button type="button" className="btn btn--style-secondary btn--size-medium" disabled={busy} onClick={() => decide('refuse')}>
        不予确认
      </button>
      {error ? <p role="alert">{error}</p> : null}
    </div>
  )
}
