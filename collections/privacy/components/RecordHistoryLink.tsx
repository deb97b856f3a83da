'use client'

import { useConfig, useDocumentInfo } from '@payloadcms/ui'
import { stringify } from 'qs-esm'
import './recordPanel.css'

/**
 * "查看变更记录" beside a personal record: the audit log filtered to this
 * record, newest first — every change, move, full view and merge, as far as
 * the reader's scope allows.
 */
export function RecordHistoryLink() {
  const { collectionSlug, id } = useDocumentInfo()
  const { config } = useConfig()
  if (!id) return null
  const query = stringify({ where: { and: [{ targetCollection: { equals: collectionSlug } }, { targetId: { equals: String(id) } }] }, sort: '-createdAt' })
  return (
    <div className="field-type record-panel record-history">
      <a href={`${config.routes.admin}/collections/audit-log?${query}`}>查看变更记录</a>
      <p className="record-panel__note">本记录的新建、修改、迁入迁出、查看完整信息和合并记录。</p>
    </div>
  )
}
