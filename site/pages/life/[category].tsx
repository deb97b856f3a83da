import type { GetStaticPaths, GetStaticProps } from 'next'

import { PORTAL_PATHS } from '../../../collections/catalogue/portalPaths'
import { ErrorSummary } from '../../components/form/Fields'
import { Layout } from '../../components/Layout'
import { CommunitySelect, ProviderList, subsidyText } from '../../components/life/LifeParts'
import { assetUrl } from '../../lib/assets'
import { catalogue, lifeCategoryByCode, lifeProvidersOf, lifeServices, type SnapshotDistrict, type SnapshotLifeCategory, type SnapshotLifeProvider } from '../../lib/catalogue'
import { apiOrigin } from '../../lib/site'

export const config = { unstable_runtimeJS: false }

type Props = { api: string; category: SnapshotLifeCategory; districts: SnapshotDistrict[]; providers: SnapshotLifeProvider[] }

/** The live search's address (collections/Providers/endpoints/search.ts). */
const SEARCH_PATH = '/api/life/providers/search'

// The static export needs the list; with no category yet it is empty and no page is made.
export const getStaticPaths: GetStaticPaths = () => ({
  paths: lifeServices().categories.map((category) => ({ params: { category: category.code } })),
  fallback: false,
})

export const getStaticProps: GetStaticProps<Props, { category: string }> = ({ params }) => {
  const category = lifeCategoryByCode(params?.category ?? '')
  if (!category) return { notFound: true }
  return { props: { api: apiOrigin(), category, districts: catalogue().divisions, providers: lifeProvidersOf(category.code) } }
}

/**
 * One category: its standard and subsidy, the providers serving it, and
 * 找服务 — a GET form to the live search, which answers a page without
 * JavaScript; site/client/lifeSearch.ts shows the answer here instead.
 */
export default function LifeCategoryPage({ api, category, districts, providers }: Props) {
  return (
    <Layout
      title={category.name}
      description={`${category.name}：服务标准、政府补贴、加盟企业和价格，在网上预约。`}
      crumbs={[
        { href: PORTAL_PATHS.home(), label: '首页' },
        { href: PORTAL_PATHS.life(), label: '生活服务' },
      ]}
    >
      <article>
        <h1>{category.name}</h1>
        <p className="lead">
          {category.summary}
        </p>
        <h2>服务标准</h2>
        <p>{category.standard}</p>
        <p>预约后，加盟企业须在{category.responseHours}小时内确认。</p>
        {category.subsidy && (
          <>
            <h2>政府补贴</h2>
            <p>{subsidyText(category.subsidy)}</p>
          </>
        )}
      </article>
      <section aria-labelledby="life-search-title">
        <h2 id="life-search-title">找服务</h2>
        <ErrorSummary id="life-search-errors" title="请修改以下问题" />
        <form className="lookup-form" method="get" action={`${api}${SEARCH_PATH}`} data-life-search>
          <input type="hidden" name="category" value={category.code} />
          <CommunitySelect districts={districts} field="community" label="您所在的社区" hint="只列出为您所在社区服务的在册企业。" />
          <button type="submit" className="button">
            查找
          </button>
        </form>
        <div data-life-search-result aria-live="polite" />
      </section>
      <section aria-labelledby="life-providers-title">
        <h2 id="life-providers-title">加盟企业（共 {providers.length} 家）</h2>
        {providers.length ? <ProviderList category={category.code} providers={providers} /> : <p>暂时没有加盟企业提供这项服务。</p>}
      </section>
      <script type="module" src={assetUrl('lifeSearch.js')} />
    </Layout>
  )
}
