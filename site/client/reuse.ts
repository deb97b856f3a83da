/**
 * 使用平台已有的信息 on the application form: ticking the consent box asks
 * POST /api/applications/prefill for what the platform knows and fills the
 * form with it; the materials it holds are marked 免提交（平台已有）, and
 * with the 告知承诺 boxes ticked they are the uploads the form no longer
 * requires (the server decides the same on submit).
 */
import type { FieldError } from '../../collections/endpoints/refusal'
import { type Prefill, type ReuseChoice } from '../../collections/Applications/reuse/sources'
import type { SnapshotDistrict } from '../lib/snapshot'
import { DIVISIONS_DATA } from '../lib/forms'
import { chooseCommunity } from './divisions'
import { apiBase, GENERIC_FAILURE, isErrorAnswer, NETWORK_FAILURE, pageData, readJson } from './http'

/** Uploads the platform holds for the signed-in resident, once they consented and the values came back. */
let held = new Set<number>()

const consentBox = (form: HTMLFormElement) => form.querySelector<HTMLInputElement>('[data-reuse-consent]')

/** What the form asks to reuse, as the server reads it. */
export function reuseChoice(form: HTMLFormElement): ReuseChoice {
  const commitments = [...form.querySelectorAll<HTMLInputElement>('[data-reuse-commitment]:checked')].map((box) => Number(box.value))
  return { consent: Boolean(consentBox(form)?.checked), commitments }
}

/** Uploads the resident need not make: held by the platform (with consent) or replaced by a ticked commitment. */
export function waivedUploads(form: HTMLFormElement): Set<number> {
  const choice = reuseChoice(form)
  return new Set([...(choice.consent ? held : []), ...choice.commitments])
}

/** Set a question's control to the value: a text box, a select, or the radio or checkbox with that value. */
function setValue(form: HTMLFormElement, name: string, value: string): void {
  for (const control of form.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>(`[name="${CSS.escape(name)}"]`)) {
    if (control instanceof HTMLInputElement && (control.type === 'radio' || control.type === 'checkbox')) control.checked = control.value === value
    else control.value = value
  }
}

function markHeld(form: HTMLFormElement, prefill: Prefill | null): void {
  held = new Set(prefill?.heldMaterials.map((each) => each.upload) ?? [])
  for (const note of form.querySelectorAll<HTMLElement>('[data-reuse-held]')) {
    const material = prefill?.heldMaterials.find((each) => String(each.upload) === note.dataset.reuseHeld)
    note.classList.toggle('reuse-held', Boolean(material))
    note.textContent = material
      ? `免提交（平台已有：${material.sourceLabel}），不用上传。`
      : prefill
        ? '平台没有您的这份材料，请上传。'
        : note.dataset.reuseOriginal ?? note.textContent
  }
}

function fill(form: HTMLFormElement, prefill: Prefill): void {
  setValue(form, 'applicant.name', prefill.applicant.name)
  setValue(form, 'applicant.idNumber', prefill.applicant.idNumber)
  setValue(form, 'applicant.phone', prefill.applicant.phone)
  if (prefill.divisionCode) chooseCommunity(pageData<SnapshotDistrict[]>(DIVISIONS_DATA) ?? [], prefill.divisionCode)
  for (const [name, value] of Object.entries(prefill.answers)) setValue(form, `answers.${name}`, value)
  markHeld(form, prefill)
}

/** Ask for the values; the refusal's words (not signed in, not verified) when there are none. */
async function fetchPrefill(form: HTMLFormElement): Promise<{ error: string } | { prefill: Prefill }> {
  const response = await fetch(`${apiBase(form)}/api/applications/prefill`, {
    method: 'POST',
    credentials: 'include',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    // One service's form names its service; a 一件事's merged form its bundle.
    body: JSON.stringify({ serviceCode: form.dataset.service, bundleCode: form.dataset.bundle, consent: true }),
  }).catch(() => null)
  if (!response) return { error: NETWORK_FAILURE }
  const body = await readJson<unknown>(response)
  if (response.ok && body && !isErrorAnswer(body)) return { prefill: body as Prefill }
  if (response.status === 401) return { error: '请先登录：登录并完成实名核验后，才能使用平台已有的信息。' }
  return { error: isErrorAnswer(body) ? body.message : GENERIC_FAILURE }
}

/**
 * Wire the consent box: ticked, fetch and fill (untick on refusal, with the
 * reason under the box); unticked, nothing is waived any more. `changed`
 * re-checks the form.
 */
export function setUpReuse(form: HTMLFormElement, showError: (error: FieldError | null) => void, changed: () => void): void {
  const box = consentBox(form)
  const status = form.querySelector<HTMLElement>('[data-reuse-status]')
  form.querySelector<HTMLElement>('[data-reuse-fill]')?.setAttribute('hidden', '')
  for (const note of form.querySelectorAll<HTMLElement>('[data-reuse-held]')) note.dataset.reuseOriginal = note.textContent ?? ''
  box?.addEventListener('change', async () => {
    showError(null)
    if (!box.checked) {
      markHeld(form, null)
      if (status) status.textContent = ''
      return changed()
    }
    if (status) status.textContent = '正在读取平台已有的信息…'
    const result = await fetchPrefill(form)
    if ('error' in result) {
      box.checked = false
      if (status) status.textContent = ''
      showError({ field: 'reuse.consent', code: 'REUSE_REFUSED', message: result.error })
      return
    }
    fill(form, result.prefill)
    if (status) status.textContent = '已用平台已有的信息填写，请核对。'
    changed()
  })
  for (const commitment of form.querySelectorAll<HTMLInputElement>('[data-reuse-commitment]')) commitment.addEventListener('change', changed)
}
