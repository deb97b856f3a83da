import { citizenIdCheckCharacter } from '../../../collections/validation/identity'
import { yearsBefore } from '../../../collections/Registers/derived'
import type { RegisterKind } from '../../../collections/Registers/kinds'

/**
 * A synthetic population for the demo city: households of plausible shape
 * (a couple, children born to them, sometimes an elderly parent), valid ID
 * numbers whose region code is the district they live in, birth dates,
 * phones and addresses, a few people moved out or deceased, and business
 * registers in plausible shares. Deterministic for a given seed.
 */

const SURNAMES = [...'王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文']
const MALE_CHARACTERS = [...'伟强磊军勇杰涛明超刚平辉鹏华飞鑫波斌宇浩凯健俊帆帅旭宁龙林欣博志建国峰成东海亮家文']
const FEMALE_CHARACTERS = [...'芳娜敏静丽艳娟霞秀英慧玲婷雪琳颖倩洁佳悦欣怡晶丹萍红梅燕玉兰凤莉琴瑶璐晨思']
const ROADS = [...'经纬'].flatMap((kind) => [1, 2, 3, 4, 5, 6, 7, 8].map((n) => `${kind}${'一二三四五六七八'[n - 1]}路`)).concat(['花园路', '文化路', '农业路', '红旗路', '政七街', '黄河路', '金水路', '丰产路'])
const ETHNICITIES = ['汉族', '汉族', '汉族', '汉族', '汉族', '汉族', '汉族', '汉族', '汉族', '回族', '满族', '蒙古族']

type GeneratedPerson = {
  birthDate: string
  ethnicity: string
  idNumber: string
  insurance: string[]
  name: string
  phone: string
  registers: { kind: RegisterKind; startDate: string }[]
  relation: 'child' | 'head' | 'parent' | 'spouse'
  sex: 'female' | 'male'
  status: '在册' | '死亡' | '迁出'
  statusDate: string
}

export type GeneratedHousehold = {
  address: string
  communityCode: string
  communityName: string
  members: GeneratedPerson[]
  tenure: 'ownerOccupied' | 'rented' | 'vacant'
}

/** mulberry32: small, fast and good enough to make data look varied. */
function randomSource(seed: number) {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  return {
    next,
    chance: (probability: number) => next() < probability,
    integer: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
  }
}

const pad = (value: number, size = 2) => String(value).padStart(size, '0')
/** The same day `years` later (29 February falls on the 28th in a common year). */
const addYears = (date: string, years: number) => yearsBefore(date, -years)

