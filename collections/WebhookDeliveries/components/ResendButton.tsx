'use client'

import { useDocumentInfo } from '@payloadcms/ui'
import { useState } from 'react'

import { readRefusal } from '../../../cms/components/refusal'

/** 重新发送: the delivery goes out again now, its retry schedule starting over; the page reloads to show the new state. */
export function ResendButton() {
  const { id } = useDocumentInfo()
  const [error, setError] = useState('')
  const [busy, setBusy] = useState(false)
  if (!id) return null

  async function resend() {
    setBusy(true)
    setError('')
    const response = await fetch(`/api/webhook-deliveries/${id}/resend`, { method: 'POST', credentials: 'include' }).catch(() => null)
    setBusy(false)
    if (!response?.ok) {
      setError((await readRefusal(response, '重新发送没有成功，请稍后再试')).message)
      return
    }
    window.location.reload()
  }

  return (
    <div className="field-type">
      <button type="button" className="btn btn--style-secondary btn--size-medium" disabled={busy} onClick={resend}>
        {busy ? '正在发送…' : '重新发送'}
      </button>
      {error ? <p role="alert">{error}</p> : null}
    </div>
  )
}
