import type { AuditChange } from '../actions'
import './changes.css'

type Props = { data?: { changes?: unknown } }

const EMPTY = '（空）'

/** A logged value as text: already masked when written, so shown as it is. */
const shown = (value: unknown): string => {
  if (value === null || value === undefined || value === '') return EMPTY
  if (typeof value === 'boolean') return value ? '是' : '否'
  return typeof value === 'object' ? JSON.stringify(value) : String(value)
}

const isChangeList = (value: unknown): value is AuditChange[] =>
  Array.isArray(value) && value.every((each) => each && typeof each === 'object' && 'field' in each)

/**
 * An audit entry's change list as a plain table rendered on the server:
 * field, old value, new value. It replaces Payload's JSON editor, which
 * loads its code editor from a public CDN and never appears on an intranet.
 */
export function ChangesTable({ data }: Props) {
  const changes = isChangeList(data?.changes) ? data.changes : []
  return (
    <section aria-labelledby="audit-changes-heading" className="audit-changes">
      <h3 id="audit-changes-heading">变更内容</h3>
      {changes.length === 0 ? (
        <p>这条记录没有字段变更。</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">字段</th>
              <th scope="col">原值</th>
              <th scope="col">新值</th>
            </tr>
          </thead>
          <tbody>
            {changes.map((change) => (
              <tr key={change.field}>
                <th scope="row">{change.label || change.field}</th>
                <td>{shown(change.from)}</td>
                <td>{shown(change.to)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
