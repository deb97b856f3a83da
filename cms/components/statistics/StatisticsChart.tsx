'use client'

import {
  ArcElement,
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  DoughnutController,
  Legend,
  LinearScale,
  Tooltip,
} from 'chart.js'
import { useEffect, useRef } from 'react'

Chart.register(ArcElement, BarController, BarElement, CategoryScale, DoughnutController, Legend, LinearScale, Tooltip)

type ChartItem = { count: number; key: string; label: string }

type Props = {
  /** What the chart shows, e.g. 按办理状态; also the table's caption. */
  caption: string
  id: string
  items: ChartItem[]
  kind: 'bar' | 'doughnut'
  /** Long labels (services) read better as horizontal bars. */
  horizontal?: boolean
  /** The header of the table's first column, e.g. 状态. */
  keyLabel: string
  /** What is counted: 件 (applications), 人, 户. */
  unit?: string
}

/** Colours from the admin's own theme, so the charts follow light and dark mode. */
function themeColour(element: Element, name: string, fallback: string): string {
  return getComputedStyle(element).getPropertyValue(name).trim() || fallback
}

const percent = (count: number, total: number) => (total > 0 ? `${((count / total) * 100).toFixed(1)}%` : '—')

/** The chart in words, for screen readers: every value, in the chart's order. */
function describeChart(caption: string, items: ChartItem[], unit = '件'): string {
  const total = items.reduce((sum, item) => sum + item.count, 0)
  if (total === 0) return `${caption}：没有数据`
  return `${caption}：${items.map((item) => `${item.label} ${item.count} ${unit}`).join('，')}；合计 ${total} ${unit}`
}

/**
 * One statistic as a chart.js chart, with its accessible equivalent: the
 * canvas is an image labelled with every value, and the same numbers are in
 * a real table (with shares) under 查看数据表, for reading and copying.
 */
export function StatisticsChart({ caption, horizontal = false, id, items, keyLabel, kind, unit = '件' }: Props) {
  const canvas = useRef<HTMLCanvasElement>(null)
  const total = items.reduce((sum, item) => sum + item.count, 0)

  useEffect(() => {
    const element = canvas.current
    if (!element) return
    const text = themeColour(element, '--theme-elevation-800', '#333')
    const grid = themeColour(element, '--theme-elevation-150', '#ddd')
    const bar = themeColour(element, '--theme-success-500', '#1587ba')
    const border = themeColour(element, '--theme-bg', '#fff')
    // Best to worst: calm blues for the satisfied levels, warm colours for the others.
    const levels = [
      themeColour(element, '--theme-success-700', '#115879'),
      themeColour(element, '--theme-success-500', '#1587ba'),
      themeColour(element, '--theme-success-250', '#7dccf8'),
      themeColour(element, '--theme-warning-500', '#b96c0d'),
      themeColour(element, '--theme-error-500', '#da4b48'),
    ]
    const labels = items.map((item) => item.label)
    const data = items.map((item) => item.count)
    const chart =
      kind === 'doughnut'
        ? new Chart(element, {
            type: 'doughnut',
            data: { labels, datasets: [{ data, backgroundColor: levels, borderColor: border, borderWidth: 2 }] },
            options: {
              maintainAspectRatio: false,
              animation: false,
              plugins: { legend: { position: 'right', labels: { color: text, font: { size: 14 } } } },
            },
          })
        : new Chart(element, {
            type: 'bar',
            data: { labels, datasets: [{ label: `${unit}数`, data, backgroundColor: bar, borderRadius: 2, maxBarThickness: 40 }] },
            options: {
              indexAxis: horizontal ? 'y' : 'x',
              maintainAspectRatio: false,
              animation: false,
              plugins: { legend: { display: false } },
              scales: {
                x: { ticks: { color: text, precision: 0, font: { size: 13 } }, grid: { color: grid } },
                y: { ticks: { color: text, precision: 0, font: { size: 13 } }, grid: { color: grid }, beginAtZero: true },
              },
            },
          })
    return () => chart.destroy()
  }, [horizontal, items, kind, unit])

  const height = kind === 'bar' && horizontal ? Math.max(12, items.length * 2.1 + 3) : 18
  return (
    <div className="app-statistics__chart" data-chart={id}>
      <div className="app-statistics__canvas" style={{ height: `${height}rem` }}>
        <canvas ref={canvas} id={`chart-${id}`} role="img" aria-label={describeChart(caption, items, unit)}>
          {describeChart(caption, items, unit)}
        </canvas>
      </div>
      <details className="app-statistics__data">
        <summary>查看数据表</summary>
        <table id={`table-${id}`}>
          <caption>
            {caption}（共 {total} {unit}）
          </caption>
          <thead>
            <tr>
              <th scope="col">{keyLabel}</th>
              <th scope="col" className="app-statistics__number">
                {unit}数
              </th>
              <th scope="col" className="app-statistics__number">
                占比
              </th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={item.key}>
                <th scope="row">{item.label}</th>
                <td>{item.count}</td>
                <td>{percent(item.count, total)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </div>
  )
}
