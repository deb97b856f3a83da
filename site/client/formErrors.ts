/**
 * GOV.UK-style errors for the portal's forms: a summary at the top (role=alert,
 * focused, one link per problem) and the same message beside each field,
 * linked to its control with aria-describedby. The page renders the empty
 * slots (site/components/form/Fields.tsx); the ids come from site/lib/forms.ts.
 */
import type { FieldError } from '../../collections/endpoints/refusal'
import { errorId, fieldId } from '../lib/forms'

/** A problem to show: a field error, or a message about the whole form (no field). */
export type Problem = { field?: string; message: string }

const groupOf = (field: string): HTMLElement | null =>
  document.querySelector<HTMLElement>(`[data-field="${CSS.escape(field)}"]`)

const isShown = (element: HTMLElement): boolean => !element.closest('[hidden]') && element.getClientRects().length > 0

const CONTROLS = 'input, select, textarea'

/** The control an error's link moves focus to: the field itself, the first empty one of a group, or the section's first. */
function controlFor(field: string): HTMLElement | null {
  const element = document.getElementById(fieldId(field))
  if (element && !(element instanceof HTMLFieldSetElement)) return element
  const scope = element ?? groupOf(field)
  const controls = [...(scope?.querySelectorAll<HTMLInputElement>(CONTROLS) ?? [])].filter(isShown)
  const empty = controls.find((control) => control instanceof HTMLSelectElement && control.value === '')
  if (empty ?? controls[0]) return empty ?? controls[0]!
  return groupOf(field)?.closest('section')?.querySelector<HTMLElement>(CONTROLS) ?? null
}

/** The element whose aria-describedby names the error: the control, or the fieldset of a choice question. */
const describedElement = (field: string): HTMLElement | null => document.getElementById(fieldId(field))

function setDescribedBy(element: HTMLElement, id: string, on: boolean): void {
  const ids = new Set((element.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean))
  if (on) ids.add(id)
  else ids.delete(id)
  if (ids.size) element.setAttribute('aria-describedby', [...ids].join(' '))
  else element.removeAttribute('aria-describedby')
}

function errorText(message: string): Node[] {
  const prefix = document.createElement('span')
  prefix.className = 'visually-hidden'
  prefix.textContent = '错误：'
  return [prefix, document.createTextNode(message)]
}

/** Show or clear the message beside one field. Returns whether the page has a place for it. */
function setFieldError(field: string, message: null | string): boolean {
  const slot = document.getElementById(errorId(field))
  if (!slot) return false
  slot.replaceChildren(...(message ? errorText(message) : []))
  slot.hidden = !message
  groupOf(field)?.classList.toggle('form-group--error', Boolean(message))
  const described = describedElement(field)
  if (described) {
    setDescribedBy(described, slot.id, Boolean(message))
    if (!(described instanceof HTMLFieldSetElement)) {
      if (message) described.setAttribute('aria-invalid', 'true')
      else described.removeAttribute('aria-invalid')
    }
  }
  return true
}

/** The field errors now shown inside `scope`. */
export function shownFieldErrors(scope: ParentNode): string[] {
  return [...scope.querySelectorAll<HTMLElement>('[data-field].form-group--error')].map((group) => group.dataset.field!)
}

/** Clear every field error inside `scope` and hide its summary. */
export function clearErrors(scope: ParentNode, summary: HTMLElement | null): void {
  for (const field of shownFieldErrors(scope)) setFieldError(field, null)
  if (summary) {
    summary.hidden = true
    summary.querySelector('ul')?.replaceChildren()
  }
  markTitle(false)
}

const TITLE_PREFIX = '错误：'

/** GOV.UK: the page title starts with 错误： while the page shows errors. */
function markTitle(hasErrors: boolean): void {
  const title = document.title.startsWith(TITLE_PREFIX) ? document.title.slice(TITLE_PREFIX.length) : document.title
  document.title = hasErrors ? `${TITLE_PREFIX}${title}` : title
}

/** One problem per field (the first), in the order the fields appear on the page; messages about the whole form last. */
function ordered(problems: Problem[]): Problem[] {
  const seen = new Set<string>()
  const unique = problems.filter((problem) => {
    const key = problem.field ? `field:${problem.field}` : `message:${problem.message}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
  const groups = [...document.querySelectorAll('[data-field]')]
  const position = (problem: Problem) => {
    const group = problem.field ? groupOf(problem.field) : null
    return group ? groups.indexOf(group) : groups.length
  }
  return unique.map((problem, index) => ({ problem, index })).sort((a, b) => position(a.problem) - position(b.problem) || a.index - b.index).map(({ problem }) => problem)
}

function summaryItem(problem: Problem): HTMLLIElement {
  const item = document.createElement('li')
  if (problem.field) item.dataset.field = problem.field
  const control = problem.field ? controlFor(problem.field) : null
  if (!control) {
    item.textContent = problem.message
    return item
  }
  const link = document.createElement('a')
  link.href = `#${control.id}`
  link.textContent = problem.message
  link.addEventListener('click', (event) => {
    event.preventDefault()
    // Bring the question (its label or legend) into view, then the cursor into the control.
    const target = controlFor(problem.field!) ?? control
    ;(groupOf(problem.field!) ?? target).scrollIntoView({ block: 'start' })
    target.focus({ preventScroll: true })
  })
  item.append(link)
  return item
}

/**
 * Show problems: each field's message beside it, and all of them in the
 * summary, which takes the focus so screen readers read it out at once.
 */
export function showProblems(scope: ParentNode, summary: HTMLElement, problems: (FieldError | Problem)[]): void {
  clearErrors(scope, summary)
  const list = ordered(problems.map(({ field, message }) => ({ field, message })))
  for (const problem of list) if (problem.field) setFieldError(problem.field, problem.message)
  summary.querySelector('ul')?.replaceChildren(...list.map(summaryItem))
  summary.hidden = false
  markTitle(true)
  summary.focus()
}

/**
 * After the resident changes a field: show its current error (or none)
 * beside it, and keep the summary in step without moving the focus.
 */
export function updateFieldError(summary: HTMLElement | null, field: string, message: null | string): void {
  setFieldError(field, message)
  if (!summary || summary.hidden) return
  const item = summary.querySelector<HTMLElement>(`li[data-field="${CSS.escape(field)}"]`)
  if (message && item) {
    const link = item.querySelector('a')
    if (link) link.textContent = message
    else item.textContent = message
  } else if (!message && item) {
    item.remove()
  }
  if (!summary.querySelector('li')) {
    summary.hidden = true
    markTitle(false)
  }
}
