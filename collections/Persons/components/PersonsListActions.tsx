import type { Payload, TypedUser } from 'payload'

import { stringify } from 'qs-esm'

import { ExportLinkItems } from '../../../cms/components/ExportLinkItems'
import { hasRole } from '../../access'
import { POPULATION_ROLES } from '../../population/access'
import { PERSONS_IMPORT_PATH } from '../transfer/importScreen'
import './personsList.css'

type Props = { payload: Payload; searchParams?: Record<string, string | string[] | undefined>; user?: null | TypedUser }

/** The list's own filter, as the export endpoint takes it (the `where…` query parameters). */
function whereQuery(searchParams: Props['searchParams'] = {}): string {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(searchParams)) {
    if (!key.startsWith('where')) continue
    for (const each of Array.isArray(value) ? value : [value]) if (each !== undefined) params.append(key, each)
  }
  return params.toString()
}

/**
 * Above the persons list, for registrars and admins: import, export of what
 * the list shows (masked, audited), and the possible duplicates in the
 * viewer's scope with their count.
 */
export async function PersonsListActions({ payload, searchParams, user }: Props) {
  if (!user || !hasRole(user, ...POPULATION_ROLES)) return null
  const flagged = { possibleDuplicate: { equals: true } }
  const { totalDocs } = await payload.count({ collection: 'persons', where: flagged, user, overrideAccess: false })
  const adminRoute = payload.config.routes.admin
  return (
    <nav aria-label="人员数据操作" className="persons-actions">
      <ul>
        <li>
          <a href={`${adminRoute}${PERSONS_IMPORT_PATH}`}>批量导入</a>
        </li>
        <ExportLinkItems collection="persons" filter={whereQuery(searchParams)} />
        <li>
          <a href={`${adminRoute}/collections/persons?${stringify({ where: flagged })}`} data-duplicates={totalDocs}>
            疑似重复 <span className="persons-actions__count">{totalDocs}</span>
          </a>
        </li>
      </ul>
      <p className="persons-actions__note">导出的是当前筛选结果，身份证号、电话和地址打码，导出会记入审计日志。</p>
    </nav>
  )
}
