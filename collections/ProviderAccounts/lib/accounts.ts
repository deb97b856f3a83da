import type { PayloadRequest } from 'payload'

import type { Provider, ProviderAccount } from '../../../cms/payload-types'
import { RequestError } from '../../errors'
import { isProviderAccount, PROVIDER_ACCOUNTS } from '../../lifeServices/access'
import { PROVIDERS } from '../../Providers/states'
import { relationId } from '../../relations'
import { providerSession } from '../session'

type SignedInAccount = ProviderAccount & { _sid: string }

/** Whether the provider still works with the platform: one that has left (退出) has no workspace. */
export const providerMaySignIn = (provider: Pick<Provider, 'status'> | null | undefined): provider is Provider => Boolean(provider && provider.status !== 'withdrawn')

/** The account with this user name (Payload stores user names trimmed, in lower case), hash and salt included. */
export async function accountNamed(req: PayloadRequest, username: string): Promise<(ProviderAccount & { hash?: string; salt?: string }) | null> {
  const name = username.trim().toLowerCase()
  if (!name) return null
  return req.payload.db.findOne<ProviderAccount & { hash?: string; salt?: string }>({ collection: PROVIDER_ACCOUNTS, where: { username: { equals: name } }, req })
}

/** The provider an account works for. */
export const providerOf = async (req: PayloadRequest, account: Pick<ProviderAccount, 'provider'>): Promise<Provider | null> =>
  (await req.payload.findByID({ collection: PROVIDERS, id: relationId(account.provider)!, depth: 0, overrideAccess: true, disableErrors: true, req })) as Provider | null

export type Workspace = { account: SignedInAccount; provider: Provider }

/**
 * The signed-in provider account and its provider, or a 401: no session, the
 * account disabled, or its provider gone (退出). The request acts as the
 * account from here on (`req.user`, its session included), even when a staff
 * cookie came along too, so access rules and Payload's own session handling
 * see the provider.
 */
export async function signedInAccount(req: PayloadRequest): Promise<Workspace> {
  const account = (isProviderAccount(req.user) ? req.user : await providerSession.accountFromCookie(req.payload, req.headers, req)) as SignedInAccount | null
  const provider = account ? await providerOf(req, account) : null
  if (!account || !providerMaySignIn(provider)) throw new RequestError('UNAUTHENTICATED', '请先登录企业账号', 401)
  req.user = { ...account, collection: PROVIDER_ACCOUNTS } as unknown as PayloadRequest['user']
  return { account, provider }
}
