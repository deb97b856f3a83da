/**
 * A signed-in resident's details for a form (GET /api/my/prefill): what
 * the account already knows, so they need not type it again. Nobody signed
 * in, or the network down: nothing, and the form stays as it is.
 */
import { readJson } from './http'

export type Prefill = { divisionCode: null | string; idNumber: string; name: string; phone: string }

export async function accountPrefill(api: string): Promise<null | Prefill> {
  const response = await fetch(`${api}/api/my/prefill`, { credentials: 'include', headers: { Accept: 'application/json' } }).catch(() => null)
  return response?.ok ? readJson<Prefill>(response) : null
}

/** Fill the form's field with the value unless the resident already typed something there. */
export function fillEmpty(form: HTMLFormElement, name: string, value: string): void {
  const input = form.querySelector<HTMLInputElement>(`input[name="${name}"]`)
  if (input && !input.value && value) input.value = value
}
