import type { TypedUser } from 'payload'

import type { BoardThread } from '../../../../cms/payload-types'
import { hasRole, isInUserScope } from '../../../access'
import { CONVERTING_ROLES, defaultKindOf } from '../convert'
import { ConvertButtons } from './ConvertButtons'

type Props = { data?: Partial<BoardThread>; user?: null | TypedUser }

/**
 * In a resident's thread's sidebar, for the staff who may convert it (in its
 * division): 转为12345工单 and 登记为诉求, with the kind. Once converted, the
 * linked order or demand shows in the fields below instead.
 */
export function ConvertThread({ data, user }: Props) {
  if (!data?.id || data.kind === 'official' || data.ticket || data.demand) return null
  if (!hasRole(user, ...CONVERTING_ROLES) || !isInUserScope(user, data.scope)) return null
  if (data.status === 'hidden' || data.status === 'rejected') return null
  return (
    <div className="field-type convert-thread">
      <h3>转办</h3>
      <ConvertButtons threadId={String(data.id)} defaultKind={defaultKindOf({ kind: data.kind ?? 'post', category: data.category })} />
    </div>
  )
}
