import type { Payload, TypedUser } from 'payload'

import type { Application } from '../../../cms/payload-types'
import { hasRole } from '../../access'
import { HANDLING_ROLES } from '../access'
import { NOTICE_KINDS, noticesAvailable } from './kinds'
import '../../privacy/components/recordPanel.css'

type Props = { data?: Partial<Application>; payload: Payload; user?: null | TypedUser }

/**
 * 打印通知书 in an application's sidebar: a link per notice the case's
 * history allows (kinds.ts), opening the PDF to print (notices/endpoint.ts,
 * audited there).
 */
export async function NoticeLinks({ data, payload, user }: Props) {
  if (!data?.id || !hasRole(user, ...HANDLING_ROLES)) return null
  const { docs } = await payload.find({
    collection: 'application-events',
    where: { application: { equals: data.id } },
    pagination: false,
    depth: 0,
    select: { action: true },
  })
  const kinds = noticesAvailable(docs)
  if (kinds.length === 0) return null
  return (
    <div className="field-type record-panel" data-notice-links>
      <h3>打印通知书</h3>
      <ul>
        {kinds.map((kind) => (
          <li key={kind}>
            <a href={`/api/applications/${data.id}/notices/${kind}`} target="_blank" rel="noopener">
              打印{NOTICE_KINDS[kind].title}
            </a>
          </li>
        ))}
      </ul>
      <p className="record-panel__note">通知书载有申请人的姓名和身份证号码，每次打印都记入审计日志。</p>
    </div>
  )
}
