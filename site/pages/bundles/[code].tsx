import type { GetStaticPaths, GetStaticProps } from 'next'

import { PORTAL_PATHS } from '../../../collections/catalogue/portalPaths'
import { Layout } from '../../components/Layout'
import { ServiceList } from '../../components/ServiceList'
import {
  catalogue,
  servicesByCodes,
  type SnapshotBundle,
  type SnapshotServiceSummary,
  type SnapshotStage,
  stageByCode,
} from '../../lib/catalogue'

export const config = { unstable_runtimeJS: false }

type Props = { bundle: SnapshotBundle; services: SnapshotServiceSummary[]; stage: SnapshotStage }

export const getStaticPaths: GetStaticPaths = () => ({
  paths: catalogue().bundles.map((bundle) => ({ params: { code: bundle.code } })),
  fallback: false,
})

export const getStaticProps: GetStaticProps<Props, { code: string }> = ({ params }) => {
  const bundle = catalogue().bundles.find((candidate) => candidate.code === params?.code)
  if (!bundle) return { notFound: true }
  return { props: { bundle, stage: stageByCode(bundle.stage), services: servicesByCodes(bundle.services) } }
}

/** One bundle: what it saves the resident, and the guides it covers in order. */
export default function BundlePage({ bundle, services, stage }: Props) {
  return (
    <Layout
      title={bundle.title}
      description={bundle.summary}
      crumbs={[
        { href: PORTAL_PATHS.home(), label: '首页' },
        { href: PORTAL_PATHS.bundles(), label: '一件事一次办' },
      ]}
    >
      <h1>{bundle.title}</h1>
      <p className="lead">{bundle.summary}</p>
      <section aria-labelledby="benefits-title" className="callout">
        <h2 id="benefits-title">一次办好，省去哪些麻烦</h2>
        <ul>
          {bundle.benefits.map((benefit) => (
            <li key={benefit}>{benefit}</li>
          ))}
        </ul>
      </section>
      <h2>包含的事项（共 {services.length} 项）</h2>
      <ServiceList services={services} />
      <p>
        更多“{stage.title}”阶段的服务：<a href={PORTAL_PATHS.stage(stage.slug)}>{stage.title}</a>
      </p>
    </Layout>
  )
}
