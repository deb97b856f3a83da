/** A provider's standing with the platform (加盟企业状态). */
export const PROVIDER_STATUS_LABELS = {
  applying: '申请中',
  listed: '在册',
  suspended: '暂停',
  withdrawn: '退出',
} as const
export type ProviderStatus = keyof typeof PROVIDER_STATUS_LABELS

export const PROVIDERS = 'providers'

/** Licences and insurance a provider files, each with its expiry date. */
export const LICENCE_KIND_LABELS = {
  businessLicence: '营业执照',
  permit: '行业许可证',
  liabilityInsurance: '责任保险',
  other: '其他证照',
} as const

/** A provider's search key for one category in one area served: the live search asks for these, one indexed filter. */
export const serviceKey = (categoryId: number | string, areaCode: string): string => `${categoryId}|${areaCode}`
