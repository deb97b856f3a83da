/**
 * 相关的办事事项 on the 网上12345 form: the text field becomes a search of
 * the guides (the portal's own, findGuides) as the resident types, each
 * found guide with "选这个事项"; choosing one sets serviceCode and shows
 * "已选择：…" with "改选". A guide a link named (?service=CODE) is chosen
 * by its title from the page's list; an unknown code is left out.
 */
import { findGuides, type Guide } from '../lib/search/findGuides'
import { GUIDE_TITLES } from '../lib/forms'

const SHOWN_GUIDES = 6
/** A search once the resident pauses, not on every keystroke (slow phones). */
const TYPING_PAUSE_MS = 300

type Parts = {
  change: HTMLButtonElement
  chosen: HTMLElement
  chosenText: HTMLElement
  code: HTMLInputElement
  query: HTMLInputElement
  results: HTMLUListElement
  status: HTMLElement
  title: HTMLElement
}

function partsOf(group: HTMLElement): null | Parts {
  const parts = {
    change: group.querySelector<HTMLButtonElement>('[data-guide-change]'),
    chosen: group.querySelector<HTMLElement>('[data-guide-chosen]'),
    chosenText: group.querySelector<HTMLElement>('[data-guide-chosen-text]'),
    code: group.querySelector<HTMLInputElement>('[data-service-code]'),
    query: group.querySelector<HTMLInputElement>('input[name="serviceQuery"]'),
    results: group.querySelector<HTMLUListElement>('[data-guide-results]'),
    status: group.querySelector<HTMLElement>('[data-guide-status]'),
    title: group.querySelector<HTMLElement>('[data-guide-title]'),
  }
  return Object.values(parts).every(Boolean) ? (parts as Parts) : null
}

function showResults(parts: Parts, guides: Guide[], choose: (guide: Guide) => void): void {
  parts.results.replaceChildren(
    ...guides.map((guide) => {
      const item = document.createElement('li')
      const title = document.createElement('strong')
      title.textContent = guide.title
      const summary = document.createElement('span')
      summary.className = 'guide-results__summary'
      summary.textContent = guide.summary
      const button = document.createElement('button')
      button.type = 'button'
      button.className = 'button button--secondary'
      button.textContent = '选这个事项'
      button.setAttribute('aria-label', `选这个事项：${guide.title}`)
      button.addEventListener('click', () => choose(guide))
      item.append(title, summary, button)
      return item
    }),
  )
  parts.results.hidden = guides.length === 0
}

function clearResults(parts: Parts): void {
  parts.results.replaceChildren()
  parts.results.hidden = true
}

/** The title the page lists for a guide's code, if it is a published guide. */
function listedTitle(code: string): string | undefined {
  return document.querySelector<HTMLOptionElement>(`#${GUIDE_TITLES} option[data-code="${CSS.escape(code)}"]`)?.value
}

/** The title of the guide chosen on the form, if one is. */
export function chosenGuideTitle(): string | undefined {
  const chosen = document.querySelector<HTMLElement>('[data-guide-chosen]')
  return chosen && !chosen.hidden ? (chosen.querySelector('[data-guide-title]')?.textContent ?? undefined) : undefined
}

export function setUpGuideChoice(): void {
  const group = document.querySelector<HTMLElement>('[data-guide-choice]')
  const parts = group && partsOf(group)
  if (!parts) return
  // The search takes over from the browser's own suggestions.
  parts.query.removeAttribute('list')
  let searchRun = 0
  let timer: ReturnType<typeof setTimeout> | undefined

  const choose = (guide: Pick<Guide, 'code' | 'title'>, { focus }: { focus: boolean }) => {
    searchRun++
    parts.code.value = guide.code
    parts.query.value = guide.title
    parts.title.textContent = guide.title
    parts.chosen.hidden = false
    parts.status.textContent = ''
    clearResults(parts)
    // The pressed button is gone with the list: the choice itself takes focus and is read out.
    if (focus) parts.chosenText.focus()
  }

  const unchoose = () => {
    parts.code.value = ''
    parts.chosen.hidden = true
  }

  const search = async (typed: string) => {
    const run = ++searchRun
    try {
      const { guides, total } = await findGuides(typed, SHOWN_GUIDES)
      if (run !== searchRun) return
      showResults(parts, guides, (guide) => choose(guide, { focus: true }))
      parts.status.textContent = total ? `找到 ${total} 个相关事项` : '没有找到相关事项，可以不选'
    } catch {
      if (run !== searchRun) return
      clearResults(parts)
      parts.status.textContent = '暂时查不到办事事项，可以不选，写在诉求内容里'
    }
  }

  parts.query.addEventListener('input', () => {
    if (parts.code.value) unchoose()
    clearTimeout(timer)
    const typed = parts.query.value.trim()
    if (!typed) {
      searchRun++
      clearResults(parts)
      parts.status.textContent = ''
      return
    }
    timer = setTimeout(() => void search(typed), TYPING_PAUSE_MS)
  })
  // Enter (or ↓) in the field goes to the guides found, instead of sending the form half-filled.
  parts.query.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter' && event.key !== 'ArrowDown') return
    const first = parts.results.querySelector('button')
    if (event.key === 'Enter') event.preventDefault()
    if (first && !parts.results.hidden) {
      event.preventDefault()
      first.focus()
    }
  })
  parts.change.addEventListener('click', () => {
    unchoose()
    parts.query.value = ''
    parts.query.focus()
  })

  const linked = new URLSearchParams(location.search).get('service')
  const title = linked ? listedTitle(linked) : undefined
  if (linked && title) choose({ code: linked, title }, { focus: false })
}
