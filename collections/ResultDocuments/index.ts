import path from 'node:path'
import type { CollectionConfig } from 'payload'

import { resolveDataDir } from '../../cms/config/paths'
import { nobody } from '../access'
import { caseWorkersInScope } from '../Applications/access'
import { applicationLinkField, caseScopeFields } from '../Applications/fields'
import { panelField } from '../fields/panel'
import { revokeEndpoint } from './endpoints/revoke'
import { DOCUMENT_KIND_LABELS, RESULT_STATUS_LABELS } from './states'

const readOnly = { readOnly: true }

/**
 * 结果文件: the PDF an applicant receives when an application is 办结 with
 * 准予 (made from the service's result template), or a certificate a
 * real-name resident gets at once from the population base (居住证明), with
 * its verification number and whether it still holds. Private like the application's own
 * files: stored outside the portal, served to staff through Payload's file
 * route with the applications' row filter, to the applicant through
 * /api/results/download. Written only by the workflow; revoked only through
 * /api/result-documents/:id/revoke (a reason, audited), the admin's 撤销 button.
 */
export const ResultDocuments: CollectionConfig = {
  slug: 'result-documents',
  labels: { singular: { zh: '结果文件', en: 'Result document' }, plural: { zh: '结果文件', en: 'Result documents' } },
  admin: {
    group: { zh: '办件', en: 'Casework' },
    useAsTitle: 'number',
    defaultColumns: ['number', 'title', 'status', 'application', 'issuedAt'],
    description: {
      zh: '办结“准予办理”时生成的 PDF 结果文件。任何人可以在门户网站的“核验”页面用核验编号查验真伪；撤销后核验结果显示“已撤销”。',
      en: 'PDF results issued on approval; checkable at /verify/ on the portal.',
    },
  },
  access: { read: caseWorkersInScope, create: nobody, update: nobody, delete: nobody },
  upload: {
    staticDir: path.join(resolveDataDir(), 'uploads', 'results'),
    mimeTypes: ['application/pdf'],
    // Never cached by a shared proxy: a personal document.
    modifyResponseHeaders: ({ headers }) => {
      headers.set('Cache-Control', 'private, no-store')
      return headers
    },
  },
  endpoints: [revokeEndpoint],
  fields: [
    panelField('revoke', '/collections/ResultDocuments/components/RevokePanel#RevokePanel'),
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'result',
      index: true,
      options: Object.entries(DOCUMENT_KIND_LABELS).map(([value, label]) => ({ value, label })),
      label: { zh: '类别', en: 'Kind' },
      admin: readOnly,
    },
    // A result belongs to its application; an instant certificate to the resident who asked for it.
    { ...applicationLinkField, required: false, admin: { readOnly: true, condition: (data) => Boolean(data?.application) } },
    {
      name: 'resident',
      type: 'relationship',
      relationTo: 'residents',
      index: true,
      label: { zh: '开具给（居民账号）', en: 'Issued to (resident account)' },
      admin: { readOnly: true, condition: (data) => Boolean(data?.resident) },
    },
    { name: 'number', type: 'text', required: true, unique: true, index: true, label: { zh: '核验编号', en: 'Verification number' }, admin: readOnly },
    { name: 'title', type: 'text', required: true, label: { zh: '文件名称', en: 'Title' }, admin: readOnly },
    { name: 'issuer', type: 'text', required: true, label: { zh: '出具部门', en: 'Issuer' }, admin: readOnly },
    { name: 'holder', type: 'text', required: true, label: { zh: '持有人（已隐去部分）', en: 'Holder (masked)' }, admin: readOnly },
    { name: 'issuedAt', type: 'date', required: true, label: { zh: '出具时间', en: 'Issued' }, admin: { ...readOnly, date: { pickerAppearance: 'dayAndTime' } } },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'valid',
      index: true,
      options: Object.entries(RESULT_STATUS_LABELS).map(([value, label]) => ({ value, label })),
      label: { zh: '状态', en: 'Status' },
      admin: readOnly,
    },
    {
      name: 'revocation',
      type: 'group',
      label: { zh: '撤销', en: 'Revocation' },
      admin: { condition: (data) => data?.status === 'revoked' },
      fields: [
        { name: 'reason', type: 'textarea', label: { zh: '撤销理由', en: 'Reason' }, admin: readOnly },
        { name: 'at', type: 'date', label: { zh: '撤销时间', en: 'At' }, admin: { ...readOnly, date: { pickerAppearance: 'dayAndTime' } } },
        { name: 'by', type: 'relationship', relationTo: 'users', label: { zh: '撤销人', en: 'By' }, admin: readOnly },
      ],
    },
    ...caseScopeFields,
  ],
}
