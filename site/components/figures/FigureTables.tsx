import { PORTAL_PATHS } from '../../../collections/catalogue/portalPaths'
import type { DivisionFigures, FigureGroup, HotlineFigures, RatingFigures } from '../../lib/snapshot'

/** A suppressed or missing figure. */
const NONE = '—'
const number = (value: null | number | undefined): string => (value === null || value === undefined ? NONE : String(value))
/** A share as a percentage with one decimal, or “—”. */
const percent = (rate: null | number): string => (rate === null ? NONE : `${(rate * 100).toFixed(1)}%`)

/**
 * A bar beside a figure: drawn for sighted readers only (aria-hidden); the
 * figure itself is the cell's text, so the table is the chart's text
 * alternative and carries every number.
 */
function Bar({ share }: { share: null | number }) {
  if (share === null) return null
  return (
    <span className="figure-bar" aria-hidden="true">
      <span style={{ width: `${Math.round(share * 100)}%` }} />
    </span>
  )
}

/** Cells of a rating row: rated, satisfied share (with its bar), bad ratings, rectified, rectified on time. */
function RatingCells({ ratings }: { ratings: null | RatingFigures }) {
  return (
    <>
      <td className="numeric">{number(ratings?.rated)}</td>
      <td className="numeric">
        {ratings ? percent(ratings.satisfiedRate) : NONE}
        <Bar share={ratings?.satisfiedRate ?? null} />
      </td>
      <td className="numeric">{number(ratings?.bad)}</td>
      <td className="numeric">{number(ratings?.rectified)}</td>
      <td className="numeric">{number(ratings?.rectifiedOnTime)}</td>
    </>
  )
}

const RATING_HEADERS = ['评价数', '满意率', '差评数', '差评已整改', '按期整改'] as const

/** 好差评 of departments, services or centres: one row each. */
export function RatingTable({ caption, groups, nameHeader }: { caption: string; groups: FigureGroup[]; nameHeader: string }) {
  if (groups.length === 0) return <p>统计期内没有足够的评价可以公布。</p>
  return (
    <table className="figure-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{nameHeader}</th>
          {RATING_HEADERS.map((header) => (
            <th scope="col" key={header} className="numeric">
              {header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {groups.map((group) => (
          <tr key={group.code}>
            <th scope="row">{group.name}</th>
            <RatingCells ratings={group.ratings} />
          </tr>
        ))}
      </tbody>
    </table>
  )
}

/** The five rating levels of one division, as a bar chart in a table. */
export function LevelsTable({ caption, ratings }: { caption: string; ratings: null | RatingFigures }) {
  if (!ratings) return <p>统计期内评价少于公布的最低件数，不公布。</p>
  return (
    <table className="figure-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">评价等级</th>
          <th scope="col" className="numeric">
            件数
          </th>
          <th scope="col" className="numeric">
            占比
          </th>
        </tr>
      </thead>
      <tbody>
        {ratings.levels.map((level) => (
          <tr key={level.key}>
            <th scope="row">{level.label}</th>
            <td className="numeric">{level.count}</td>
            <td className="numeric">
              {percent(ratings.rated > 0 ? level.count / ratings.rated : null)}
              <Bar share={ratings.rated > 0 ? level.count / ratings.rated : null} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

/** The key figures of one division: 好差评 and the hotline. */
export function KeyFigures({ division }: { division: DivisionFigures }) {
  const { hotline, ratings } = division
  const items: [string, string][] = [
    ['办件评价', number(ratings?.rated)],
    ['办件满意率', ratings ? percent(ratings.satisfiedRate) : NONE],
    ['差评已整改', ratings ? `${ratings.rectified} / ${ratings.bad}` : NONE],
    ['热线受理', number(hotline?.received)],
    ['热线按时办结率', hotline ? percent(hotline.onTimeRate) : NONE],
    ['热线满意率', hotline ? percent(hotline.satisfiedRate) : NONE],
  ]
  return (
    <dl className="key-figures">
      {items.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  )
}

function HotlineCells({ hotline }: { hotline: HotlineFigures | null }) {
  return (
    <>
      <td className="numeric">{number(hotline?.received)}</td>
      <td className="numeric">
        {hotline ? percent(hotline.onTimeRate) : NONE}
        <Bar share={hotline?.onTimeRate ?? null} />
      </td>
      <td className="numeric">
        {hotline ? percent(hotline.satisfiedRate) : NONE}
        <Bar share={hotline?.satisfiedRate ?? null} />
      </td>
    </>
  )
}

/** The divisions one level down, each linked to its own page. */
export function DivisionTable({ caption, divisions }: { caption: string; divisions: DivisionFigures[] }) {
  return (
    <div className="table-scroll" role="region" aria-label={caption} tabIndex={0}>
      <table className="figure-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">区划</th>
            {RATING_HEADERS.map((header) => (
              <th scope="col" key={header} className="numeric">
                {header}
              </th>
            ))}
            <th scope="col" className="numeric">
              热线受理
            </th>
            <th scope="col" className="numeric">
              按时办结率
            </th>
            <th scope="col" className="numeric">
              热线满意率
            </th>
          </tr>
        </thead>
        <tbody>
          {divisions.map((division) => (
            <tr key={division.code}>
              <th scope="row">
                <a href={PORTAL_PATHS.statistics(division.code)}>{division.name}</a>
              </th>
              <RatingCells ratings={division.ratings} />
              <HotlineCells hotline={division.hotline} />
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
