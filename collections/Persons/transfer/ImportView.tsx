import type { AdminViewServerProps } from 'payload'

import { adminPage } from '../../../cms/components/adminPage'
import { hasRole } from '../../access'
import { POPULATION_ROLES } from '../../population/access'
import { PERSON_COLUMNS } from './columns'
import { PERSONS_IMPORT_PATH, PERSONS_IMPORT_TITLE } from './importScreen'
import { ImportForm } from './ImportForm'
import '../../../cms/components/adminFormPage.css'
import './import.css'


/**
 * The persons import screen (/admin/import/persons): what the file must
 * hold, the template, and the form that checks a file and then, when every
 * row is right, imports it all at once.
 */
export function PersonsImportView(props: AdminViewServerProps) {
  const { adminRoute, frame, user } = adminPage(props, { className: 'app-import admin-form-page', path: PERSONS_IMPORT_PATH, title: PERSONS_IMPORT_TITLE })
  if (!hasRole(user, ...POPULATION_ROLES)) {
    return frame(
      <>
        <h1>{PERSONS_IMPORT_TITLE}</h1>
        <p>只有人口信息登记员和系统管理员可以导入人员。</p>
      </>,
    )
  }
  return frame(
    <>
      <h1>{PERSONS_IMPORT_TITLE}</h1>
      <p>用 CSV 文件（UTF-8 或 GBK 编码）或 Excel 文件（.xlsx）一次导入多人。先检查文件，每一处问题都会列出；全部无误后再确认导入。只要有一行有误，就一行也不会导入。</p>
      <h2>文件格式</h2>
      <p>
        第一行是列名，以下每行一人。<a href="/api/persons/import-template" download>下载导入模板（CSV）</a>，模板中的两行示例请在导入前删除。
      </p>
      <table className="app-import__columns">
        <caption>导入文件的各列</caption>
        <thead>
          <tr>
            <th scope="col">列名</th>
            <th scope="col">是否必填</th>
            <th scope="col">填写说明</th>
          </tr>
        </thead>
        <tbody>
          {PERSON_COLUMNS.map((column) => (
            <tr key={column.key}>
              <th scope="row">{column.title}</th>
              <td>{column.required ? '必填' : '选填'}</td>
              <td>{column.hint}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>导入文件</h2>
      <ImportForm listUrl={`${adminRoute}/collections/persons`} />
    </>,
  )
}
