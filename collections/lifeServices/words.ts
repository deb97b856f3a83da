/**
 * Prices and ratings in the words residents read, the same on the portal's
 * pages, the API's pages and in the browser. Pure: no Payload.
 */

/** 80元/次. */
export const priceText = (price: number, unitLabel: string): string => `${Math.round(price * 100) / 100}元/${unitLabel}`

/** 4.8分（23次评价）, or 暂无评价. */
export const ratingText = ({ average, count }: { average: null | number; count: number }): string =>
  average !== null && count > 0 ? `${average.toFixed(1)}分（${count}次评价）` : '暂无评价'
