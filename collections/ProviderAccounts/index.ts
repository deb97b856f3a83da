import type { CollectionConfig } from 'payload'

import { hasRole, nobody } from '../access'
import { isProviderAccount, LIFE_MANAGER_ROLES, PROVIDER_ACCOUNTS } from '../lifeServices/access'
import { checkPhone } from '../Persons/options'
import { personalField } from '../privacy/personalField'
import { enforcePasswordPolicy } from '../Users/hooks/enforcePasswordPolicy'
import { passwordEndpoint, meEndpoint, signInEndpoint, signOutEndpoint } from './endpoints/signIn'
import { workspaceEndpoints } from './workspace/endpoints'
import { passwordFromAdmin, setPasswordField, storePasswordFromAdmin } from './hooks/passwordFromAdmin'
import { PROVIDER_SESSION_SECONDS, providerSession } from './session'

/**
 * 企业账号: the people of a provider who sign in on the portal's provider
 * pages (never the admin) to take orders, assign workers and keep their
 * price list. Life-services staff open and disable them; an account sees
 * only its own provider's records.
 */
export const ProviderAccounts: CollectionConfig = {
  slug: PROVIDER_ACCOUNTS,
  labels: { singular: { zh: '企业账号', en: 'Provider account' }, plural: { zh: '企业账号', en: 'Provider accounts' } },
  auth: {
    // Payload keeps the password hash and the session list; its own sign-in routes stay shut.
    disableLocalStrategy: { enableFields: true },
    loginWithUsername: { requireEmail: false },
    useSessions: true,
    tokenExpiration: PROVIDER_SESSION_SECONDS,
    strategies: [providerSession.cookieStrategy],
  },
  admin: {
    group: { zh: '生活服务', en: 'Life services' },
    useAsTitle: 'name',
    defaultColumns: ['name', 'username', 'provider', 'active'],
    description: { zh: '加盟企业工作人员在门户“企业服务”登录的账号，只能看到本企业的订单、服务人员和价格。', en: 'Accounts of providers.' },
  },
  access: {
    admin: () => false,
    read: ({ req: { user } }) => (isProviderAccount(user) ? { id: { equals: user.id } } : hasRole(user, ...LIFE_MANAGER_ROLES)),
    create: ({ req: { user } }) => hasRole(user, ...LIFE_MANAGER_ROLES),
    update: ({ req: { user } }) => hasRole(user, ...LIFE_MANAGER_ROLES),
    delete: nobody,
  },
  // Sign-in, sign-out and the password of the signed-in account, then the workspace's pages (Payload's own auth routes are shut).
  endpoints: [signInEndpoint, signOutEndpoint, meEndpoint, passwordEndpoint, ...workspaceEndpoints],
  hooks: { beforeValidate: [passwordFromAdmin, enforcePasswordPolicy], afterChange: [storePasswordFromAdmin] },
  fields: [
    { name: 'provider', type: 'relationship', relationTo: 'providers', required: true, index: true, label: { zh: '加盟企业', en: 'Provider' } },
    { name: 'name', type: 'text', required: true, maxLength: 50, label: { zh: '姓名', en: 'Name' } },
    personalField({ name: 'phone', personal: 'phone', maxLength: 11, label: { zh: '手机号码', en: 'Mobile' }, check: checkPhone }),
    setPasswordField,
    { name: 'active', type: 'checkbox', defaultValue: true, index: true, label: { zh: '可以登录', en: 'Active' }, admin: { position: 'sidebar' } },
  ],
}
