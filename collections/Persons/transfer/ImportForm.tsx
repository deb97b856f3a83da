'use client'

import { useFileImport } from '../../../cms/components/fileImport'
import type { ImportProblem } from './checkRows'

type Report = { created: number; file: string; mode: 'check' | 'commit'; problems: ImportProblem[]; rows: number; warnings: ImportProblem[] }

/** Problems listed on the page; the rest are counted. */
const SHOWN_PROBLEMS = 500

/**
 * Choose a file, check it (every bad cell listed with its row and column),
 * then import it: the server checks it again and writes all rows in one
 * transaction. The result is announced and receives focus.
 */
export function ImportForm({ listUrl }: { listUrl: string }) {
  const { busy, check, choose, outcome, result, run } = useFileImport<Report>('/api/persons/import')

  const report = outcome?.report
  return (
    <div className="app-import__form">
      <form onSubmit={check}>
        <label htmlFor="import-file">选择文件（.csv 或 .xlsx）</label>
        <input
          id="import-file"
          name="file"
          type="file"
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={(event) => choose(event.target.files?.[0] ?? null)}
        />
        <button type="submit" className="btn btn--style-primary" disabled={busy !== ''}>
          {busy === 'check' ? '正在检查…' : '检查文件'}
        </button>
      </form>
      {busy === 'commit' && <p role="status">正在导入，请不要关闭页面…</p>}
      {outcome && (
        <div ref={result} tabIndex={-1} className={`app-import__result app-import__result--${outcome.kind}`} role={outcome.kind === 'invalid' || outcome.kind === 'failed' ? 'alert' : 'status'}>
          {outcome.kind === 'failed' && <p>{outcome.message}</p>}
          {outcome.kind === 'invalid' && report && (
            <>
              <h3>{outcome.message ?? `发现 ${report.problems.length} 处问题，文件没有导入`}</h3>
              {report.problems.length > 0 && <p>请在文件中改正以下问题后重新检查（行号按表格计算，第1行是列名）。</p>}
            </>
          )}
          {outcome.kind === 'checked' && report && (
            <>
              <h3>共 {report.rows} 行，全部通过检查</h3>
              <p>确认后，这 {report.rows} 人将一次全部导入，并记入审计日志。</p>
              <button type="button" className="btn btn--style-primary" disabled={busy !== ''} onClick={() => void run('commit')}>
                确认导入 {report.rows} 人
              </button>
            </>
          )}
          {outcome.kind === 'imported' && report && (
            <>
              <h3>已导入 {report.created} 人</h3>
              <p>
                <a href={listUrl}>查看人员列表</a>
              </p>
            </>
          )}
        </div>
      )}
      {report && <CellList caption="问题清单" cells={report.problems} />}
      {report && <CellList caption="提醒（不影响导入）" cells={report.warnings ?? []} />}
    </div>
  )
}

/** Cells listed by row and column with what is wrong or worth a look; the first SHOWN_PROBLEMS of them. */
function CellList({ caption, cells }: { caption: string; cells: ImportProblem[] }) {
  if (cells.length === 0) return null
  return (
    <table className="app-import__problems">
      <caption>
        {caption}
        {cells.length > SHOWN_PROBLEMS ? `（显示前 ${SHOWN_PROBLEMS} 处，共 ${cells.length} 处）` : ''}
      </caption>
      <thead>
        <tr>
          <th scope="col">行</th>
          <th scope="col">列</th>
          <th scope="col">说明</th>
        </tr>
      </thead>
      <tbody>
        {cells.slice(0, SHOWN_PROBLEMS).map((cell, index) => (
          <tr key={index}>
            <td>{cell.row}</td>
            <td>{cell.column}</td>
            <td>{cell.reason}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
