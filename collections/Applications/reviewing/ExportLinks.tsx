'use client'

import { useListQuery } from '@payloadcms/ui'
import { stringify } from 'qs-esm'

import { ExportLinkItems } from '../../../cms/components/ExportLinkItems'

/** 导出 of what the applications list shows now: its current filter, read again on the server with the reviewer's own access (exportEndpoint.ts). */
export function ExportLinks({ maxRows }: { maxRows: number }) {
  const { query } = useListQuery()
  const filter = query.where && Object.keys(query.where).length > 0 ? stringify({ where: query.where }) : ''
  return (
    <>
      <ul className="reviewer-tools__exports">
        <ExportLinkItems collection="applications" filter={filter} />
      </ul>
      <p className="reviewer-tools__note">
        导出的是当前筛选出的办件（一次最多 {maxRows.toLocaleString('en')} 件），申请人姓名、身份证号码和电话打码；每次导出都记入审计日志。
      </p>
    </>
  )
}
