import { BlockList, isIP } from 'node:net'

import { ConfigError } from './errors'

type Env = Record<string, string | undefined>

/** Which peers may tell us the client's address in `X-Forwarded-For`. */
export type TrustedProxies = { trusts: (address: string) => boolean }

/** `::ffff:192.0.2.1` (an IPv4 peer on a dual-stack socket) is 192.0.2.1. */
export const plainAddress = (address: string): string => address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '')

const family = (address: string): 'ipv4' | 'ipv6' | null => ({ 4: 'ipv4', 6: 'ipv6' } as const)[isIP(address) as 4 | 6] ?? null

/**
 * `TRUSTED_PROXIES`: comma-separated addresses or CIDR ranges of the reverse
 * proxies in front of the server (default none: every peer is the client).
 */
export function trustedProxies(env: Env = process.env): TrustedProxies {
  const list = new BlockList()
  for (const entry of (env.TRUSTED_PROXIES ?? '').split(',').map((part) => part.trim()).filter(Boolean)) {
    const [address = '', bits, ...rest] = entry.split('/')
    const type = family(plainAddress(address))
    const prefix = Number(bits)
    const validPrefix = bits === undefined || (/^\d+$/.test(bits) && prefix <= (type === 'ipv4' ? 32 : 128))
    if (!type || !validPrefix || rest.length > 0) {
      throw new ConfigError(
        'TRUSTED_PROXIES_INVALID',
        `TRUSTED_PROXIES 中的“${entry}”不是有效的 IP 地址或网段，应形如 10.0.0.5 或 10.0.0.0/24`,
      )
    }
    if (bits === undefined) list.addAddress(plainAddress(address), type)
    else list.addSubnet(plainAddress(address), prefix, type)
  }
  return {
    trusts: (address) => {
      const plain = plainAddress(address)
      const type = family(plain)
      return type !== null && list.check(plain, type)
    },
  }
}
