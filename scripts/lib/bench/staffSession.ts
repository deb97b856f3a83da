import { DEMO_PASSWORD } from '../seed'

/** A signed-in staff member's session token (what the admin keeps in the `payload-token` cookie). */
export async function signInForToken(baseUrl: string, username: string, password = DEMO_PASSWORD): Promise<string> {
  const response = await fetch(`${baseUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password }),
  })
  const body = (await response.json().catch(() => ({}))) as { errors?: { message: string }[]; token?: string }
  if (!response.ok || !body.token) {
    throw new Error(`无法以 ${username} 登录（HTTP ${response.status}）：${body.errors?.[0]?.message ?? ''}`)
  }
  return body.token
}

/** Request headers for the REST API as that staff member. */
export const staffHeaders = (token: string): Record<string, string> => ({ Authorization: `JWT ${token}` })
