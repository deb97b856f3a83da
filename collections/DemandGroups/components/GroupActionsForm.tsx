'use client'

import { useState } from 'react'

import { readRefusal } from '../../../cms/components/refusal'
import { CATALOGUE_DECISIONS, DECISION_KIND_LABELS, type DecisionKind } from '../labels'

export type CurrentDecision = { kind: DecisionKind; label: string; publicSummary: string; note: string; service: string; serviceTitle: string; decidedAt: string; notifiedAt: string }
type Props = {
  adminRoute: string
  group: { id: string; title: string }
  others: { id: string; title: string; size: number }[]
  members: { id: string; summary: string; receivedAt: string; source: string }[]
  services: { title: string; code: string }[]
  decision: CurrentDecision | null
}

const BUTTON = 'btn btn--style-secondary btn--size-small'

/**
 * POSTs to a group endpoint; on success `then` (a page to open, or the page
 * again), otherwise the refusal's words (with each field's) in `problem`.
 */
function useGroupAction(then: (answer: { group?: { id: string } }) => string | null) {
  const [problem, setProblem] = useState('')
  const [busy, setBusy] = useState(false)
  const run = async (path: string, body: Record<string, unknown>) => {
    setBusy(true)
    setProblem('')
    const response = await fetch(`/api/demand-groups/${path}`, { method: 'POST', credentials: 'include', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) }).catch(() => null)
    if (!response?.ok) {
      const refusal = await readRefusal(response)
      setBusy(false)
      return setProblem([refusal.message, ...Object.values(refusal.fields)].join('：'))
    }
    const next = then((await response.json()) as { group?: { id: string } })
    if (next) window.location.assign(next)
    else window.location.reload()
  }
  return { busy, problem, run }
}

const Problem = ({ text }: { text: string }) => (text ? <p role="alert">{text}</p> : null)

/** 并入其他分组: pick a group of the same district and topic by title, confirm, and open the group it joined. */
function MergeSection({ adminRoute, group, others }: Pick<Props, 'adminRoute' | 'group' | 'others'>) {
  const [targetId, setTargetId] = useState('')
  const [confirming, setConfirming] = useState(false)
  const { busy, problem, run } = useGroupAction(() => `${adminRoute}/collections/demand-groups/${targetId}`)
  const target = others.find((other) => other.id === targetId)
  return (
    <section aria-labelledby="group-merge-heading">
      <h3 id="group-merge-heading">并入其他分组</h3>
      {others.length === 0 ? (
        <p>同一辖区、同一主题下没有其他可以并入的分组。</p>
      ) : (
        <>
          <label htmlFor="group-merge-target">并入到</label>
          <select id="group-merge-target" value={targetId} onChange={(event) => { setTargetId(event.target.value); setConfirming(false) }}>
            <option value="">请选择分组</option>
            {others.map((other) => (
              <option key={other.id} value={other.id}>{`${other.title}（${other.size} 件）`}</option>
            ))}
          </select>
          {target && confirming ? (
            <div role="group" aria-label="确认合并">
              <p>{`确定把分组“${group.title}”的全部诉求并入分组“${target.title}”吗？本分组将标为“已并入其他分组”。`}</p>
              <button type="button" className={BUTTON} disabled={busy} onClick={() => void run(`${target.id}/merge`, { from: group.id })}>确定并入</button>{' '}
              <button type="button" className={BUTTON} onClick={() => setConfirming(false)}>取消</button>
            </div>
          ) : (
            <button type="button" className={BUTTON} disabled={!target} onClick={() => setConfirming(true)}>并入所选分组</button>
          )}
        </>
      )}
      <Problem text={problem} />
    </section>
  )
}

