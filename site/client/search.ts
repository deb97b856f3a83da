/**
 * The search page: runs the query in ?q= (and any filters) against the
 * Pagefind index as the resident types, and keeps the address bar in step
 * so a search can be shared. Results are links whose text is the guide title.
 */
import { apiBase } from './http'
import { loadPagefind, normalise } from '../lib/search/pagefindClient'
import {
  type PagefindFilters,
  type PagefindResultData,
  rankedSearch,
  type RankedResult,
} from '../lib/search/rankedSearch'

/** How many results show at first, and how many more each "显示更多" adds. */
const PAGE_SIZE = 20
const TYPING_PAUSE_MS = 150

const form = document.querySelector<HTMLFormElement>('[data-search-form]')
const input = document.querySelector<HTMLInputElement>('#search-query')
const status = document.querySelector<HTMLElement>('[data-search-status]')
const list = document.querySelector<HTMLOListElement>('[data-search-results]')
const filterPanel = document.querySelector<HTMLDetailsElement>('[data-search-filters]')
const nothing = document.querySelector<HTMLElement>('[data-search-nothing]')

/** How long a query must stay without results before it counts as a miss: not every keystroke on the way to a word. */
const MISS_SETTLE_MS = 2500
let missTimer: ReturnType<typeof setTimeout> | undefined
const reported = new Set<string>()

/** Count a query that found nothing into the editors' worklist (anonymous; each query once per page). */
function reportMissOnceSettled(query: string): void {
  clearTimeout(missTimer)
  missTimer = setTimeout(() => {
    if (reported.has(query)) return
    reported.add(query)
    void fetch(`${apiBase(form)}/api/search/misses`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ query }),
      keepalive: true,
    }).catch(() => undefined)
  }, MISS_SETTLE_MS)
}

function checkedFilters(): PagefindFilters {
  const filters: PagefindFilters = {}
  for (const box of form?.querySelectorAll<HTMLInputElement>('input[type=checkbox]:checked') ?? []) {
    ;(filters[box.name] ??= { any: [] }).any.push(box.value)
  }
  return filters
}

function keepInAddressBar(): void {
  if (!form) return
  const params = new URLSearchParams()
  for (const [name, value] of new FormData(form)) if (value !== '') params.append(name, String(value))
  const query = params.toString()
  history.replaceState(null, '', query ? `?${query}` : location.pathname)
}

function resultItem(data: PagefindResultData): HTMLLIElement {
  const item = document.createElement('li')
  item.className = 'service-list__item'
  const heading = document.createElement('h2')
  heading.className = 'service-list__title'
  const link = document.createElement('a')
  link.href = data.url
  link.textContent = data.meta.title ?? data.url
  heading.append(link)
  const summary = document.createElement('p')
  summary.textContent = data.meta.summary ?? ''
  const facts = document.createElement('ul')
  facts.className = 'tags'
  facts.setAttribute('aria-label', '要点')
  for (const fact of [data.meta.online, data.meta.visits, data.meta.time, data.meta.fee]) {
    if (!fact) continue
    const tag = document.createElement('li')
    tag.textContent = fact
    facts.append(tag)
  }
  item.append(heading, summary, facts)
  return item
}

let moreButton: HTMLButtonElement | undefined

async function showMore(results: RankedResult[], from: number): Promise<void> {
  const page = await Promise.all(results.slice(from, from + PAGE_SIZE).map((result) => result.data()))
  list?.append(...page.map(resultItem))
  moreButton?.remove()
  if (results.length > from + PAGE_SIZE) {
    moreButton = document.createElement('button')
    moreButton.type = 'button'
    moreButton.className = 'button button--secondary'
    moreButton.textContent = `显示更多结果（还有 ${results.length - from - PAGE_SIZE} 项）`
    moreButton.addEventListener('click', (event) => {
      // One page per button: a second click while it loads would list the same guides twice.
      ;(event.currentTarget as HTMLButtonElement).disabled = true
      const next = list?.children[from + PAGE_SIZE]?.querySelector('a')
      void showMore(results, from + PAGE_SIZE).then(() => (next ?? list?.lastElementChild?.querySelector('a'))?.focus())
    })
    list?.after(moreButton)
  }
}

/** Each keystroke starts a new search; an older one still running stops showing anything. */
let latest = 0
let typingPause: ReturnType<typeof setTimeout> | undefined

async function runSearch(): Promise<void> {
  if (!input || !status || !list) return
  const generation = ++latest
  const current = () => generation === latest
  clearTimeout(missTimer)
  keepInAddressBar()
  const filters = checkedFilters()
  const typed = input.value.trim()
  const query = await normalise(typed)
  if (!current()) return
  if (!query && Object.keys(filters).length === 0) {
    list.replaceChildren()
    moreButton?.remove()
    status.textContent = ''
    if (nothing) nothing.hidden = true
    return
  }
  const results = await rankedSearch(await loadPagefind(), query, filters)
  if (!current()) return
  list.replaceChildren()
  await showMore(results, 0)
  if (!current()) return
  const about = query ? `与“${typed}”相关的` : ''
  status.textContent = results.length ? `找到 ${results.length} 个${about}事项` : `没有找到${about}事项。`
  if (nothing) nothing.hidden = results.length > 0
  if (!results.length && query) reportMissOnceSettled(query)
}

function searchAfterTypingPause(): void {
  clearTimeout(typingPause)
  typingPause = setTimeout(() => void runSearch(), TYPING_PAUSE_MS)
}

function start(): void {
  if (!form || !input) return
  const params = new URLSearchParams(location.search)
  input.value = params.get('q') ?? ''
  let anyFilter = false
  for (const box of form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
    box.checked = params.getAll(box.name).includes(box.value)
    anyFilter ||= box.checked
  }
  if (anyFilter && filterPanel) filterPanel.open = true
  form.addEventListener('submit', (event) => {
    event.preventDefault()
    void runSearch()
  })
  form.addEventListener('input', searchAfterTypingPause)
  input.addEventListener('focus', () => void loadPagefind(), { once: true })
  void runSearch()
}

start()
