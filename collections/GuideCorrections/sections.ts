/**
 * The parts of a guide a resident can say are wrong: the sections of the
 * guide page, in its order. Browser-safe: the portal's form lists them too.
 */
export const GUIDE_SECTIONS = {
  basics: '事项名称和简介',
  conditions: '办理条件',
  materials: '申请材料',
  steps: '办理流程',
  where: '办理地点和时间',
  time: '办理时限和结果',
  fees: '收费标准',
  legal: '设定依据',
  faqs: '常见问题',
  contacts: '咨询和投诉电话',
  other: '其他',
} as const

export type GuideSection = keyof typeof GUIDE_SECTIONS

export const isGuideSection = (value: unknown): value is GuideSection => typeof value === 'string' && Object.hasOwn(GUIDE_SECTIONS, value)

/** The most a correction's description may hold. */
export const CORRECTION_MAX_LENGTH = 500
