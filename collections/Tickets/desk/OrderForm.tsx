import { type FormEvent, useEffect, useState } from 'react'

import { dueDateText } from '../../CalendarDays/workingDays'
import type { Guide } from '../../../site/lib/search/findGuides'
import { DispatchHint } from './DispatchHint'
import { DivisionPicker } from './DivisionPicker'
import type { Outcome } from './OrderOutcome'
import { readRefusal } from '../../../cms/components/refusal'

type Option = { label: string; value: string }
export type DeskOptions = { bundles: Option[]; channels: Option[]; departments: Option[]; dispatchTargets: Option[]; divisions: Option[]; kinds: Option[]; ownDivision: string }

type Then = 'answerDirectly' | 'dispatch' | 'none'

const EMPTY_ORDER = { channel: 'phone', kind: 'consultation', name: '', confidential: false, answerConsent: false, summary: '', content: '', note: '', department: '', assignTo: '', bundleCode: '' }

type Props = {
  /** A knowledge entry's answer the agent chose (用此条答复): the order is answered directly with it. */
  answer: null | { text: string }
  /** The guide chosen in the search, if any; the order refers to it. */
  guide: Guide | null
  onGuide: (guide: Guide | null) => void
  onOutcome: (outcome: null | Outcome) => void
  options: DeskOptions
  /** The caller's number, typed in the look-up. */
  phone: string
}

