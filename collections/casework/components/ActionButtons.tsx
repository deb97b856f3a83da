'use client'

import { useState } from 'react'

import { readRefusal } from '../../../cms/components/refusal'

/** An extra choice an action needs besides its note: a department, a level, another record's number. */
export type ActionInput =
  | { kind: 'select'; label: string; name: string; options: { label: string; value: string }[]; required?: boolean }
  | { kind: 'text'; label: string; name: string; required?: boolean }

export type CaseAction = { action: string; inputs?: ActionInput[]; label: string; noteLabel: string; noteRequired: boolean }

/** The body's fields from the inputs: a dotted name (`remedy.kind`) goes into an object of that name, as the endpoint reads it. */
export function bodyFields(values: Record<string, string>): Record<string, unknown> {
  const body: Record<string, unknown> = {}
  for (const [name, value] of Object.entries(values)) {
    const [outer, inner] = name.split('.', 2) as [string, string | undefined]
    if (inner === undefined) body[outer] = value
    else if (value !== '') body[outer] = { ...(body[outer] as Record<string, string> | undefined), [inner]: value }
  }
  return body
}

/**
 * A workflow's buttons. Choosing one opens its inputs and note (required
 * where the workflow says so) and a confirm button; the server checks the
 * transition again, and the page reloads to show the new state and history.
 */
export function ActionButtons({ actions, endpoint, groupLabel = '办理操作' }: { actions: CaseAction[]; endpoint: string; groupLabel?: string }) {
  const [chosen, setChosen] = useState<CaseAction | null>(null)
  const [values, setValues] = useState<Record<string, string>>({})
  const [error, setError] = useState('')
  const [busy, setBusy] = useState(false)
  const set = (name: string, value: string) => setValues((current) => ({ ...current, [name]: value }))

  async function submit() {
    if (!chosen) return
    const missing = [...(chosen.inputs ?? []).filter((input) => input.required).map((input) => ({ name: input.name, label: input.label })), ...(chosen.noteRequired ? [{ name: 'note', label: chosen.noteLabel }] : [])].find(
      (field) => !values[field.name]?.trim(),
    )
    if (missing) {
      setError(`请填写${missing.label}`)
      return
    }
    setBusy(true)
    setError('')
    const response = await fetch(endpoint, {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ action: chosen.action, note: '', ...bodyFields(values) }),
    }).catch(() => null)
    setBusy(false)
    if (!response?.ok) {
      setError((await readRefusal(response, '操作没有成功，请稍后再试')).message)
      return
    }
    // A full reload: the document form keeps the state it was opened with.
    window.location.reload()
  }

  return (
    <div>
      <div className="casework-actions" role="group" aria-label={groupLabel}>
        {actions.map((action) => (
          <button
            key={action.action}
            type="button"
            className="btn btn--style-secondary btn--size-medium"
            aria-pressed={chosen?.action === action.action}
            data-action={action.action}
            onClick={() => {
              setChosen(action)
              setValues({})
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
          {(chosen.inputs ?? []).map((input) => (
            <div key={input.name} className="casework-input">
              <label htmlFor={`workflow-${input.name}`}>
                {input.label}
                {input.required ? '（必填）' : ''}
              </label>
              {input.kind === 'select' ? (
                <select id={`workflow-${input.name}`} value={values[input.name] ?? ''} onChange={(event) => set(input.name, event.target.value)}>
                  <option value="">请选择</option>
                  {input.options.map((option) => (
                    <option key={option.value} value={option.value}>
                      {option.label}
                    </option>
                  ))}
                </select>
              ) : (
                <input id={`workflow-${input.name}`} type="text" value={values[input.name] ?? ''} onChange={(event) => set(input.name, event.target.value)} />
              )}
            </div>
          ))}
          <label htmlFor="workflow-note">
            {chosen.noteLabel}
            {chosen.noteRequired ? '（必填）' : ''}
          </label>
          <textarea id="workflow-note" name="note" value={values.note ?? ''} onChange={(event) => set('note', event.target.value)} required={chosen.noteRequired} />
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
