/**
 * 找服务 on a 生活服务 category page: the community picker's GET to the live
 * search, answered with JSON and shown in place (without JavaScript the
 * search answers with a page of its own).
 */
import { PORTAL_PATHS } from '../../collections/catalogue/portalPaths'
import { priceText, ratingText } from '../../collections/lifeServices/words'
import { PRICE_UNIT_LABELS } from '../../collections/ProviderItems/units'
import type { FoundProvider, ProviderSearchAnswer } from '../../collections/Providers/lib/search'
import { clearErrors, showProblems } from './formErrors'
import { GENERIC_FAILURE, isErrorAnswer, NETWORK_FAILURE, readJson, retryAfterText, sentence } from './http'

const form = document.querySelector<HTMLFormElement>('[data-life-search]')
const summary = document.querySelector<HTMLElement>('#life-search-errors')
const result = document.querySelector<HTMLElement>('[data-life-search-result]')

/** An element with text, the one way this script writes what the API sent. */
function element<K extends keyof HTMLElementTagNameMap>(tag: K, text = '', ...children: Node[]): HTMLElementTagNameMap[K] {
  const made = document.createElement(tag)
  made.textContent = text
  made.append(...children)
  return made
}

function link(href: string, text: string): HTMLAnchorElement {
  const anchor = element('a', text)
  anchor.href = href
  return anchor
}

/** The booking form lives on the API's origin, where the search was asked. */
const bookingUrl = (api: string, itemId: number | string) => `${api}/api/life/book?item=${encodeURIComponent(String(itemId))}`

function providerCard(provider: FoundProvider, api: string): HTMLLIElement {
  const items = element('ul')
  for (const item of provider.items) {
    const book = link(bookingUrl(api, item.id), '预约')
    book.append(element('span', item.name))
    book.lastElementChild?.classList.add('visually-hidden')
    items.append(element('li', `${item.name}：${priceText(item.price, PRICE_UNIT_LABELS[item.unit])}。${item.included} `, book))
  }
  return element(
    'li',
    '',
    element('h3', '', link(PORTAL_PATHS.lifeProvider(provider.id), provider.name)),
    element('p', `评价：${ratingText(provider.rating)}。服务电话：${provider.servicePhone}`),
    items,
  )
}

function show(answer: ProviderSearchAnswer, api: string): void {
  if (!result) return
  const heading = element('h3', `${answer.community.name}的${answer.category.name}服务（共 ${answer.providers.length} 家）`)
  heading.tabIndex = -1
  const list = answer.providers.length ? element('ul', '', ...answer.providers.map((provider) => providerCard(provider, api))) : element('p', '暂时没有在册企业为这个社区提供这项服务。可以拨打12345咨询。')
  list.classList.add('card-list')
  result.replaceChildren(heading, list)
  heading.focus()
}

async function problemsOf(response: Response): Promise<{ message: string }[]> {
  if (response.status === 429) return [{ message: `查询太频繁，${retryAfterText(response)}。` }]
  const body = await readJson<unknown>(response)
  if (isErrorAnswer(body)) return body.errors?.length ? body.errors : [{ message: sentence(body.message) }]
  return [{ message: GENERIC_FAILURE }]
}

async function search(): Promise<void> {
  if (!form || !summary) return
  clearErrors(form, summary)
  const url = new URL(form.action, location.href)
  for (const [name, value] of new FormData(form)) url.searchParams.set(name, String(value))
  let response: Response
  try {
    response = await fetch(url, { headers: { Accept: 'application/json' }, cache: 'no-store' })
  } catch {
    showProblems(form, summary, [{ message: NETWORK_FAILURE }])
    return
  }
  const answer = response.ok ? await readJson<ProviderSearchAnswer>(response) : null
  if (answer) show(answer, url.origin)
  else showProblems(form, summary, response.ok ? [{ message: GENERIC_FAILURE }] : await problemsOf(response))
}

form?.addEventListener('submit', (event) => {
  event.preventDefault()
  void search()
})
