/** The date range of a statistics page: a plain GET form (it works without JavaScript), and a link back to the default. */
export function RangeForm({ from, resetHref, to }: { from: string; resetHref: string; to: string }) {
  return (
    <form method="get" className="app-statistics__range" aria-label="统计日期范围">
      <div>
        <label htmlFor="statistics-from">开始日期</label>
        <input id="statistics-from" name="from" type="date" defaultValue={from} required />
      </div>
      <div>
        <label htmlFor="statistics-to">结束日期</label>
        <input id="statistics-to" name="to" type="date" defaultValue={to} required />
      </div>
      <button type="submit" className="btn btn--style-primary btn--size-medium">
        查看
      </button>
      <a href={resetHref}>近12个月</a>
    </form>
  )
}

/** A share as people read it: 93.5%, or — when there is nothing to divide. */
export const percent = (rate: null | number): string => (rate === null ? '—' : `${(rate * 100).toFixed(1)}%`)

/** The first value of a search parameter. */
export const first = (value: string | string[] | undefined): string | undefined => (Array.isArray(value) ? value[0] : value)
