'use server'

import config from '@payload-config'
import { redirect } from 'next/navigation'
import { getPayload } from 'payload'

import { redeemSetupToken } from '../../../setup/firstAdmin'

export type SetupFormState = { errors: string[] }

const text = (form: FormData, name: string): string => String(form.get(name) ?? '')

/** Validate the form, create the first administrator, then send them to sign in. */
export async function createFirstAdminAction(
  _previous: SetupFormState,
  form: FormData,
): Promise<SetupFormState> {
  const input = {
    name: text(form, 'name').trim(),
    username: text(form, 'username').trim(),
    email: text(form, 'email').trim(),
    password: text(form, 'password'),
  }
  const errors: string[] = []
  if (!input.name) errors.push('请填写姓名')
  if (!/^[a-z0-9][a-z0-9._-]{2,}$/i.test(input.username)) {
    errors.push('用户名至少3位，只能包含字母、数字、点、下划线和连字符')
  }
  if (input.password !== text(form, 'confirmPassword')) errors.push('两次输入的密码不一致')
  if (errors.length) return { errors }

  try {
    const payload = await getPayload({ config })
    await redeemSetupToken(payload, text(form, 'token'), input)
  } catch (error) {
    return { errors: problemsOf(error) }
  }
  redirect('/admin/login')
}

/** Field messages of a Payload ValidationError, or the error's own message. */
function problemsOf(error: unknown): string[] {
  const fieldErrors = (error as { data?: { errors?: { message: string }[] } }).data?.errors
  if (Array.isArray(fieldErrors) && fieldErrors.length) return fieldErrors.map((e) => e.message)
  return [error instanceof Error ? error.message : '创建失败，请重试']
}
