import { chinaDate } from '../CalendarDays/workingDays'
import { CITIZEN_ID_PROBLEMS, citizenIdProblem, isEmailAddress } from '../validation/identity'

/** GB/T 3304 names of ethnic groups, keyed by their two-digit codes. */
const ETHNIC_GROUP_NAMES = [
  '汉族', '蒙古族', '回族', '藏族', '维吾尔族', '苗族', '彝族', '壮族', '布依族', '朝鲜族', '满族', '侗族', '瑶族', '白族',
  '土家族', '哈尼族', '哈萨克族', '傣族', '黎族', '傈僳族', '佤族', '畲族', '高山族', '拉祜族', '水族', '东乡族', '纳西族',
  '景颇族', '柯尔克孜族', '土族', '达斡尔族', '仫佬族', '羌族', '布朗族', '撒拉族', '毛南族', '仡佬族', '锡伯族', '阿昌族',
  '普米族', '塔吉克族', '怒族', '乌孜别克族', '俄罗斯族', '鄂温克族', '德昂族', '保安族', '裕固族', '京族', '塔塔尔族',
  '独龙族', '鄂伦春族', '赫哲族', '门巴族', '珞巴族', '基诺族',
]

export const ETHNIC_GROUPS: { label: string; value: string }[] = [
  ...ETHNIC_GROUP_NAMES.map((label, index) => ({ value: String(index + 1).padStart(2, '0'), label })),
  { value: '97', label: '其他未识别民族' },
  { value: '98', label: '外国血统中国籍人士' },
]

export const SEX_LABELS = { male: '男', female: '女' } as const

export const PERSON_STATUS_LABELS = { active: '在册', movedOut: '迁出', deceased: '死亡' } as const

export const SOCIAL_INSURANCE_LABELS = {
  pension: '养老保险',
  medical: '医疗保险',
  unemployment: '失业保险',
  injury: '工伤保险',
  maternity: '生育保险',
} as const

/** Landline (with area code) or mobile. */
export const isPhoneNumber = (value: string): boolean => /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/.test(value.trim())

/** Validation for a contact phone of a person or organisation. */
/** Validation for a citizen ID number (GB 11643: format, date, check character). */
export const checkIdNumber = (value: string): string | true => {
  const problem = citizenIdProblem(value, chinaDate().replaceAll('-', ''))
  return problem ? CITIZEN_ID_PROBLEMS[problem].message : true
}

export const checkPhone = (value: string): string | true => isPhoneNumber(value) || '电话应为11位手机号码，或带区号的固定电话'

/** Validation for a contact email address (Payload's own email field, for a personal text field). */
export const checkEmail = (value: string): string | true => isEmailAddress(value) || '电子邮箱格式不正确，例如 name@example.com'
