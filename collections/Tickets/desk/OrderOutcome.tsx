import { type ReactNode, useEffect, useRef } from 'react'

/** `bundle`: the title of the 一件事 the agent files as one for the caller through `applyUrl`. */
export type Outcome = { applyUrl?: null | string; bundle?: string; id?: string; message: string; ok: boolean }

/** A desk's answer to what the agent submitted, focused so the agent (and a screen reader) hears it at once. */
export function FocusedOutcome({ children, ok, shown }: { children: ReactNode; ok: boolean; shown: unknown }) {
  const result = useRef<HTMLDivElement>(null)

  useEffect(() => {
    if (shown) result.current?.focus()
  }, [shown])

  return (
    <div ref={result} tabIndex={-1} role={ok ? 'status' : 'alert'} className={`hotline-desk__outcome hotline-desk__outcome--${ok ? 'ok' : 'error'}`}>
      {children}
    </div>
  )
}

/** What became of the submitted order. */
export function OrderOutcome({ adminRoute, outcome }: { adminRoute: string; outcome: null | Outcome }) {
  if (!outcome) return null
  return (
    <FocusedOutcome ok={outcome.ok} shown={outcome}>
      <p>{outcome.message}</p>
      {outcome.id && <a href={`${adminRoute}/collections/tickets/${outcome.id}`}>打开工单</a>}
      {outcome.applyUrl && outcome.bundle && (
        <p>
          <a href={outcome.applyUrl} target="_blank" rel="noreferrer">
            为来电人一次申请“{outcome.bundle}”（新窗口）
          </a>
          ：提交后页面显示联办编号和查询码，请读给来电人（也会短信发给申请人）；各事项进入办件流程（渠道为电话代办），本工单自动办结。
        </p>
      )}
      {outcome.applyUrl && !outcome.bundle && (
        <p>
          <a href={outcome.applyUrl} target="_blank" rel="noreferrer">
            为来电人填写网上申请（新窗口）
          </a>
          ：提交后申请进入办件流程（渠道为电话代办），本工单自动办结。
        </p>
      )}
    </FocusedOutcome>
  )
}
