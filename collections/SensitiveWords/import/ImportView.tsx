import type { AdminViewServerProps } from 'payload'

import { adminPage } from '../../../cms/components/adminPage'
import { hasRole } from '../../access'
import { WORD_ACTIONS } from '../../community/words'
import { WordsImportForm } from './ImportForm'
import { WORDS_IMPORT_PATH, WORDS_IMPORT_TITLE } from './importScreen'
import '../../../cms/components/adminFormPage.css'
import '../../Persons/transfer/import.css'

/**
 * The word list import screen (/admin/import/sensitive-words), for
 * administrators: what the file must hold, then a form that previews what
 * the file would change and imports it all at once.
 */
export function SensitiveWordsImportView(props: AdminViewServerProps) {
  const { adminRoute, frame, user } = adminPage(props, { className: 'app-import admin-form-page', path: WORDS_IMPORT_PATH, title: WORDS_IMPORT_TITLE })
  if (!hasRole(user, 'admin')) {
    return frame(
      <>
        <h1>{WORDS_IMPORT_TITLE}</h1>
        <p>只有系统管理员可以查看和导入敏感词。</p>
      </>,
    )
  }
  return frame(
    <>
      <h1>{WORDS_IMPORT_TITLE}</h1>
      <p>敏感词表由市里提供。用 UTF-8 编码的文本文件（.txt）或 CSV 文件一次导入成千上万个词：先预览新增、修改、重复和有问题的行数，确认后一次全部导入；只要有一行有问题，就一个词也不会导入。导入会记入审计日志。</p>
      <h2>文件格式</h2>
      <p>每行一个词，词后可以加英文逗号和处理方式，例如“某某词,block”。第一行可以是列名“词语,处理方式”。</p>
      <table className="app-import__columns">
        <caption>处理方式的写法</caption>
        <thead>
          <tr>
            <th scope="col">写法</th>
            <th scope="col">处理方式</th>
          </tr>
        </thead>
        <tbody>
          {Object.entries(WORD_ACTIONS).map(([code, label]) => (
            <tr key={code}>
              <th scope="row">
                {code} 或 {label}
              </th>
              <td>{label}</td>
            </tr>
          ))}
          <tr>
            <th scope="row">不写</th>
            <td>新词转人工审核；已有的词保持原来的处理方式</td>
          </tr>
        </tbody>
      </table>
      <h2>导入文件</h2>
      <WordsImportForm listUrl={`${adminRoute}/collections/sensitive-words`} />
    </>,
  )
}