/** 拆分: tick demands and move them to a new group, which then opens. */
function SplitSection({ adminRoute, group, members }: Pick<Props, 'adminRoute' | 'group' | 'members'>) {
  const [chosen, setChosen] = useState<string[]>([])
  const { busy, problem, run } = useGroupAction((answer) => (answer.group ? `${adminRoute}/collections/demand-groups/${answer.group.id}` : null))
  const toggle = (id: string, on: boolean) => setChosen((now) => (on ? [...now, id] : now.filter((each) => each !== id)))
  return (
    <section aria-labelledby="group-split-heading">
      <h3 id="group-split-heading">拆分</h3>
      <fieldset>
        <legend>勾选不属于这一组的诉求，拆出另立新分组</legend>
        <ul>
          {members.map((member) => (
            <li key={member.id}>
              <label>
                <input type="checkbox" checked={chosen.includes(member.id)} onChange={(event) => toggle(member.id, event.target.checked)} />
                {` ${member.summary}（${member.receivedAt}，${member.source}）`}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <button type="button" className={BUTTON} disabled={busy || chosen.length === 0} onClick={() => void run(`${group.id}/split`, { demands: chosen })}>拆分为新分组</button>
      <Problem text={problem} />
    </section>
  )
}

/** The decision on record, and whether the residents who asked have been told. */
function DecisionOnRecord({ decision }: { decision: CurrentDecision | null }) {
  if (!decision) return <p>还没有作出决定。</p>
  return (
    <dl>
      <dt>当前决定</dt>
      <dd>{decision.serviceTitle ? `${decision.label}：${decision.serviceTitle}（${decision.service}）` : decision.label}</dd>
      <dt>公开的诉求概述</dt>
      <dd>{decision.publicSummary}</dd>
      <dt>说明</dt>
      <dd>{decision.note}</dd>
      <dt>决定时间</dt>
      <dd>{decision.decidedAt}</dd>
      <dt>通知居民</dt>
      <dd>{decision.notifiedAt ? `已于${decision.notifiedAt}通知提出诉求的居民` : '尚未通知（关联的服务或指南发布后自动通知）'}</dd>
    </dl>
  )
}

/** 作出决定: the kind, the service for the two that change the catalogue, and the note. */
function DecisionSection({ group, services, decision }: Pick<Props, 'group' | 'services' | 'decision'>) {
  const [kind, setKind] = useState<string>(decision?.kind ?? '')
  const [service, setService] = useState(decision?.service ?? '')
  const [publicSummary, setPublicSummary] = useState(decision?.publicSummary ?? '')
  const [note, setNote] = useState(decision?.note ?? '')
  const { busy, problem, run } = useGroupAction(() => null)
  const needsService = CATALOGUE_DECISIONS.includes(kind as DecisionKind)
  return (
    <section aria-labelledby="group-decision-heading">
      <h3 id="group-decision-heading">作出决定</h3>
      <DecisionOnRecord decision={decision} />
      {decision?.notifiedAt ? (
        <p>已按这个决定通知了居民，不能再修改。</p>
      ) : (
        <>
          <label htmlFor="group-decision-kind">决定</label>
          <select id="group-decision-kind" value={kind} onChange={(event) => setKind(event.target.value)}>
            <option value="">请选择</option>
            {Object.entries(DECISION_KIND_LABELS).map(([value, label]) => (
              <option key={value} value={value}>{label}</option>
            ))}
          </select>
          {needsService ? (
            <>
              <label htmlFor="group-decision-service">新增或修改的服务</label>
              <select id="group-decision-service" value={service} onChange={(event) => setService(event.target.value)}>
                <option value="">请选择服务</option>
                {services.map((each) => (
                  <option key={each.code} value={each.code}>{`${each.title}（${each.code}）`}</option>
                ))}
              </select>
            </>
          ) : null}
          <label htmlFor="group-decision-summary">公开的诉求概述（一句话，将在网站“诉求处理决定”栏目公开，不写姓名、电话、地址）</label>
          <input id="group-decision-summary" type="text" maxLength={100} value={publicSummary} onChange={(event) => setPublicSummary(event.target.value)} />
          <label htmlFor="group-decision-note">说明（改了什么，或不予采纳的理由）</label>
          <textarea id="group-decision-note" rows={3} value={note} onChange={(event) => setNote(event.target.value)} />
          <button type="button" className={BUTTON} disabled={busy} onClick={() => void run(`${group.id}/decision`, { kind, publicSummary, note, ...(needsService && service ? { service } : {}) })}>
            保存决定
          </button>
        </>
      )}
      <Problem text={problem} />
    </section>
  )
}

/** The group's three staff actions; each reloads or opens the resulting group after success. */
export function GroupActionsForm(props: Props) {
  return (
    <>
      <MergeSection {...props} />
      <SplitSection {...props} />
      <DecisionSection {...props} />
    </>
  )
}
