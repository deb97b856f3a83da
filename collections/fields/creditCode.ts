import type { TextField } from 'payload'

import { creditCodeProblem } from '../validation/identity'

const CREDIT_CODE_PROBLEMS = {
  format: '统一社会信用代码应为18位数字或大写字母（不含 I、O、S、V、Z）',
  'check-character': '统一社会信用代码有误（校验位不符），请逐位核对',
} as const

/** The problem with a unified social credit code (GB 32100-2015) in words, or true. */
export const checkCreditCode = (value: null | string | undefined): string | true => {
  if (!value) return '请填写统一社会信用代码'
  const problem = creditCodeProblem(value)
  return problem ? CREDIT_CODE_PROBLEMS[problem] : true
}

/** An organisation's unified social credit code: checked, stored upper-case, one record per code. */
export const creditCodeField = (): TextField => ({
  name: 'creditCode',
  type: 'text',
  required: true,
  unique: true,
  index: true,
  maxLength: 18,
  label: { zh: '统一社会信用代码', en: 'Unified social credit code' },
  validate: checkCreditCode,
  hooks: { beforeChange: [({ value }) => (typeof value === 'string' ? value.trim().toUpperCase() : value)] },
})