export function generateHouseholds({
  communities,
  households,
  seed = 20261122,
  today = '2026-11-22',
}: {
  communities: { code: string; name: string }[]
  households: number
  seed?: number
  today?: string
}): GeneratedHousehold[] {
  const random = randomSource(seed)
  const currentYear = Number(today.slice(0, 4))
  const sequences = new Map<string, number>()

  const birthDateAged = (minAge: number, maxAge: number): string => {
    const year = currentYear - random.integer(minAge, maxAge)
    const month = random.integer(1, 12)
    const day = random.integer(1, new Date(Date.UTC(year, month, 0)).getUTCDate())
    const date = `${year}-${pad(month)}-${pad(day)}`
    return date > today ? `${year - 1}-${pad(month)}-${pad(Math.min(day, 28))}` : date
  }

  const idNumber = (region: string, birthDate: string, sex: 'female' | 'male'): string => {
    const key = `${region}${birthDate}${sex}`
    // Odd sequence numbers for men, even for women, as GB 11643 says.
    const used = sequences.get(key) ?? 0
    sequences.set(key, used + 1)
    const sequence = used * 2 + (sex === 'male' ? 1 : 2)
    const first17 = `${region}${birthDate.replaceAll('-', '')}${pad(sequence % 1000, 3)}`
    return first17 + citizenIdCheckCharacter(first17)
  }

  const person = (region: string, surname: string, relation: GeneratedPerson['relation'], sex: 'female' | 'male', birthDate: string): GeneratedPerson => {
    const given = Array.from({ length: random.chance(0.7) ? 2 : 1 }, () => random.pick(sex === 'male' ? MALE_CHARACTERS : FEMALE_CHARACTERS)).join('')
    const age = currentYear - Number(birthDate.slice(0, 4))
    const registers: GeneratedPerson['registers'] = []
    const retirementAge = sex === 'male' ? 60 : 55
    if (age >= retirementAge && random.chance(0.7)) registers.push({ kind: 'retired', startDate: addYears(birthDate, retirementAge) })
    if (age >= 18 && age < retirementAge && random.chance(0.04)) registers.push({ kind: 'unemployed', startDate: `${currentYear}-${pad(random.integer(1, 10))}-01` })
    if (random.chance(0.02)) registers.push({ kind: 'disabled', startDate: addYears(birthDate, Math.min(age, random.integer(1, 40))) })
    if (sex === 'male' && age >= 30 && random.chance(0.03)) registers.push({ kind: 'veteran', startDate: addYears(birthDate, 22) })
    const deceased = age > 70 && random.chance(0.02)
    // Moved out in the last two years: only people old enough to have been registered before that.
    const movedOut = !deceased && age >= 3 && random.chance(0.01)
    return {
      name: `${surname}${given}`,
      sex,
      birthDate,
      relation,
      idNumber: idNumber(region, birthDate, sex),
      ethnicity: random.pick(ETHNICITIES),
      phone: age >= 16 ? `1${random.pick([3, 5, 7, 8, 9])}${pad(random.integer(0, 999_999_999), 9)}` : '',
      insurance: age >= 18 ? (random.chance(0.85) ? ['养老保险', '医疗保险'] : ['医疗保险']) : ['医疗保险'],
      registers,
      status: deceased ? '死亡' : movedOut ? '迁出' : '在册',
      statusDate: deceased || movedOut ? `${currentYear - random.integer(0, 2)}-${pad(random.integer(1, 10))}-${pad(random.integer(1, 28))}` : '',
    }
  }

  return Array.from({ length: households }, (_, index) => {
    const community = communities[index % communities.length]!
    const region = community.code.slice(0, 6)
    const surname = random.pick(SURNAMES)
    const headSex = random.chance(0.75) ? 'male' : 'female'
    const head = person(region, surname, 'head', headSex, birthDateAged(24, 85))
    const members = [head]
    const headYear = Number(head.birthDate.slice(0, 4))
    if (random.chance(0.75)) {
      const spouseYear = Math.min(currentYear - 20, headYear + random.integer(-4, 4))
      members.push(person(region, random.pick(SURNAMES), 'spouse', headSex === 'male' ? 'female' : 'male', birthDateAged(currentYear - spouseYear, currentYear - spouseYear)))
    }
    const headAge = currentYear - headYear
    const children = headAge >= 22 ? random.pick([0, 1, 1, 2, 2, 3]) : 0
    for (let child = 0; child < children; child += 1) {
      members.push(person(region, surname, 'child', random.chance(0.5) ? 'male' : 'female', birthDateAged(Math.max(0, headAge - 40), headAge - 22)))
    }
    if (headAge < 60 && random.chance(0.15)) {
      members.push(person(region, surname, 'parent', random.chance(0.4) ? 'male' : 'female', birthDateAged(headAge + 22, Math.min(99, headAge + 35))))
    }
    if (random.chance(0.015)) head.registers.push({ kind: 'lowIncome', startDate: `${currentYear - random.integer(0, 5)}-01-01` })
    const building = random.integer(1, 30)
    return {
      communityCode: community.code,
      communityName: community.name,
      address: `${random.pick(ROADS)}${random.integer(1, 200)}号院${building}号楼${random.integer(1, 6)}单元${random.integer(1, 30)}${pad(random.integer(1, 4))}室`,
      tenure: random.chance(0.15) ? 'rented' : 'ownerOccupied',
      members,
    }
  })
}
