import type { CollectionConfig } from 'payload'

import { fieldRoles, ROLE_LABELS, rolesInScope, ROLES } from '../access'
import { divisionScopeFields, setScopeFromDivision } from '../fields/divisionScope'
import { adminInScopeNotSelf, adminInScopeOrSelf, canUseAdminPanel } from './access'
import { enforcePasswordPolicy } from './hooks/enforcePasswordPolicy'
import { protectOwnAccess } from './hooks/protectOwnAccess'
import { refuseAnonymousSignUp } from './hooks/refuseAnonymousSignUp'
import { refuseInactiveLogin } from './hooks/refuseInactiveLogin'
import { requireCurrentPassword } from './hooks/requireCurrentPassword'
import { forgiveSignIn, throttleSignIn } from './hooks/throttleSignIn'

const adminsOnly = { create: fieldRoles('admin'), update: fieldRoles('admin') }

/**
 * Staff accounts. Each account has roles and a division: the division sets
 * the subtree of records the account may see and change.
 */
export const Users: CollectionConfig = {
  slug: 'users',
  labels: {
    singular: { zh: '工作人员', en: 'Staff member' },
    plural: { zh: '工作人员', en: 'Staff' },
  },
  auth: {
    loginWithUsername: { allowEmailLogin: true, requireEmail: false },
    tokenExpiration: 8 * 60 * 60,
    // No lock-out for everyone (a stranger could lock the only administrator
    // out): failed sign-ins are throttled per client address instead (throttleSignIn).
    maxLoginAttempts: 0,
    cookies: {
      sameSite: 'Lax',
      // Behind HTTPS the session cookie never travels in clear text.
      secure: process.env.PUBLIC_URL?.startsWith('https://') ?? false,
    },
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'username', 'roles', 'division', 'active'],
    listSearchableFields: ['name', 'username', 'email'],
    group: { zh: '组织与人员', en: 'Organisation' },
    description: {
      zh: '工作人员账号。角色决定能做什么，所属区划决定能看到哪些记录。',
      en: 'Staff accounts: roles decide what they may do, the division where.',
    },
  },
  defaultSort: 'username',
  access: {
    admin: canUseAdminPanel,
    read: adminInScopeOrSelf,
    create: rolesInScope('admin'),
    update: adminInScopeOrSelf,
    delete: adminInScopeNotSelf,
    // Accounts are never locked, so there is nothing to unlock.
    unlock: () => false,
  },
  hooks: {
    beforeOperation: [refuseAnonymousSignUp, throttleSignIn],
    beforeValidate: [enforcePasswordPolicy],
    beforeLogin: [refuseInactiveLogin],
    afterLogin: [forgiveSignIn],
    beforeChange: [protectOwnAccess, requireCurrentPassword, setScopeFromDivision],
  },
  fields: [
    {
      // Asked for, never stored: see requireCurrentPassword.
      name: 'currentPassword',
      type: 'text',
      virtual: true,
      label: { zh: '当前密码', en: 'Current password' },
      admin: {
        components: { Field: '/collections/Users/components/CurrentPasswordField#CurrentPasswordField' },
        disableListColumn: true,
        disableListFilter: true,
      },
    },
    {
      name: 'name',
      type: 'text',
      required: true,
      label: { zh: '姓名', en: 'Name' },
    },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      required: true,
      label: { zh: '角色', en: 'Roles' },
      options: ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] })),
      access: adminsOnly,
      admin: {
        description: {
          zh: '系统管理员管理账号和区划；内容编辑维护办事指南；审核人员办理申请；热线坐席处理工单；人口信息登记员维护人口基础信息；生活服务监管审核加盟企业、处理生活服务投诉和结算。',
          en: 'What the account may do.',
        },
      },
    },
    ...divisionScopeFields({
      access: adminsOnly,
      description: {
        zh: '账号只能看到和处理该区划及其下级区划的记录。',
        en: 'The account sees and handles records in this division and below.',
      },
    }),
    {
      name: 'department',
      type: 'relationship',
      relationTo: 'departments',
      label: { zh: '所属部门', en: 'Department' },
      access: adminsOnly,
      admin: {
        description: {
          zh: '审核人员、热线坐席所在的办理部门（可选）。',
          en: 'The handling department, for reviewers and agents (optional).',
        },
      },
    },
    {
      name: 'canViewFullPersonalData',
      type: 'checkbox',
      defaultValue: false,
      label: { zh: '可查看完整个人信息', en: 'May view full personal data' },
      access: adminsOnly,
      admin: {
        description: {
          zh: '允许在人员、房屋、办件等记录上点“查看完整信息”，看到完整的身份证号、电话和地址；每次查看都记入审计日志。',
          en: 'May reveal full ID numbers, phones and addresses; every view is audited.',
        },
      },
    },
    {
      name: 'phone',
      type: 'text',
      label: { zh: '办公电话', en: 'Office phone' },
    },
    {
      name: 'active',
      type: 'checkbox',
      defaultValue: true,
      label: { zh: '账号启用', en: 'Active' },
      access: adminsOnly,
      admin: {
        position: 'sidebar',
        description: {
          zh: '停用后账号不能登录，也不能调用接口。',
          en: 'A disabled account cannot sign in or use the API.',
        },
      },
    },
    {
      name: 'isDemo',
      type: 'checkbox',
      defaultValue: false,
      label: { zh: '演示账号', en: 'Demo account' },
      // Set only by the demo seed; a demo account cannot act outside demo mode.
      access: { create: () => false, update: () => false },
      admin: {
        position: 'sidebar',
        readOnly: true,
        condition: (data) => Boolean(data?.isDemo),
      },
    },
  ],
}

