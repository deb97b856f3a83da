'use client'

import { useAuth, useDocumentInfo } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

import { readRefusal } from '../../../cms/components/refusal'
import '../../privacy/components/recordPanel.css'
import './reviewerTools.css'

/**
 * 联系申请人 in an application's sidebar: for the reviewer handling the case,
 * one click shows the applicant's full phone as a link to call (logged as a
 * full view), and a note of the call's outcome goes into the case's
 * 办理记录 (contactEndpoint.ts). The phone is never written anywhere.
 */
export function ContactApplicant() {
  const { user } = useAuth<{ roles?: string[] }>()
  const { id } = useDocumentInfo()
  const router = useRouter()
  const [phone, setPhone] = useState('')
  const [outcome, setOutcome] = useState('')
  const [message, setMessage] = useState('')
  if (!id || !user?.roles?.some((role) => role === 'reviewer' || role === 'admin')) return null

  async function post(path: string, body?: object): Promise<null | Response> {
    setMessage('')
    const response = await fetch(`/api/applications/${id}/${path}`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body ?? {}),
    }).catch(() => null)
    if (response?.ok) return response
    setMessage((await readRefusal(response, '没有成功，请稍后再试')).message)
    return null
  }

  async function reveal() {
    const response = await post('contact')
    if (response) setPhone(((await response.json()) as { phone: string }).phone)
  }

  async function record() {
    if (!(await post('contact-note', { outcome }))) return
    setOutcome('')
    setMessage('已记入办理记录。')
    router.refresh()
  }

  return (
    <div className="field-type record-panel contact-applicant">
      <button type="button" className="btn btn--style-secondary btn--size-small" onClick={reveal}>
        联系申请人
      </button>
      <p className="record-panel__note">经办人可以查看申请人的完整手机号码，每次查看都记入审计日志。</p>
      {phone && (
        // The edit view is itself a form: no form of our own inside it, a button that posts instead.
        <div>
          <p>
            <a href={`tel:${phone}`}>拨打 {phone}</a>
          </p>
          <label htmlFor="contact-outcome">联系结果（记入办理记录，不要写电话号码）</label>
          <textarea id="contact-outcome" rows={3} maxLength={500} value={outcome} onChange={(event) => setOutcome(event.target.value)} />
          <div className="record-panel__actions">
            <button type="button" className="btn btn--style-primary btn--size-small" onClick={record}>
              记录联系结果
            </button>
          </div>
        </div>
      )}
      {message && <p role="status">{message}</p>}
    </div>
  )
}
