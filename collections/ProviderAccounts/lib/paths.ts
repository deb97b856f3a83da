/** Where the provider's workspace lives: pages of the API, under the accounts' collection. */
export const WORKSPACE = '/api/provider-accounts/workspace'

export const WORKSPACE_PATHS = {
  orders: (tab?: string) => (tab ? `${WORKSPACE}/orders?tab=${encodeURIComponent(tab)}` : `${WORKSPACE}/orders`),
  order: (id: number | string) => `${WORKSPACE}/orders/${encodeURIComponent(String(id))}`,
  prices: () => `${WORKSPACE}/prices`,
  workers: () => `${WORKSPACE}/workers`,
  ratings: () => `${WORKSPACE}/ratings`,
  company: () => `${WORKSPACE}/company`,
  password: () => `${WORKSPACE}/password`,
} as const
