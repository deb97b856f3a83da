'use client'

import { useDocumentInfo, useFormFields } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'

import { readRefusal } from '../../../cms/components/refusal'

import { PERSON_STATUS_LABELS } from '../options'
import '../../privacy/components/recordPanel.css'

type Candidate = {
  birthDate: string
  createdAt: string
  division: null | string
  id: number | string
  idNumber: string
  name: string
  residenceAddress: null | string
  status: keyof typeof PERSON_STATUS_LABELS
}
type Answer = { candidates: Candidate[]; outsideScope: number }

async function post(path: string, body: Record<string, string>): Promise<string> {
  const response = await fetch(path, {
    method: 'POST',
    credentials: 'include',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  }).catch(() => null)
  return response?.ok ? '' : (await readRefusal(response, '操作没有成功，请稍后再试')).message
}

/**
 * The "疑似重复" panel on a person flagged as a possible duplicate: the
 * other records with the same name and birth date (masked, within the
 * viewer's scope), each with "并入本记录" and "不是同一人".
 */
export function DuplicateCandidates() {
  const { id } = useDocumentInfo()
  const flagged = useFormFields(([fields]) => fields.possibleDuplicate?.value === true)
  const [answer, setAnswer] = useState<Answer | null>(null)
  const [message, setMessage] = useState('')

  const load = useCallback(async () => {
    const response = await fetch(`/api/persons/${id}/duplicates`, { credentials: 'include' }).catch(() => null)
    setAnswer(response?.ok ? ((await response.json()) as Answer) : null)
  }, [id])

  useEffect(() => {
    if (id && flagged) void load()
  }, [id, flagged, load])

  if (!id || !flagged || !answer) return null

  async function act(candidate: Candidate, action: 'distinct' | 'merge') {
    const question =
      action === 'merge'
        ? `把 ${candidate.name}（${candidate.idNumber}）并入本记录？它的登记信息和户内位置会转到本记录，然后删除那条记录。此操作不能撤销。`
        : `确认 ${candidate.name}（${candidate.idNumber}）与本记录不是同一人？`
    if (!window.confirm(question)) return
    const error = await post(`/api/persons/${id}/${action}`, action === 'merge' ? { duplicate: String(candidate.id) } : { other: String(candidate.id) })
    if (error) {
      setMessage(error)
      return
    }
    // The form holds the record as it was: reload it with the merged values and the new flag.
    window.location.reload()
  }

  return (
    <section className="field-type record-panel duplicate-candidates" aria-labelledby="duplicate-candidates-heading">
      <h3 id="duplicate-candidates-heading">疑似重复</h3>
      <p className="record-panel__note">以下记录与本记录姓名、出生日期相同。核实后，如是同一人请并入本记录；如不是，请确认“不是同一人”。</p>
      {message && <p role="alert">{message}</p>}
      <ul>
        {answer.candidates.map((candidate) => (
          <li key={candidate.id}>
            <a href={`/admin/collections/persons/${candidate.id}`}>
              {candidate.name}（{candidate.idNumber}）
            </a>
            <br />
            {[candidate.division, PERSON_STATUS_LABELS[candidate.status], candidate.residenceAddress].filter(Boolean).join('，')}
            <div className="record-panel__actions">
              <button type="button" className="btn btn--style-secondary btn--size-small" onClick={() => act(candidate, 'merge')}>
                并入本记录
              </button>
              <button type="button" className="btn btn--style-secondary btn--size-small" onClick={() => act(candidate, 'distinct')}>
                不是同一人
              </button>
            </div>
          </li>
        ))}
      </ul>
      {answer.outsideScope > 0 && <p>另有 {answer.outsideScope} 条同名同出生日期的记录在您的辖区以外，需要上级登记员核实。</p>}
    </section>
  )
}
