/** One headline number of a statistics page: a link when it opens the matching list, alerting when it needs action. */
export type Figure = { alert?: boolean; href?: string; label: string; note: string; value: string }

/** A statistics page's key figures, as a description list under their own heading. */
export function KeyFigures({ figures, id }: { figures: Figure[]; id: string }) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>关键指标</h2>
      <dl className="app-statistics__figures">
        {figures.map((figure) => (
          <div key={figure.label} className={figure.alert ? 'app-statistics__figure app-statistics__figure--alert' : 'app-statistics__figure'}>
            <dt>{figure.label}</dt>
            <dd className="app-statistics__value">{figure.href ? <a href={figure.href}>{figure.value}</a> : figure.value}</dd>
            <dd className="app-statistics__note">{figure.note}</dd>
          </div>
        ))}
      </dl>
    </section>
  )
}
