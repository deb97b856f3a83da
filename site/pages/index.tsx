import type { GetStaticProps } from 'next'

import { PORTAL_PATHS } from '../../collections/catalogue/portalPaths'
import { Layout } from '../components/Layout'
import { PhoneLink } from '../components/PhoneLink'
import { SearchForm } from '../components/SearchForm'
import {
  catalogue,
  servicesByCodes,
  type SnapshotBundle,
  type SnapshotCentre,
  type SnapshotServiceSummary,
  type SnapshotStage,
} from '../lib/catalogue'
import { HOTLINE } from '../lib/site'

export const config = { unstable_runtimeJS: false }

type Props = {
  bundles: SnapshotBundle[]
  centres: SnapshotCentre[]
  cityName: string
  popular: SnapshotServiceSummary[]
  stages: SnapshotStage[]
}

/** How many popular services the home page lists. */
const POPULAR_COUNT = 8

export const getStaticProps: GetStaticProps<Props> = () => {
  const { bundles, centres, cityName, featured, stages } = catalogue()
  return {
    props: {
      bundles,
      centres,
      cityName,
      popular: servicesByCodes(featured).slice(0, POPULAR_COUNT),
      stages: [...stages].sort((a, b) => a.order - b.order),
    },
  }
}

export default function Home({ bundles, centres, cityName, popular, stages }: Props) {
  return (
    <Layout title="首页" description={`${cityName}政务服务一站通：按人生阶段找服务，看办事指南，在线办理。`} headerSearch={false}>
      <section className="hero" aria-labelledby="hero-title">
        <h1 id="hero-title">{cityName}政务服务，一站办好</h1>
        <SearchForm id="home-search" />
      </section>

      {popular.length > 0 && (
        <section aria-labelledby="popular-title">
          <h2 id="popular-title">常用服务</h2>
          <ul className="link-grid">
            {popular.map((service) => (
              <li key={service.code}>
                <a href={PORTAL_PATHS.service(service.code)}>{service.title}</a>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="stages-title">
        <h2 id="stages-title">按人生阶段找服务</h2>
        <ol className="journey">
          {stages.map((stage) => (
            <li key={stage.code}>
              <a href={PORTAL_PATHS.stage(stage.slug)}>
                <span className="journey__title">{stage.title}</span>
                <span className="journey__summary">{stage.summary}</span>
              </a>
            </li>
          ))}
        </ol>
      </section>

      {bundles.length > 0 && (
        <section aria-labelledby="bundles-title">
          <h2 id="bundles-title">一件事一次办</h2>
          <ul className="card-list">
            {bundles.map((bundle) => (
              <li key={bundle.code}>
                <h3>
                  <a href={PORTAL_PATHS.bundle(bundle.code)}>{bundle.title}</a>
                </h3>
                <p>{bundle.summary}</p>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="life-title">
        <h2 id="life-title">生活服务</h2>
        <p>
          家政保洁、维修开锁、养老护理等上门服务，找政府审核的加盟企业，明码标价：<a href={PORTAL_PATHS.life()}>进入生活服务</a>。
        </p>
      </section>

      <section aria-labelledby="community-title">
        <h2 id="community-title">社区论坛</h2>
        <p>
          看居委会的居务公开，和邻居讨论身边事、互相帮忙、提出建议。本社区居民实名加入、昵称发言：<a href={PORTAL_PATHS.community()}>进入社区论坛</a>。
        </p>
      </section>

      <section aria-labelledby="hotline-title" className="callout">
        <h2 id="hotline-title">打电话问</h2>
        <p>
          不会上网办、不知道找谁，请拨打政务服务便民热线{' '}
          <PhoneLink className="phone" number={HOTLINE} />
          ，全天24小时有人接听。
        </p>
        <p>
          不方便打电话的，可以在<a href={PORTAL_PATHS.hotline()}>网上12345</a>提交咨询、求助、投诉或建议，附上现场照片。
        </p>
      </section>

      <section aria-labelledby="centres-title">
        <h2 id="centres-title">到服务中心办</h2>
        <ul className="card-list">
          {centres.map((centre) => (
            <li key={centre.code}>
              <h3>
                <a href={PORTAL_PATHS.centre(centre.code)}>{centre.name}</a>
              </h3>
              <p>{centre.address}</p>
              <p>
                电话 <PhoneLink number={centre.phone} />
              </p>
            </li>
          ))}
        </ul>
      </section>
    </Layout>
  )
}