/** A labelled choice among `options`; an optional one starts at 请选择. */
function OptionSelect({ label, onChange, optional, options, value }: { label: string; onChange: (value: string) => void; optional?: boolean; options: Option[]; value: string }) {
  return (
    <label>
      {label}
      <select value={value} onChange={(event) => onChange(event.target.value)}>
        {optional && <option value="">请选择</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  )
}

/** The new order, answered directly, dispatched, or just received, in one step. */
export function OrderForm({ answer, guide, onGuide, onOutcome, options, phone }: Props) {
  const [order, setOrder] = useState({ ...EMPTY_ORDER, division: options.ownDivision })
  const [then, setThen] = useState<Then>('answerDirectly')
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [busy, setBusy] = useState(false)

  const set = (name: keyof typeof order, value: boolean | string) => setOrder((current) => ({ ...current, [name]: value }))

  useEffect(() => {
    if (!answer) return
    setThen('answerDirectly')
    setOrder((current) => ({ ...current, note: current.note.trim() ? `${current.note.trim()}\n${answer.text}` : answer.text }))
  }, [answer])

  async function submit(event: FormEvent) {
    event.preventDefault()
    onOutcome(null)
    if (!order.division) {
      setErrors({ division: '请从列表中选择街道或社区，或清空以使用您所在的区划' })
      return
    }
    setBusy(true)
    setErrors({})
    const response = await fetch('/api/tickets/desk', {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        channel: order.channel,
        kind: order.kind,
        caller: { name: order.name, phone, confidential: order.confidential, answerConsent: order.answerConsent },
        summary: order.summary,
        content: order.content,
        division: order.division,
        serviceCode: guide?.code ?? '',
        bundleCode: then === 'none' ? order.bundleCode : '',
        then,
        note: order.note,
        department: order.department,
        assignTo: order.assignTo,
      }),
    }).catch(() => null)
    setBusy(false)
    if (!response?.ok) {
      const { fields, message } = await readRefusal(response)
      setErrors(fields)
      onOutcome({ ok: false, message })
      return
    }
    const created = (await response.json()) as { applyUrl: null | string; dueDate: null | string; dueDateProvisional: boolean; id: string; number: string; statusLabel: string }
    const due = created.dueDate ? `，应办结 ${dueDateText(created.dueDate, created.dueDateProvisional)}` : ''
    const bundle = then === 'none' ? options.bundles.find((option) => option.value === order.bundleCode)?.label : undefined
    onOutcome({ ok: true, id: created.id, applyUrl: created.applyUrl, bundle, message: `已受理工单 ${created.number}（${created.statusLabel}）${due}` })
    setOrder({ ...EMPTY_ORDER, division: order.division })
    onGuide(null)
  }

  const fieldError = (name: string) =>
    errors[name] ? (
      <p className="hotline-desk__error" id={`${name}-error`}>
        {errors[name]}
      </p>
    ) : null
  const described = (name: string, hint?: string) =>
    errors[name] ? { 'aria-describedby': [hint, `${name}-error`].filter(Boolean).join(' '), 'aria-invalid': true } : hint ? { 'aria-describedby': hint } : {}

  return (
    <form onSubmit={submit} noValidate>
      <div className="hotline-desk__row">
        <OptionSelect label="来源渠道" options={options.channels} value={order.channel} onChange={(value) => set('channel', value)} />
        <OptionSelect label="诉求类型" options={options.kinds} value={order.kind} onChange={(value) => set('kind', value)} />
        <label>
          来电人姓名
          <input value={order.name} onChange={(event) => set('name', event.target.value)} autoComplete="off" />
        </label>
      </div>
      <label className="hotline-desk__check">
        <input type="checkbox" checked={order.confidential} onChange={(event) => set('confidential', event.target.checked)} />
        来电人要求对承办单位保密
      </label>
      <label className="hotline-desk__check">
        <input type="checkbox" checked={order.answerConsent} onChange={(event) => set('answerConsent', event.target.checked)} />
        同意公开答复（不含个人信息）
      </label>
      <DivisionPicker
        id="desk-division"
        label="诉求所在区划"
        hint="输入街道或社区名称中的几个字，从列表中选择"
        options={options.divisions}
        initialText={options.divisions.find((option) => option.value === options.ownDivision)?.label ?? ''}
        // Cleared, the order is in the agent's own division.
        onPick={(value, typed) => set('division', value || (typed.trim() ? '' : options.ownDivision))}
        error={errors.division}
      />
      <label htmlFor="desk-summary">诉求摘要</label>
      <input id="desk-summary" value={order.summary} maxLength={100} onChange={(event) => set('summary', event.target.value)} {...described('summary')} />
      {fieldError('summary')}
      <label htmlFor="desk-content">诉求内容</label>
      <textarea id="desk-content" value={order.content} maxLength={4000} onChange={(event) => set('content', event.target.value)} {...described('content')} />
      {fieldError('content')}
      <p>
        相关指南：{guide ? guide.title : '未选择'}
        {guide && (
          <button type="button" className="btn btn--style-secondary btn--size-small" onClick={() => onGuide(null)}>
            清除
          </button>
        )}
      </p>
      <DispatchHint
        division={order.division}
        kind={order.kind}
        serviceCode={guide?.code ?? ''}
        text={`${order.summary}\n${order.content}`}
        onUse={({ department, division }) => {
          setThen('dispatch')
          setOrder((current) => ({ ...current, department, assignTo: division }))
        }}
      />
      <fieldset>
        <legend>受理后</legend>
        {(
          [
            ['answerDirectly', '直接答复并办结'],
            ['dispatch', '派单'],
            ['none', '仅受理（稍后处理，或为来电人代为网上申请）'],
          ] as const
        ).map(([value, label]) => (
          <label key={value} className="hotline-desk__check">
            <input type="radio" name="then" value={value} checked={then === value} onChange={() => setThen(value)} />
            {label}
          </label>
        ))}
      </fieldset>
      {then === 'answerDirectly' && (
        <>
          <label htmlFor="desk-note">答复内容</label>
          <textarea id="desk-note" value={order.note} onChange={(event) => set('note', event.target.value)} {...described('note')} />
          {fieldError('note')}
        </>
      )}
      {then === 'none' && options.bundles.length > 0 && (
        <>
          <OptionSelect label="为来电人一次申请的一件事" options={options.bundles} value={order.bundleCode} onChange={(value) => set('bundleCode', value)} optional />
          {fieldError('bundleCode')}
        </>
      )}
      {then === 'dispatch' && (
        <div className="hotline-desk__row">
          <OptionSelect label="承办部门" options={options.departments} value={order.department} onChange={(value) => set('department', value)} optional />
          <OptionSelect label="或承办街道、社区" options={options.dispatchTargets} value={order.assignTo} onChange={(value) => set('assignTo', value)} optional />
          {fieldError('department')}
          {fieldError('division')}
        </div>
      )}
      <button type="submit" className="btn btn--style-primary btn--size-medium" disabled={busy}>
        {busy ? '正在提交…' : '提交工单'}
      </button>
    </form>
  )
}
