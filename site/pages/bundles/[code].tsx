import type { GetStaticPaths, GetStaticProps } from 'next'

import { PORTAL_PATHS } from '../../../collections/catalogue/portalPaths'
import { applicabilityText } from '../../../collections/Bundles/form/applicability'
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
import { type BundleFacts, bundleFacts } from '../../lib/bundles'

export const config = { unstable_runtimeJS: false }

type Props = { bundle: SnapshotBundle; facts: Pick<BundleFacts, 'applicability' | 'steps'>; services: SnapshotServiceSummary[]; stage: SnapshotStage }

export const getStaticPaths: GetStaticPaths = () => ({
  paths: catalogue().bundles.map((bundle) => ({ params: { code: bundle.code } })),
  fallback: false,
})

export const getStaticProps: GetStaticProps<Props, { code: string }> = ({ params }) => {
  const bundle = catalogue().bundles.find((candidate) => candidate.code === params?.code)
  if (!bundle) return { notFound: true }
  const { applicability, steps } = bundleFacts(bundle)
  return { props: { bundle, facts: { applicability, steps }, stage: stageByCode(bundle.stage), services: servicesByCodes(bundle.services) } }
}

/** 一次申请 when the bundle can be applied for as one; otherwise why not, in plain words, and each service's own way. */
function HowToApply({ bundle, facts }: Pick<Props, 'bundle' | 'facts'>) {
  if (facts.applicability.applicable) {
    return (
      <section aria-labelledby="apply-title" className="callout" data-bundle-apply>
        <h2 id="apply-title">一次申请</h2>
        <p>
          填一张表、交一套材料，{facts.steps.length}个事项同时提交，由各部门分别办理。提交后您会得到一个联办编号和查询码，可以一次查看全部事项的进度。
        </p>
        <p>
          <a className="button button--start" href={PORTAL_PATHS.applyBundle(bundle.code)}>
            一次申请{bundle.title}
          </a>
        </p>
      </section>
    )
  }
  return (
    <section aria-labelledby="apply-title" className="callout callout--warning" data-bundle-separately>
      <h2 id="apply-title">这件事暂不能一次申请</h2>
      <p>{applicabilityText(facts.applicability)}</p>
      <p>请按下面的顺序分别办理：</p>
      <ol>
        {facts.steps.map((step) => (
          <li key={step.code}>
            <a href={step.href}>{step.title}</a>：{step.how}
          </li>
        ))}
      </ol>
    </section>
  )
}

/** One bundle: what it saves the resident, whether it can be applied for as one (and if not, why and how instead), and the guides it covers in order. */
export default function BundlePage({ bundle, facts, services, stage }: Props) {
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
      <HowToApply bundle={bundle} facts={facts} />
      <h2>包含的事项（共 {services.length} 项）</h2>
      <ServiceList services={services} />
      <p>
        更多“{stage.title}”阶段的服务：<a href={PORTAL_PATHS.stage(stage.slug)}>{stage.title}</a>
      </p>
    </Layout>
  )
}
