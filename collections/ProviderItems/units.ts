/** What a provider's price is for (计价单位); pure data, the portal's scripts use it too. */
export const PRICE_UNIT_LABELS = {
  visit: '次',
  hour: '小时',
  squareMetre: '平方米',
  day: '天',
  month: '月',
  item: '件',
} as const
