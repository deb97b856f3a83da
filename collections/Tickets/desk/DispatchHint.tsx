import { useEffect, useState } from 'react'

import { dueDateText } from '../../CalendarDays/workingDays'

/** The catalogue's answer for the order being typed (GET /api/dispatch-rules/suggest). */
type Suggestion = {
  automatic: boolean
  department: null | string
  division: null | string
  dueDate: string
  dueDateProvisional: boolean
  handlerName: string
  ruleName: string
}

/** How long typing must pause before the desk asks again: one request per pause, not per keystroke. */
const PAUSE_MS = 400

type Props = {
  division: string
  kind: string
  /** Dispatch to the suggested handler: fills the form's department or street. */
  onUse: (target: { department: string; division: string }) => void
  serviceCode: string
  text: string
}

/**
 * 派单目录建议: as the agent types and chooses, the handler and due date the
 * dispatch catalogue suggests, with a button to dispatch there. Said in a
 * polite live region, so a screen reader hears it once it settles.
 */
export function DispatchHint({ division, kind, onUse, serviceCode, text }: Props) {
  const [suggestion, setSuggestion] = useState<null | Suggestion>(null)

  useEffect(() => {
    if (!division) return setSuggestion(null)
    const controller = new AbortController()
    const timer = setTimeout(async () => {
      const query = new URLSearchParams({ division, kind, serviceCode, text: text.slice(0, 4000) })
      const response = await fetch(`/api/dispatch-rules/suggest?${query}`, { credentials: 'include', signal: controller.signal }).catch(() => null)
      if (response?.ok) setSuggestion(((await response.json()) as { suggestion: null | Suggestion }).suggestion)
    }, PAUSE_MS)
    return () => {
      clearTimeout(timer)
      controller.abort()
    }
  }, [division, kind, serviceCode, text])

  return (
    <div className="hotline-desk__hint" aria-live="polite">
      {suggestion && (
        <p>
          派单目录建议：派往 {suggestion.handlerName}，应办结 {dueDateText(suggestion.dueDate, suggestion.dueDateProvisional)}（规则：{suggestion.ruleName}
          {suggestion.automatic ? '；选“仅受理”时平台自动派单' : ''}）{' '}
          <button type="button" className="btn btn--style-secondary btn--size-small" onClick={() => onUse({ department: suggestion.department ?? '', division: suggestion.division ?? '' })}>
            按建议派单
          </button>
        </p>
      )}
    </div>
  )
}
