import { cookieSession } from '../access/cookieSession'
import { PROVIDER_ACCOUNTS } from '../lifeServices/access'
import type { ProviderAccount } from '../../cms/payload-types'

/** A provider account's session: in the cookie `yizhan-provider` (see collections/access/cookieSession.ts). */
export const PROVIDER_COOKIE = 'yizhan-provider'

/** A working day's sign-in on a shared office computer lasts 12 hours. */
export const PROVIDER_SESSION_SECONDS = 12 * 60 * 60

export const providerSession = cookieSession<ProviderAccount>({
  collection: PROVIDER_ACCOUNTS,
  cookie: PROVIDER_COOKIE,
  seconds: PROVIDER_SESSION_SECONDS,
  strategy: 'provider-cookie',
  isActive: (account) => (account as ProviderAccount).active !== false,
})
