/**
 * Homophones and miswritings residents type for what the guides call by
 * another name (身分证 for 身份证, 营业职照 for 营业执照), each with the
 * guides' own wording. Applied to the query, after traditional characters
 * are simplified, by the portal's search page and the hotline desk alike.
 * Each wrong form is one that is never right on its own, so replacing it
 * cannot spoil a query that was already correct. Browser-safe: plain data.
 */
export const QUERY_CORRECTIONS: readonly (readonly [wrong: string, right: string])[] = [
  // 身份证、户口
  ['身分证', '身份证'],
  ['身份正', '身份证'],
  ['省份证', '身份证'],
  ['户口薄', '户口簿'],
  ['户口部', '户口簿'],
  ['居主证', '居住证'],
  ['居往证', '居住证'],
  ['出身证明', '出生证明'],
  ['准生证', '生育登记'],
  ['准身证', '生育登记'],
  // 营业执照、税务
  ['营业职照', '营业执照'],
  ['营业执造', '营业执照'],
  ['营业直照', '营业执照'],
  ['营业只照', '营业执照'],
  ['税务登计', '税务登记'],
  // 社保、医保、公积金
  ['社报卡', '社保卡'],
  ['医疗报消', '医疗报销'],
  ['报消', '报销'],
  ['公基金', '公积金'],
  ['公积经', '公积金'],
  ['挂矢', '挂失'],
  ['低保户', '低保'],
  ['最低生活保证', '最低生活保障'],
  // 婚育、补贴
  ['结昏', '结婚'],
  ['离昏', '离婚'],
  ['津帖', '津贴'],
  ['补帖', '补贴'],
  ['疫描', '疫苗'],
  ['接种正', '接种证'],
  ['新生二', '新生儿'],
  // 出行
  ['架驶证', '驾驶证'],
  ['驾使证', '驾驶证'],
  ['驾照', '驾驶证'],
  ['户照', '护照'],
  ['护造', '护照'],
  // 残疾、养老、身后
  ['残急人', '残疾人'],
  ['残疾证', '残疾人证'],
  ['退修', '退休'],
  ['养老今', '养老金'],
  ['扶恤金', '抚恤金'],
  ['抚血金', '抚恤金'],
  ['丧藏', '丧葬'],
]

/** Longest wrong forms first, so 医疗报消 is corrected whole before 报消 alone. */
const BY_LENGTH = [...QUERY_CORRECTIONS].sort(([a], [b]) => b.length - a.length)

/** The query with every known miswriting replaced by the guides' wording, in one pass (a right form is never corrected again). */
export function correctQuery(query: string): string {
  let corrected = ''
  for (let at = 0; at < query.length; ) {
    const match = BY_LENGTH.find(([wrong]) => query.startsWith(wrong, at))
    corrected += match ? match[1] : query[at]
    at += match ? match[0].length : 1
  }
  return corrected
}
