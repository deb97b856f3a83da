'use client'

import { useActionState } from 'react'

import { createFirstAdminAction, type SetupFormState } from './actions'

const initialState: SetupFormState = { errors: [] }

/** The first-administrator form; works without JavaScript as a plain POST. */
export function SetupForm({ token }: { token: string }) {
  const [state, formAction, pending] = useActionState(createFirstAdminAction, initialState)
  return (
    <form action={formAction} noValidate>
      {state.errors.length > 0 && (
        <div className="error" role="alert" tabIndex={-1}>
          <h2>请修改以下问题</h2>
          <ul>
            {state.errors.map((error) => (
              <li key={error}>{error}</li>
            ))}
          </ul>
        </div>
      )}
      <input type="hidden" name="token" value={token} />
      <label htmlFor="name">姓名</label>
      <input id="name" name="name" autoComplete="name" required />
      <label htmlFor="username">
        用户名
        <span className="hint">用于登录，例如 zhangsan</span>
      </label>
      <input id="username" name="username" autoComplete="username" required />
      <label htmlFor="email">
        电子邮箱（选填）
        <span className="hint">用于找回密码</span>
      </label>
      <input id="email" name="email" type="email" autoComplete="email" />
      <label htmlFor="password">
        密码
        <span className="hint">至少10位，同时包含字母和数字</span>
      </label>
      <input id="password" name="password" type="password" autoComplete="new-password" required />
      <label htmlFor="confirmPassword">再次输入密码</label>
      <input
        id="confirmPassword"
        name="confirmPassword"
        type="password"
        autoComplete="new-password"
        required
      />
      <button type="submit" disabled={pending}>
        {pending ? '正在创建…' : '创建管理员'}
      </button>
    </form>
  )
}
