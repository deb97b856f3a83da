import type { Access, CollectionConfig, FieldHook } from 'payload'

import { hasRole, userDivision } from '../access'
import { selectOptions } from '../fields/selectOptions'
import { webhookUrlProblem } from './lib/address'
import { HAND_OVER_MODES, SECRET_MIN_LENGTH } from './lib/modes'
import { forgetDepartmentSystems } from './lib/systems'

/** City administrators only: a department system receives residents' personal data. */
export const cityAdmins: Access = ({ req: { user } }) => hasRole(user, 'admin') && userDivision(user)?.level === 'city'

/** How a stored secret is shown once saved: that one is set, and its last four characters. */
export const maskSecret = (secret: string): string => `已设置（末4位 ${secret.slice(-4)}）`

/**
 * Never read back after saving: every reader sees the mask. Only the
 * platform's own reads that bypass access and ask for hidden fields (signing
 * a webhook, Payload's copy of the stored record during an update) get it.
 */
const maskStoredSecret: FieldHook = ({ overrideAccess, showHiddenFields, value }) =>
  typeof value === 'string' && value && !(overrideAccess && showHiddenFields) ? maskSecret(value) : value

/** The form returns the mask it was shown when nobody typed a new secret: keep the stored one. */
const keepUnchangedSecret: FieldHook = ({ originalDoc, value }) => {
  const stored = (originalDoc as undefined | { signingSecret?: null | string })?.signingSecret
  return typeof value === 'string' && stored && value === maskSecret(stored) ? stored : value
}

/**
 * A department's own business system, which takes the department's online
 * applications: whether it does so instead of the platform's reviewers,
 * besides them, or not at all; the address the platform posts each new
 * application and supplement to (signed with the secret); which API client
 * the system calls back with. Kept apart from `departments` (public,
 * maintained by editors, published to the portal) because it holds a
 * secret and decides where residents' personal data goes: city
 * administrators alone may see or change it.
 */
export const DepartmentSystems: CollectionConfig = {
  slug: 'department-systems',
  labels: {
    singular: { zh: '部门业务系统', en: 'Department system' },
    plural: { zh: '部门业务系统', en: 'Department systems' },
  },
  admin: {
    group: { zh: '组织与人员', en: 'Organisation' },
    useAsTitle: 'name',
    defaultColumns: ['name', 'department', 'mode', 'webhookUrl'],
    description: {
      zh: '把某个部门的网上申请推送到该部门自己的业务系统（签名的 Webhook），业务系统再通过开放接口受理、办结并上传结果。推送的内容含申请人的个人信息，只发往这里登记的地址。只有市级系统管理员可以查看和修改。',
      en: "Hand a department's applications to its own system by signed webhook; the system acts back through the API.",
    },
  },
  access: { read: cityAdmins, create: cityAdmins, update: cityAdmins, delete: cityAdmins },
  hooks: { afterChange: [forgetDepartmentSystems], afterDelete: [forgetDepartmentSystems] },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 100, label: { zh: '系统名称', en: 'System' }, admin: { description: { zh: '例如“市民政局业务系统”，办件记录中以此名称显示。', en: 'Shown in case histories.' } } },
    {
      name: 'department',
      type: 'relationship',
      relationTo: 'departments',
      required: true,
      unique: true,
      index: true,
      label: { zh: '部门', en: 'Department' },
    },
    {
      name: 'mode',
      type: 'select',
      required: true,
      defaultValue: 'off',
      options: selectOptions(HAND_OVER_MODES),
      label: { zh: '交由业务系统办理', en: 'Hand over' },
      admin: {
        description: {
          zh: '“代替审核人员”：申请不进入本平台审核人员的待办队列，审核人员也不能办理，由业务系统通过接口办理；“与审核人员并行”：两边都能办理。',
          en: 'Instead: out of the reviewers’ queues and actions. Besides: both may act.',
        },
      },
    },
    {
      name: 'webhookUrl',
      type: 'text',
      maxLength: 500,
      label: { zh: '推送地址（Webhook）', en: 'Webhook URL' },
      validate: (value: null | string | undefined, { siblingData }: { siblingData: { mode?: string } }) => {
        if (!value) return siblingData.mode === 'off' || '交由业务系统办理时必须填写推送地址'
        return webhookUrlProblem(value) ?? true
      },
    },
    {
      name: 'signingSecret',
      type: 'text',
      maxLength: 200,
      label: { zh: '签名密钥', en: 'Signing secret' },
      hooks: { beforeValidate: [keepUnchangedSecret], afterRead: [maskStoredSecret] },
      admin: {
        description: {
          zh: `至少${SECRET_MIN_LENGTH}个字符，与业务系统约定后填写；保存后不再显示，只显示末4位。要更换时直接填入新密钥。`,
          en: `At least ${SECRET_MIN_LENGTH} characters; never shown again after saving.`,
        },
      },
      validate: (value: null | string | undefined, { siblingData }: { siblingData: { mode?: string } }) => {
        if (!value) return siblingData.mode === 'off' || '交由业务系统办理时必须填写签名密钥'
        return value.length >= SECRET_MIN_LENGTH || `签名密钥至少${SECRET_MIN_LENGTH}个字符`
      },
    },
    { name: 'contact', type: 'text', maxLength: 200, label: { zh: '对接人及电话', en: 'Contact' } },
  ],
}
