/**
 * 核验 (/verify/): checks a verification number in place — the same post as
 * without JavaScript, answered with JSON — and fills in the number a result
 * document's QR code carries (?n=), checking it at once.
 */
import type { FieldError } from '../../collections/endpoints/refusal'
import { type VerifyAnswer, verifyRows, verifyVerdict } from '../../collections/ResultDocuments/states'
import { dateTimeText } from '../lib/dates'
import { clearErrors, showProblems } from './formErrors'
import { GENERIC_FAILURE, isErrorAnswer, NETWORK_FAILURE, readJson, retryAfterText, sentence } from './http'

const form = document.querySelector<HTMLFormElement>('[data-verify-form]')
const summary = document.querySelector<HTMLElement>('#verify-errors')
const result = document.querySelector<HTMLElement>('[data-verify-result]')
const input = form?.querySelector<HTMLInputElement>('input[name="n"]')

function show(answer: VerifyAnswer): void {
  if (!result) return
  const status = result.querySelector<HTMLElement>('[data-verify-status]')
  if (status) {
    status.textContent = answer.statusLabel
    status.className = `status-tag status-tag--${answer.status === 'valid' ? 'completed' : 'rejected'}`
  }
  const verdict = result.querySelector<HTMLElement>('[data-verify-verdict]')
  if (verdict) verdict.textContent = verifyVerdict(answer)
  result.querySelector('[data-verify-rows]')?.replaceChildren(
    ...verifyRows(answer, dateTimeText).map(({ label, value }) => {
      const row = document.createElement('div')
      const term = document.createElement('dt')
      term.textContent = label
      const detail = document.createElement('dd')
      detail.textContent = value
      row.append(term, detail)
      return row
    }),
  )
  result.hidden = false
  result.focus()
}

/** The refusal's problems in words (a malformed number, too many checks). */
async function problemsOf(response: Response): Promise<FieldError[] | { message: string }[]> {
  if (response.status === 429) return [{ message: `查询太频繁，${retryAfterText(response)}。` }]
  const body = await readJson<unknown>(response)
  if (isErrorAnswer(body)) return body.errors?.length ? body.errors : [{ message: sentence(body.message) }]
  return [{ message: GENERIC_FAILURE }]
}

async function check(): Promise<void> {
  if (!form || !summary) return
  clearErrors(form, summary)
  let response: Response
  try {
    response = await fetch(form.action, { method: 'POST', body: new FormData(form), headers: { Accept: 'application/json' }, cache: 'no-store' })
  } catch {
    showProblems(form, summary, [{ message: NETWORK_FAILURE }])
    return
  }
  if (response.ok) {
    const answer = await readJson<VerifyAnswer>(response)
    if (answer) show(answer)
    else showProblems(form, summary, [{ message: GENERIC_FAILURE }])
    return
  }
  if (result) result.hidden = true
  showProblems(form, summary, await problemsOf(response))
}

form?.addEventListener('submit', (event) => {
  event.preventDefault()
  void check()
})

const linked = new URLSearchParams(location.search).get('n')
if (input && linked) {
  input.value = linked
  void check()
}
