import { PORTAL_PATHS } from '../../catalogue/portalPaths'
import { html, htmlPage } from '../../endpoints/htmlAnswer'
import { LIFE_BOOK_PAGE } from '../../LifeOrders/lib/pages'
import { priceText, ratingText } from '../../lifeServices/words'
import { PRICE_UNIT_LABELS } from '../../ProviderItems/units'
import { portalPath } from '../../Residents/endpoints/signIn'
import type { FoundProvider, ProviderSearchAnswer } from './search'

const providerCard = (provider: FoundProvider) => html`<li>
<h2><a href="${portalPath(PORTAL_PATHS.lifeProvider(provider.id))}">${provider.name}</a></h2>
<p>评价：${ratingText(provider.rating)}。服务电话：${provider.servicePhone}</p>
<ul>${provider.items.map(
  (item) => html`<li>${item.name}：${priceText(item.price, PRICE_UNIT_LABELS[item.unit])}。${item.included} <a href="${LIFE_BOOK_PAGE}?item=${String(item.id)}">预约<span class="visually-hidden">${item.name}</span></a></li>`,
)}</ul>
</li>`

/** 找服务 answered as a page, for the category page's form without JavaScript. */
export function searchResultPage(found: ProviderSearchAnswer): Promise<Response> {
  const title = `${found.community.name}的${found.category.name}服务`
  const list = found.providers.length
    ? html`<ul class="card-list">${found.providers.map(providerCard)}</ul>`
    : html`<p>暂时没有在册企业为这个社区提供这项服务。可以拨打12345咨询。</p>`
  return htmlPage({
    title,
    body: html`<h1>${title}</h1><p class="lead">共 ${String(found.providers.length)} 家在册企业，评价高的在前。</p>${list}<p><a href="${portalPath(PORTAL_PATHS.lifeCategory(found.category.code))}">返回${found.category.name}</a></p>`,
  })
}
