import type { ReactNode } from 'react'

import { type Figure, KeyFigures } from './KeyFigures'
import { RangeForm } from './RangeForm'

type Props = {
  children: ReactNode
  /** What the range counts, after "from 至 to", e.g. "受理的工单。" */
  counted: string
  /** Shown instead of the charts when nothing was counted in the range. */
  emptyText: string
  figures: Figure[]
  figuresId: string
  range: { from: string; to: string }
  resetHref: string
  scopeName: string
  title: string
  total: number
}

/**
 * The body of a statistics page over a date range: its title, whose figures
 * and which days, the range form, the key figures, then the charts
 * (`children`) or, for an empty range, a sentence saying so.
 */
export function RangeStatistics({ children, counted, emptyText, figures, figuresId, range, resetHref, scopeName, title, total }: Props) {
  return (
    <>
      <header className="app-statistics__header">
        <h1>{title}</h1>
        <p className="app-statistics__scope">统计范围：{scopeName}</p>
        <p>
          {range.from} 至 {range.to} {counted}
        </p>
      </header>
      <RangeForm from={range.from} to={range.to} resetHref={resetHref} />
      <KeyFigures id={figuresId} figures={figures} />
      {total === 0 ? <p className="app-statistics__empty">{emptyText}</p> : <div className="app-statistics__charts">{children}</div>}
    </>
  )
}
