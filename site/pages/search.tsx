import type { GetStaticProps } from 'next'

import { PORTAL_PATHS } from '../../collections/catalogue/portalPaths'
import { Layout } from '../components/Layout'
import { PhoneLink } from '../components/PhoneLink'
import { assetUrl } from '../lib/assets'
import { apiOrigin, HOTLINE } from '../lib/site'
import { type SearchFilterGroup, searchFilterGroups } from '../lib/searchFilters'

export const config = { unstable_runtimeJS: false }

type Props = { api: string; filters: SearchFilterGroup[] }

export const getStaticProps: GetStaticProps<Props> = () => ({ props: { api: apiOrigin(), filters: searchFilterGroups() } })

/**
 * Search. The form is a plain GET form (?q=…&stage=…), so a search can be
 * linked; site/client/search.ts runs it against the Pagefind index as the
 * resident types. Without JavaScript the page points to the A–Z index.
 */
export default function SearchPage({ api, filters }: Props) {
  return (
    <Layout title="搜索" description="搜索办事指南。" headerSearch={false} crumbs={[{ href: PORTAL_PATHS.home(), label: '首页' }]}>
      <h1>搜索办事指南</h1>
      <form className="search-page" role="search" action={PORTAL_PATHS.search()} method="get" data-search-form data-api={api}>
        <div className="search-form">
          <label htmlFor="search-query" className="search-form__label">
            您要办什么事？
          </label>
          <p id="search-hint" className="hint">
            可以输入事项名称、常用说法或拼音，例如：上户口、办身份证、sfz。
          </p>
          <div className="search-form__row">
            <input id="search-query" name="q" type="search" autoComplete="off" enterKeyHint="search" aria-describedby="search-hint" />
            <button type="submit">搜索</button>
          </div>
        </div>
        <noscript>
          <p className="callout">
            搜索需要浏览器开启 JavaScript。您也可以在<a href={PORTAL_PATHS.services()}>全部事项（按拼音排序）</a>
            中查找，或按<a href={PORTAL_PATHS.home()}>人生阶段</a>浏览。
          </p>
        </noscript>
        <details className="filters js-only" data-search-filters>
          <summary>筛选结果</summary>
          {filters.map((group) => (
            <fieldset key={group.name}>
              <legend>{group.label}</legend>
              <ul>
                {group.values.map((value) => (
                  <li key={value}>
                    <label>
                      <input type="checkbox" name={group.name} value={value} /> {value}
                    </label>
                  </li>
                ))}
              </ul>
            </fieldset>
          ))}
        </details>
      </form>
      <p className="search-status" role="status" aria-live="polite" data-search-status />
      <ol className="service-list search-results" data-search-results />
      <div className="callout" data-search-nothing hidden>
        <p>没有找到相关的办事指南。您可以换个说法再搜，也可以：</p>
        <ul>
          <li>
            拨打政务服务便民热线 <PhoneLink number={HOTLINE} />（7×24小时），工作人员帮您解答；
          </li>
          <li>
            在<a href={PORTAL_PATHS.hotline()}>网上12345</a>写下您的问题，答复会通过短信告诉您。
          </li>
        </ul>
      </div>
      <script type="module" src={assetUrl('search.js')} />
    </Layout>
  )
}
