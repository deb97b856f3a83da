import type { LoadFigures } from './load'

/** How a benchmark prints its figures: milliseconds, rates, a load run, and the summary table. */

export const ms = (value: number) => `${Math.round(value)} ms`
export const perSecond = (value: number) => `${Math.round(value).toLocaleString('en')}/秒`

export function describeLoad(label: string, figures: LoadFigures, failures: string[]): string {
  const outcomes = Object.entries(figures.outcomes)
    .map(([code, count]) => `${code}×${count}`)
    .join('，')
  return [
    `${label}：${figures.connections} 个连接，${figures.seconds} 秒，共 ${figures.requests.toLocaleString('en')} 个请求（${outcomes || '无应答'}）`,
    `  速率 ${perSecond(figures.perSecond)}（最慢的一秒 ${perSecond(figures.lowestSecond)}，最快 ${perSecond(figures.highestSecond)}）`,
    `  延迟 p50 ${ms(figures.p50)}，p90 ${ms(figures.p90)}，p99 ${ms(figures.p99)}，最长 ${ms(figures.max)}；错误（含非 2xx）${figures.errors}`,
    ...failures.map((failure) => `  失败示例：${failure}`),
  ].join('\n')
}

/** A summary row: what, goal, measured, and whether the goal was met (null: no goal). */
export type SummaryRow = [string, string, string, boolean | null]

export function summaryTable(rows: SummaryRow[]): string {
  const width = (text: string) => [...text].reduce((sum, char) => sum + (/[\u2E80-\uFFFF]/.test(char) ? 2 : 1), 0)
  const pad = (text: string, size: number) => text + ' '.repeat(Math.max(0, size - width(text)))
  const verdict = (met: boolean | null) => (met === null ? '—' : met ? '达到' : '未达到')
  const table = [['指标', '目标', '实测', '结论'], ...rows.map(([name, goal, measured, met]) => [name, goal, measured, verdict(met)])]
  const sizes = [0, 1, 2, 3].map((column) => Math.max(...table.map((row) => width(row[column]!))))
  const line = (row: string[]) => `| ${row.map((cell, column) => pad(cell, sizes[column]!)).join(' | ')} |`
  return [line(table[0]!), `|${sizes.map((size) => '-'.repeat(size + 2)).join('|')}|`, ...table.slice(1).map(line)].join('\n')
}
