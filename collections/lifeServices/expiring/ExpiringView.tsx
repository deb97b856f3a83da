import type { AdminViewServerProps } from 'payload'

import { adminPage } from '../../../cms/components/adminPage'
import type { StaffUser } from '../../access'
import { canViewExpiring, expiringDocuments, expiryText } from './compute'
import { EXPIRING_EXPORT_PATH } from './export'
import { EXPIRING_PATH } from './index'
import './expiring.css'

const TITLE = '证照到期清单'

/**
 * 证照到期清单 in the admin (/admin/life/expiring): worker certificates and
 * provider licences, insurance and contracts in the reader's subtree that
 * have expired or expire within 30 days, with an Excel export.
 */
export async function ExpiringView(props: AdminViewServerProps) {
  const { frame, payload, req, user } = adminPage(props, { className: 'app-expiring', path: EXPIRING_PATH, title: TITLE })
  if (!canViewExpiring(user as StaffUser)) {
    return frame(
      <>
        <h1>{TITLE}</h1>
        <p>只有生活服务监管人员和系统管理员可以查看证照到期清单。</p>
      </>,
    )
  }
  const rows = await expiringDocuments(req)
  return frame(
    <>
      <h1>{TITLE}</h1>
      <p>本辖区在职服务人员的证件，以及加盟企业的证照、保险和加盟协议中，已过期和30天内到期的。服务人员证件过期即为红码，30天内到期为黄码。</p>
      <p>
        <a className="btn btn--style-secondary btn--size-small" href={`${payload.config.routes.api}/workers${EXPIRING_EXPORT_PATH}`} download>
          导出 Excel
        </a>
      </p>
      {rows.length ? (
        <table>
          <caption>共 {rows.length} 项，按有效期排序</caption>
          <thead>
            <tr>
              <th scope="col">类型</th>
              <th scope="col">持有人</th>
              <th scope="col">所属企业</th>
              <th scope="col">证件</th>
              <th scope="col">有效期至</th>
              <th scope="col">状态</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => (
              <tr key={index}>
                <td>{row.holderKind}</td>
                <th scope="row">{row.holder}</th>
                <td>{row.provider}</td>
                <td>{row.document}</td>
                <td>{row.validUntil}</td>
                <td className={row.daysLeft < 0 ? 'app-expiring__overdue' : undefined}>{expiryText(row.daysLeft)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>本辖区没有已过期或30天内到期的证照。</p>
      )}
    </>,
  )
}
