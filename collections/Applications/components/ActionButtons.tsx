'use client'

import { useState } from 'react'

type Action = { action: string; label: string; noteLabel: string; noteRequired: boolean }

/**
 * The workflow's buttons. Choosing one opens its note (required where the
 * workflow says so) and a confirm button; the server checks the transition
 * again, and the page reloads to show the new state and history.
 */
export function ActionButtons({ actions, id }: { actions: Action[]; id: string }) {
  const [chosen, setChosen] = useState<Action | null>(null)
  const [note, setNote] = useState('')
  const [error, setError] = useState('')
  const [busy, setBusy] = useState(false)

  async function submit() {
    if (!chosen) return
    if (chosen.noteRequired && !note.trim()) {
      setError(`请填写${chosen.noteLabel}`)
      return
    }
    setBusy(true)
    setError('')
    const response = await fetch(`/api/applications/${id}/actions`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ action: chosen.action, note }),
    }).catch(() => null)
    setBusy(false)
    if (!response?.ok) {
      const body = (await response?.json().catch(() => null)) as null | { message?: string }
      setError(body?.message ?? '操作没有成功，请稍后再试')
      return
    }
    // A full reload: the document form keeps the state it was opened with.
    window.location.reload()
  }

  return (
    <div>
      <div className="casework-actions" role="group" aria-label="办理操作">
        {actions.map((action) => (
          <button
            key={action.action}
            type="button"
            className="btn btn--style-secondary btn--size-medium"
            aria-pressed={chosen?.action === action.action}
            data-action={action.action}
            onClick={() => {
              setChosen(action)
              setError('')
            }}
          >
            {action.label}
          </button>
        ))}
      </div>
      {chosen ? (
        // Not a <form>: this sits inside the admin's document form.
        <div className="casework-note" role="group" aria-label={chosen.label}>
          <label htmlFor="workflow-note">
            {chosen.noteLabel}
            {chosen.noteRequired ? '（必填）' : ''}
          </label>
          <textarea id="workflow-note" name="note" value={note} onChange={(event) => setNote(event.target.value)} required={chosen.noteRequired} />
          {error ? (
            <p className="casework-error" role="alert">
              {error}
            </p>
          ) : null}
          <div className="casework-actions">
            <button type="button" className="btn btn--style-primary btn--size-medium" disabled={busy} onClick={submit}>
              {busy ? '正在提交…' : `确认${chosen.label}`}
            </button>
            <button type="button" className="btn btn--style-secondary btn--size-medium" onClick={() => setChosen(null)}>
              取消
            </button>
          </div>
        </div>
      ) : null}
    </div>
  )
}
