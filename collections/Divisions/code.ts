/**
 * 12-digit statistical division codes (GB/T 2260 county code + 3-digit street
 * + 3-digit community). The code alone tells a division's level and every
 * ancestor, so a record's four-level scope can be derived from it.
 */

export const DIVISION_LEVELS = ['city', 'district', 'street', 'community'] as const
export type DivisionLevel = (typeof DIVISION_LEVELS)[number]

export type DivisionPath = Record<DivisionLevel, string | null>

export type ParsedDivisionCode = {
  code: string
  level: DivisionLevel
  parentCode: string | null
  path: DivisionPath
}

export const DIVISION_LEVEL_LABELS: Record<DivisionLevel, { en: string; zh: string }> = {
  city: { en: 'City', zh: '市' },
  district: { en: 'District', zh: '区' },
  street: { en: 'Street', zh: '街道' },
  community: { en: 'Community', zh: '社区' },
}

const CODE_PATTERN = /^\d{12}$/

/** Digits that identify each level, as [start, end) offsets into the code. */
const LEVEL_SEGMENTS: Record<DivisionLevel, [number, number]> = {
  city: [2, 4],
  district: [4, 6],
  street: [6, 9],
  community: [9, 12],
}

const isZero = (digits: string): boolean => /^0+$/.test(digits)

const truncateTo = (code: string, level: DivisionLevel): string => {
  const end = LEVEL_SEGMENTS[level][1]
  return code.slice(0, end).padEnd(12, '0')
}

export class DivisionCodeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message)
    this.name = 'DivisionCodeError'
  }
}

/** Parse a code or throw a DivisionCodeError with a Chinese message. */
export function parseDivisionCode(input: string): ParsedDivisionCode {
  const code = input.trim()
  if (!CODE_PATTERN.test(code)) {
    throw new DivisionCodeError(code, `区划代码“${input}”应为12位数字`)
  }
  if (isZero(code.slice(0, 2)) || isZero(code.slice(...LEVEL_SEGMENTS.city))) {
    throw new DivisionCodeError(code, `区划代码“${code}”缺少省级或市级代码`)
  }

  // The level is the last non-zero segment; every segment before it must be set.
  let level: DivisionLevel = 'city'
  for (const candidate of DIVISION_LEVELS) {
    if (!isZero(code.slice(...LEVEL_SEGMENTS[candidate]))) level = candidate
  }
  const levelIndex = DIVISION_LEVELS.indexOf(level)
  for (const ancestor of DIVISION_LEVELS.slice(0, levelIndex)) {
    if (isZero(code.slice(...LEVEL_SEGMENTS[ancestor]))) {
      throw new DivisionCodeError(
        code,
        `区划代码“${code}”的${DIVISION_LEVEL_LABELS[ancestor].zh}级代码为空，但下级代码不为空`,
      )
    }
  }

  const path = Object.fromEntries(
    DIVISION_LEVELS.map((candidate, index) => [
      candidate,
      index <= levelIndex ? truncateTo(code, candidate) : null,
    ]),
  ) as DivisionPath
  const parentLevel = levelIndex > 0 ? DIVISION_LEVELS[levelIndex - 1] : undefined

  return {
    code,
    level,
    parentCode: parentLevel ? path[parentLevel] : null,
    path,
  }
}

export function isDivisionCode(input: string): boolean {
  try {
    parseDivisionCode(input)
    return true
  } catch {
    return false
  }
}

/** True when `code` is `ancestorCode` itself or lies anywhere below it. */
export function isWithinDivision(code: string, ancestorCode: string): boolean {
  const ancestor = parseDivisionCode(ancestorCode)
  return parseDivisionCode(code).path[ancestor.level] === ancestor.code
}
