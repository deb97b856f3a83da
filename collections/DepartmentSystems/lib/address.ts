import { lookup as dnsLookup, type LookupAddress } from 'node:dns'
import { BlockList, isIP, type LookupFunction } from 'node:net'

/**
 * Addresses a webhook must not reach unless allowed by name (SSRF): the
 * platform's own host, its private network and link-local metadata services.
 */
const INTERNAL = new BlockList()
for (const [network, prefix] of [['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12], ['192.168.0.0', 16]] as const) {
  INTERNAL.addSubnet(network, prefix, 'ipv4')
}
for (const [network, prefix] of [['::', 128], ['::1', 128], ['fc00::', 7], ['fe80::', 10]] as const) INTERNAL.addSubnet(network, prefix, 'ipv6')

/** Hosts (names or addresses) a webhook may reach although they are internal: `DEPARTMENT_WEBHOOK_ALLOWED_HOSTS=127.0.0.1,oa.example.gov`. */
export const allowedInternalHosts = (env: Record<string, string | undefined> = process.env): Set<string> =>
  new Set((env.DEPARTMENT_WEBHOOK_ALLOWED_HOSTS ?? '').split(',').map((host) => host.trim().toLowerCase()).filter(Boolean))

/** Whether an IP address is internal (loopback, private, link-local; IPv4-mapped IPv6 too). */
export function isInternalAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)
  if (mapped) return INTERNAL.check(mapped[1]!, 'ipv4')
  const family = isIP(address)
  return family === 0 ? false : INTERNAL.check(address, family === 4 ? 'ipv4' : 'ipv6')
}

const hostOf = (url: URL): string => url.hostname.replace(/^\[|\]$/g, '').toLowerCase()

/** Why a webhook address is refused as written (not http/https, an internal address not allowed), or null. */
export function webhookUrlProblem(value: string, allowed = allowedInternalHosts()): null | string {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return '请填写完整的网址，例如 https://oa.example.gov.cn/yizhan/webhook'
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return '网址应以 http:// 或 https:// 开头'
  if (url.username || url.password) return '网址中不能包含用户名或密码'
  const host = hostOf(url)
  if ((host === 'localhost' || isInternalAddress(host)) && !allowed.has(host)) {
    return '不能推送到本机或内网地址；确需推送到内网的，请由运维人员在 DEPARTMENT_WEBHOOK_ALLOWED_HOSTS 中列出'
  }
  return null
}

/**
 * A DNS lookup for node:http that refuses internal addresses a public name
 * resolves to (unless the name or the address is allowed), checked on the
 * address actually connected to, so a name cannot be re-pointed between a
 * check and the connection.
 */
export const guardedLookup =
  (allowed = allowedInternalHosts()): LookupFunction =>
  (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, '', 0)
      const permitted = addresses.filter(({ address }) => !isInternalAddress(address) || allowed.has(hostname.toLowerCase()) || allowed.has(address))
      if (permitted.length === 0) return callback(Object.assign(new Error('目标地址在内网，未获允许'), { code: 'EINTERNAL' }), '', 0)
      if (options.all) return (callback as unknown as (error: null, addresses: LookupAddress[]) => void)(null, permitted)
      return callback(null, permitted[0]!.address, permitted[0]!.family)
    })
  }
