import type { CollectionConfig } from 'payload'

import { nobody } from '../access'
import { selectOptions } from '../fields/selectOptions'
import { checkIdNumber } from '../Persons/options'
import { maskPhone } from '../privacy/mask'
import { personalField } from '../privacy/personalField'
import { revealFullField } from '../privacy/personalRecord'
import { revealEndpoint } from '../privacy/revealEndpoint'
import { isMobileNumber } from '../validation/identity'
import { enforcePasswordPolicy } from '../Users/hooks/enforcePasswordPolicy'
import { adminsOnly } from './access'
import { residentEndpoints } from './endpoints'
import { residentCookieStrategy, SESSION_SECONDS } from './lib/session'

export const RESIDENT_STATUSES = {
  pending: { zh: '未完成首次登录', en: 'Not signed in yet' },
  active: { zh: '正常', en: 'Active' },
  closed: { zh: '已注销', en: 'Closed' },
} as const

export const REAL_NAME_STATUSES = {
  verified: { zh: '已核验（人口库）', en: 'Verified (population base)' },
  selfReported: { zh: '本人填报', en: 'Self-reported' },
} as const

/** When and to which version of a notice the resident said yes. */
const consentGroup = (name: string, label: { en: string; zh: string }) => ({
  name,
  type: 'group' as const,
  label,
  admin: { readOnly: true },
  fields: [
    { name: 'acceptedAt', type: 'date' as const, label: { zh: '同意时间', en: 'Accepted' } },
    { name: 'noticeVersion', type: 'text' as const, label: { zh: '说明版本', en: 'Notice version' } },
  ],
})

/**
 * Residents' own accounts on the portal (居民账号), apart from staff and
 * from other systems: signed in with a mobile number and an SMS code (or a
 * password they chose), in a session cookie of their own (lib/session.ts).
 * Payload's password storage and session list serve them, but not its
 * sign-in routes: the endpoints under /api/residents/ do that. Only
 * administrators read the accounts; nobody edits them through the API.
 */
export const Residents: CollectionConfig = {
  slug: 'residents',
  labels: {
    singular: { zh: '居民账号', en: 'Resident account' },
    plural: { zh: '居民账号', en: 'Resident accounts' },
  },
  auth: {
    // Payload keeps the password hash and the session list; its own sign-in routes stay shut.
    disableLocalStrategy: { enableFields: true },
    // The user name is the number's keyed hash (lib/accounts.ts): how the account is found
    // without querying the personal value. No email.
    loginWithUsername: { requireEmail: false },
    useSessions: true,
    tokenExpiration: SESSION_SECONDS,
    strategies: [residentCookieStrategy],
  },
  admin: {
    group: { zh: '组织与人员', en: 'Organisation' },
    useAsTitle: 'phone',
    defaultColumns: ['phone', 'status', 'realName.status', 'createdAt'],
    description: {
      zh: '居民在门户网站用手机号登录的账号。只有系统管理员可以查看；手机号、身份证号打码显示，查看完整信息记入审计日志。',
      en: 'Residents signing in on the portal. Administrators only.',
    },
  },
  defaultSort: '-createdAt',
  access: { admin: () => false, read: adminsOnly, create: nobody, update: nobody, delete: nobody },
  hooks: { beforeValidate: [enforcePasswordPolicy] },
  // Admins see the phone and ID number masked; 查看完整信息 shows them, logged in the audit log.
  endpoints: [...residentEndpoints, revealEndpoint('residents', (doc) => `居民账号 ${maskPhone(String(doc.phone ?? ''))}`)],
  fields: [
    personalField({ name: 'phone', personal: 'phone', maxLength: 11, label: { zh: '手机号码', en: 'Mobile' }, check: (value) => isMobileNumber(value) || '手机号码应为11位' }),
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'pending',
      index: true,
      options: selectOptions(RESIDENT_STATUSES),
      label: { zh: '状态', en: 'Status' },
      admin: { position: 'sidebar', readOnly: true },
    },
    consentGroup('privacyConsent', { zh: '个人信息处理同意', en: 'Consent to processing' }),
    {
      name: 'realName',
      type: 'group',
      label: { zh: '实名信息', en: 'Real name' },
      admin: { readOnly: true },
      fields: [
        { name: 'name', type: 'text', maxLength: 50, label: { zh: '姓名', en: 'Name' } },
        personalField({ name: 'idNumber', personal: 'idNumber', maxLength: 18, label: { zh: '公民身份号码', en: 'Citizen ID number' }, check: checkIdNumber }),
        { name: 'status', type: 'select', options: selectOptions(REAL_NAME_STATUSES), label: { zh: '核验情况', en: 'Check' } },
        { name: 'person', type: 'relationship', relationTo: 'persons', label: { zh: '人口库人员', en: 'Person' } },
        { name: 'checkedAt', type: 'date', label: { zh: '核验时间', en: 'Checked' } },
      ],
    },
    consentGroup('sensitiveConsent', { zh: '敏感个人信息（身份证号）单独同意', en: 'Separate consent for sensitive data' }),
    {
      // The live sign-in code: its hash and when it stops working (one per number).
      name: 'signInCode',
      type: 'group',
      hidden: true,
      fields: [
        { name: 'hash', type: 'text' },
        { name: 'expiresAt', type: 'date' },
      ],
    },
    { name: 'closedAt', type: 'date', label: { zh: '注销时间', en: 'Closed' }, admin: { position: 'sidebar', readOnly: true } },
    revealFullField,
  ],
}
