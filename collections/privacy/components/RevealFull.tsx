'use client'

import { useAuth, useDocumentInfo } from '@payloadcms/ui'
import { useState } from 'react'

import { readRefusal } from '../../../cms/components/refusal'
import './recordPanel.css'

type Revealed = { label: string; path: string; value: null | string }[]

/**
 * "查看完整信息" beside a personal record: for staff allowed to, one click
 * shows the full ID number, phone and addresses below the button (never in
 * the form, so nothing full is saved back by accident). Each click is logged.
 */
export function RevealFull() {
  const { user } = useAuth<{ canViewFullPersonalData?: boolean | null }>()
  const { collectionSlug, id } = useDocumentInfo()
  const [values, setValues] = useState<null | Revealed>(null)
  const [error, setError] = useState('')
  if (!id || !user?.canViewFullPersonalData) return null

  async function reveal() {
    setError('')
    const response = await fetch(`/api/${collectionSlug}/${id}/reveal`, { method: 'POST', credentials: 'include' }).catch(() => null)
    if (!response?.ok) {
      setError((await readRefusal(response, '没有取到完整信息，请稍后再试')).message)
      return
    }
    const body = (await response.json().catch(() => null)) as null | { fields?: Revealed }
    if (!body?.fields) {
      setError('没有取到完整信息，请稍后再试')
      return
    }
    setValues(body.fields)
  }

  return (
    <div className="field-type record-panel reveal-full">
      <button type="button" className="btn btn--style-secondary btn--size-small" onClick={reveal}>
        查看完整信息
      </button>
      <p className="record-panel__note">身份证号、电话和地址默认打码。查看完整信息会记入审计日志。</p>
      {error && <p role="alert">{error}</p>}
      {values && (
        <dl aria-live="polite">
          {values.map((field) => (
            <div key={field.path}>
              <dt>{field.label}</dt>
              <dd>{field.value ?? '（未填写）'}</dd>
            </div>
          ))}
        </dl>
      )}
    </div>
  )
}
