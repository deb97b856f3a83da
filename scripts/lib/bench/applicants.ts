import { citizenIdCheckCharacter } from '../../../collections/validation/identity'

/** A small, repeatable pseudo-random source (mulberry32), so every run writes the same data. */
export function randomSource(seed: number) {
  let state = seed >>> 0
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (below: number): number => Math.floor(next() * below)
  const pick = <T>(items: readonly T[]): T => items[int(items.length)]!
  /** One of `choices`, each as likely as its weight. */
  const weighted = <T>(choices: readonly (readonly [T, number])[]): T => {
    let left = next() * choices.reduce((sum, [, weight]) => sum + weight, 0)
    for (const [value, weight] of choices) {
      left -= weight
      if (left < 0) return value
    }
    return choices[choices.length - 1]![0]
  }
  return { next, int, pick, weighted }
}

export type RandomSource = ReturnType<typeof randomSource>

const SURNAMES = '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕'
const GIVEN = '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂英华建国红梅志勇玉兰海燕俊峰晓东'
/** Where the sample residents' ID numbers say they were registered: the districts of Zhengzhou. */
const REGION_CODES = ['410102', '410103', '410104', '410105', '410108', '410122', '410181']
const MOBILE_PREFIXES = ['130', '131', '135', '136', '137', '138', '139', '150', '151', '158', '177', '186', '188', '199']

/** A plausible resident: a Chinese name, a citizen ID number with the right check character, a mobile number. */
export function sampleApplicant(random: RandomSource): { idNumber: string; name: string; phone: string } {
  const given = Array.from({ length: 1 + random.int(2) }, () => random.pick([...GIVEN])).join('')
  const birth = new Date(Date.UTC(1950, 0, 1) + random.int(55 * 365) * 86_400_000).toISOString().slice(0, 10).replaceAll('-', '')
  const first17 = `${random.pick(REGION_CODES)}${birth}${String(random.int(1000)).padStart(3, '0')}`
  return {
    name: `${random.pick([...SURNAMES])}${given}`,
    idNumber: `${first17}${citizenIdCheckCharacter(first17)}`,
    phone: `${random.pick(MOBILE_PREFIXES)}${String(random.int(100_000_000)).padStart(8, '0')}`,
  }
}
