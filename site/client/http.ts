/**
 * What the portal's scripts need to talk to the platform's application
 * endpoints: where they are, the answers' JSON, and refusals in words.
 */
import type { ErrorAnswer } from '../../collections/endpoints/refusal'

/** The API's origin, from the page (data-api): '' when the portal and the API share one. */
export const apiBase = (element: HTMLElement | null): string => (element?.dataset.api ?? '').replace(/\/$/, '')

/** The answer's JSON body, or null when it has none (a proxy's error page, say). */
export async function readJson<T>(response: Response): Promise<T | null> {
  try {
    return (await response.json()) as T
  } catch {
    return null
  }
}

/** Whether a body is the API's refusal shape. */
export const isErrorAnswer = (body: unknown): body is ErrorAnswer =>
  typeof body === 'object' && body !== null && typeof (body as ErrorAnswer).code === 'string'

/** How long Retry-After asks to wait, in seconds, or null when it says nothing usable. */
export function retryAfterSeconds(response: Response): null | number {
  const value = response.headers.get('Retry-After')?.trim()
  if (!value) return null
  if (/^\d+$/.test(value)) return Number(value)
  const at = Date.parse(value)
  return Number.isNaN(at) ? null : Math.max(0, Math.ceil((at - Date.now()) / 1000))
}

/** 请在30秒后再试 / 请在5分钟后再试 / 请稍后再试. */
export function retryAfterText(response: Response): string {
  const seconds = retryAfterSeconds(response)
  if (seconds === null || seconds <= 0) return '请稍后再试'
  if (seconds < 60) return `请在${seconds}秒后再试`
  if (seconds < 3600) return `请在${Math.ceil(seconds / 60)}分钟后再试`
  return `请在${Math.ceil(seconds / 3600)}小时后再试`
}

/**
 * A random UUID (v4) for Idempotency-Key. crypto.randomUUID exists only on
 * HTTPS and localhost; getRandomValues everywhere.
 */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID()
  const bytes = crypto.getRandomValues(new Uint8Array(16))
  bytes[6] = (bytes[6]! & 0x0f) | 0x40
  bytes[8] = (bytes[8]! & 0x3f) | 0x80
  const hex = [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}

/** Read a JSON island the page embedded for its script. */
export function pageData<T>(id: string): T | null {
  const text = document.getElementById(id)?.textContent
  if (!text) return null
  try {
    return JSON.parse(text) as T
  } catch {
    return null
  }
}

/** A message as a full sentence, ending in 。 (or whatever stop it already has). */
export const sentence = (message: string): string => (/[。！？.!?]$/.test(message.trim()) ? message.trim() : `${message.trim()}。`)

/** When nothing else fits: the hotline is always there. */
export const GENERIC_FAILURE = '系统暂时出了问题，请稍后再试，或拨打12345政务服务便民热线由工作人员帮您办理。'
export const NETWORK_FAILURE = '网络连接中断，请检查网络后再试。'
