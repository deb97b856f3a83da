'use client'

import { useFileImport } from '../../../cms/components/fileImport'
import type { WordProblem } from './wordList'

type Counts = { changed: number; duplicates: number; file: string; invalid: number; new: number; problems: WordProblem[]; unchanged: number }

/**
 * Choose a file, preview what it would change, then import it: the server
 * reads it again and writes every word in one transaction. The result is
 * announced and receives focus.
 */
export function WordsImportForm({ listUrl }: { listUrl: string }) {
  const { busy, check: preview, choose, outcome, result, run } = useFileImport<Counts>('/api/sensitive-words/import')

  const counts = outcome?.report
  return (
    <div className="app-import__form">
      <form onSubmit={preview}>
        <label htmlFor="words-file">选择词表文件（.txt 或 .csv）</label>
        <input
          id="words-file"
          name="file"
          type="file"
          accept=".txt,.csv,text/plain,text/csv"
          onChange={(event) => choose(event.target.files?.[0] ?? null)}
        />
        <button type="submit" className="btn btn--style-primary" disabled={busy !== ''}>
          {busy === 'check' ? '正在预览…' : '预览'}
        </button>
      </form>
      {busy === 'commit' && <p role="status">正在导入，请不要关闭页面…</p>}
      {outcome && (
        <div ref={result} tabIndex={-1} className={`app-import__result app-import__result--${outcome.kind}`} role={outcome.kind === 'invalid' || outcome.kind === 'failed' ? 'alert' : 'status'}>
          {outcome.kind === 'checked' && <h3>预览：{counts?.file}</h3>}
          {(outcome.kind === 'invalid' || outcome.kind === 'failed') && <h3>{outcome.message}</h3>}
          {outcome.kind === 'imported' && <h3>已导入：新增 {counts?.new} 个词，修改 {counts?.changed} 个词</h3>}
          {counts && <CountList counts={counts} />}
          {outcome.kind === 'checked' && counts && (
            <button type="button" className="btn btn--style-primary" disabled={busy !== '' || counts.new + counts.changed === 0} onClick={() => void run('commit')}>
              确认导入（新增 {counts.new} 个，修改 {counts.changed} 个）
            </button>
          )}
          {outcome.kind === 'imported' && (
            <p>
              <a href={listUrl}>查看敏感词列表</a>
            </p>
          )}
        </div>
      )}
      {counts && counts.problems.length > 0 && (
        <table className="app-import__problems">
          <caption>有问题的行{counts.invalid > counts.problems.length ? `（显示前 ${counts.problems.length} 行，共 ${counts.invalid} 行）` : ''}</caption>
          <thead>
            <tr>
              <th scope="col">行</th>
              <th scope="col">说明</th>
            </tr>
          </thead>
          <tbody>
            {counts.problems.map((problem) => (
              <tr key={problem.line}>
                <td>{problem.line}</td>
                <td>{problem.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  )
}

/** What the file brings, in counts. */
function CountList({ counts }: { counts: Counts }) {
  return (
    <ul>
      <li>新增：{counts.new} 个</li>
      <li>修改处理方式或重新启用：{counts.changed} 个</li>
      <li>已在词表中、无需改动：{counts.unchanged} 个</li>
      <li>文件中重复的行：{counts.duplicates} 行</li>
      <li>有问题的行：{counts.invalid} 行</li>
    </ul>
  )
}
