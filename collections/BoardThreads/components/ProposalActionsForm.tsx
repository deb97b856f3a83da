'use client'

import { useRef, useState } from 'react'

import { readRefusal } from '../../../cms/components/refusal'

type Choice = { label: string; value: string }
type Props = { channels: Choice[]; decisions: Choice[]; id: string; status: string }

const BUTTON = 'btn btn--style-secondary btn--size-small'

/** What the inputs of `group` hold, by name: ticked boxes and chosen radios only. */
function valuesIn(group: HTMLElement): Record<string, string> {
  const values: Record<string, string> = {}
  for (const input of group.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')) {
    if (input instanceof HTMLInputElement && (input.type === 'radio' || input.type === 'checkbox') && !input.checked) continue
    values[input.name] = input.value
  }
  return values
}

/**
 * Posts one group's fields to a proposal endpoint; the page reloads on
 * success, the refusal's words show otherwise. A group, not a form: the
 * panel sits inside the admin's own document form, and a form cannot hold
 * another (the browser would drop it, and the button would save the document).
 */
function ActionForm({ children, heading, id, path, submit }: { children: React.ReactNode; heading: string; id: string; path: string; submit: string }) {
  const [problem, setProblem] = useState('')
  const [busy, setBusy] = useState(false)
  const group = useRef<HTMLDivElement>(null)
  const send = async () => {
    setBusy(true)
    setProblem('')
    const fields = valuesIn(group.current!)
    const response = await fetch(`/api/community/proposals/${id}/${path}`, { method: 'POST', credentials: 'include', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(fields) }).catch(() => null)
    if (response?.ok) return window.location.reload()
    const refusal = await readRefusal(response)
    setBusy(false)
    setProblem([refusal.message, ...Object.values(refusal.fields)].join('：'))
  }
  const headingId = `proposal-${path}-heading`
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId}>{heading}</h3>
      <div ref={group} role="group" aria-labelledby={headingId}>
        {children}
        <button type="button" className={BUTTON} disabled={busy} onClick={() => void send()}>
          {submit}
        </button>
      </div>
      {problem ? <p role="alert">{problem}</p> : null}
    </section>
  )
}

const Field = ({ label, name, multiline }: { label: string; multiline?: boolean; name: string }) => (
  <p>
    <label htmlFor={`proposal-${name}`}>{label}</label>
    <br />
    {multiline ? <textarea id={`proposal-${name}`} name={name} rows={3} aria-required="true" /> : <input id={`proposal-${name}`} name={name} aria-required="true" />}
  </p>
)

const Choices = ({ choices, legend, name }: { choices: Choice[]; legend: string; name: string }) => (
  <fieldset>
    <legend>{legend}</legend>
    {choices.map((choice) => (
      <label key={choice.value}>
        <input type="radio" name={name} value={choice.value} /> {choice.label}{' '}
      </label>
    ))}
  </fieldset>
)

/** 录入线下支持 while supports are gathered, 答复 until answered, 落实进展 once adopted. */
export function ProposalActionsForm({ channels, decisions, id, status }: Props) {
  return (
    <>
      {['collecting', 'agenda'].includes(status) ? (
        <ActionForm heading="录入线下签名或电话支持" id={id} path="supports" submit="录入支持">
          <p>按姓名和身份证号在本社区人口库中核对，每人只能支持一次。</p>
          <Field label="姓名" name="name" />
          <Field label="身份证号" name="idNumber" />
          <Choices choices={channels} legend="支持方式" name="channel" />
        </ActionForm>
      ) : null}
      {['collecting', 'agenda', 'studying'].includes(status) ? (
        <ActionForm heading="答复提议" id={id} path="answer" submit="提交答复">
          <p>答复和理由在门户公开，并短信告知提议人和支持的居民。</p>
          <Choices choices={decisions} legend="答复结果" name="decision" />
          <Field label="理由" name="reasons" multiline />
        </ActionForm>
      ) : null}
      {status === 'adopted' ? (
        <ActionForm heading="记录落实进展" id={id} path="progress" submit="记录进展">
          <Field label="进展说明" name="note" multiline />
          <p>
            <label>
              <input type="checkbox" name="done" value="true" /> 已全部落实
            </label>
          </p>
        </ActionForm>
      ) : null}
    </>
  )
}
