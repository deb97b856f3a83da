/**
 * The guide's feedback forms (site/components/guide/GuideFeedback.tsx) in
 * place: the same posts as without JavaScript, answered with JSON, so the
 * resident stays on the guide and reads the answer where they asked.
 */
import type { FieldError } from '../../collections/endpoints/refusal'
import { clearErrors, showProblems } from './formErrors'
import { GENERIC_FAILURE, isErrorAnswer, NETWORK_FAILURE, readJson, retryAfterText, sentence } from './http'

type Answer = { message: string }

/** Post a form as it would post itself, asking for JSON; the answer's message, or the refusal's problems. */
async function post(form: HTMLFormElement, extra?: [string, string]): Promise<{ message: string; problems?: FieldError[] }> {
  const body = new FormData(form)
  if (extra) body.set(...extra)
  let response: Response
  try {
    response = await fetch(form.action, { method: 'POST', body, headers: { Accept: 'application/json' } })
  } catch {
    return { message: NETWORK_FAILURE, problems: [] }
  }
  const answer = await readJson<Answer>(response)
  if (response.ok && answer?.message) return { message: answer.message }
  if (response.status === 429) return { message: `操作太频繁，${retryAfterText(response)}。`, problems: [] }
  if (isErrorAnswer(answer)) return { message: sentence(answer.message), problems: answer.errors ?? [] }
  return { message: GENERIC_FAILURE, problems: [] }
}

function setUpHelpful(section: HTMLElement): void {
  const form = section.querySelector<HTMLFormElement>('[data-helpful-form]')
  const status = section.querySelector<HTMLElement>('[data-helpful-status]')
  form?.addEventListener('submit', async (event) => {
    event.preventDefault()
    const button = event.submitter as HTMLButtonElement | null
    const { message, problems } = await post(form, button ? [button.name, button.value] : undefined)
    if (status) status.textContent = message
    if (!problems) form.hidden = true
  })
}

function setUpCorrection(section: HTMLElement): void {
  const form = section.querySelector<HTMLFormElement>('[data-correction-form]')
  const status = section.querySelector<HTMLElement>('[data-correction-status]')
  const summary = section.querySelector<HTMLElement>('[data-error-summary]')
  form?.addEventListener('submit', async (event) => {
    event.preventDefault()
    const { message, problems } = await post(form)
    if (problems && summary) {
      showProblems(form, summary, problems.length ? problems : [{ message }])
      return
    }
    if (summary) clearErrors(form, summary)
    form.hidden = true
    if (status) status.textContent = message
  })
}

const section = document.querySelector<HTMLElement>('[data-guide-feedback]')
if (section) {
  setUpHelpful(section)
  setUpCorrection(section)
}
