import ip2region from 'ip2region'

import { clientAddress } from '../../cms/lib/clientAddress'

/** The package is CommonJS with a default export: Node's own ESM loader (the scripts, such as the seed) hands over its exports object, bundlers the class. */
const IP2Region = (ip2region as unknown as { default?: typeof ip2region }).default ?? ip2region

/** Loaded on first use: the tables take a moment and some memory. */
let regions: InstanceType<typeof IP2Region> | undefined

/** Shown when the address names no place: a private or unknown address. */
export const UNKNOWN_PLACE = '未知'

/** 省级 names as people say them after “IP属地：”: 河南, 北京, 新疆, 香港. */
const shortProvince = (province: string): string => province.replace(/(省|市|壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区)$/, '')

/**
 * The IP location shown on a post (互联网用户账号信息管理规定, 2022): the
 * province for an address in China, the country for one abroad, 未知
 * otherwise. Looked up offline in ip2region's bundled tables, from the
 * client address the trusted proxies name (cms/lib/clientAddress.ts).
 */
export function ipProvince(headers: Headers): string {
  const address = clientAddress(headers)
  regions ??= new IP2Region()
  const found = (() => {
    try {
      return regions.search(address)
    } catch {
      return null
    }
  })()
  if (!found?.country) return UNKNOWN_PLACE
  if (found.country !== '中国') return found.country
  return found.province ? shortProvince(found.province) : UNKNOWN_PLACE
}
