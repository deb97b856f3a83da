import type { GetStaticPaths, GetStaticProps } from 'next'

import { PORTAL_PATHS } from '../../../collections/catalogue/portalPaths'
import { Layout } from '../../components/Layout'
import { ServiceList } from '../../components/ServiceList'
import {
  bundlesOfStage,
  catalogue,
  servicesWhere,
  type SnapshotBundle,
  type SnapshotServiceSummary,
  type SnapshotStage,
  type SnapshotTopic,
  topicsOfStage,
} from '../../lib/catalogue'

export const config = { unstable_runtimeJS: false }

type Props = {
  bundles: SnapshotBundle[]
  next: null | SnapshotStage
  previous: null | SnapshotStage
  stage: SnapshotStage
  topics: { services: SnapshotServiceSummary[]; topic: SnapshotTopic }[]
}

const stagesInOrder = () => [...catalogue().stages].sort((a, b) => a.order - b.order)

export const getStaticPaths: GetStaticPaths = () => ({
  paths: catalogue().stages.map((stage) => ({ params: { slug: stage.slug } })),
  fallback: false,
})

export const getStaticProps: GetStaticProps<Props, { slug: string }> = ({ params }) => {
  const stages = stagesInOrder()
  const index = stages.findIndex((stage) => stage.slug === params?.slug)
  const stage = stages[index]
  if (!stage) return { notFound: true }
  return {
    props: {
      stage,
      previous: stages[index - 1] ?? null,
      next: stages[index + 1] ?? null,
      bundles: bundlesOfStage(stage.code),
      topics: topicsOfStage(stage.code).map((topic) => ({
        topic,
        services: servicesWhere((service) => service.topic === topic.code),
      })),
    },
  }
}

/** A life stage: its topics with their guides, its bundles, and the stages before and after. */
export default function StagePage({ bundles, next, previous, stage, topics }: Props) {
  return (
    <Layout title={stage.title} description={stage.summary} crumbs={[{ href: PORTAL_PATHS.home(), label: '首页' }]}>
      <h1>{stage.title}</h1>
      <p className="lead">{stage.summary}</p>
      {topics.length > 1 && (
        <nav aria-label="本阶段的主题" className="contents">
          <h2 className="contents__title">本阶段的主题</h2>
          <ul>
            {topics.map(({ topic }) => (
              <li key={topic.code}>
                <a href={`#topic-${topic.code}`}>{topic.title}</a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {bundles.map((bundle) => (
        <aside key={bundle.code} className="callout">
          <h2>一件事一次办：{bundle.title}</h2>
          <p>{bundle.summary}</p>
          <p>
            <a href={PORTAL_PATHS.bundle(bundle.code)}>查看“{bundle.title}”包含的事项</a>
          </p>
        </aside>
      ))}
      {topics.map(({ services, topic }) => (
        <section key={topic.code} id={`topic-${topic.code}`} aria-labelledby={`topic-${topic.code}-title`}>
          <h2 id={`topic-${topic.code}-title`}>
            <a href={PORTAL_PATHS.topic(topic.code)}>{topic.title}</a>
          </h2>
          <p>{topic.summary}</p>
          <ServiceList services={services} />
        </section>
      ))}
      <nav className="pager" aria-label="人生阶段">
        {previous && (
          <a href={PORTAL_PATHS.stage(previous.slug)} rel="prev">
            上一阶段：{previous.title}
          </a>
        )}
        {next && (
          <a href={PORTAL_PATHS.stage(next.slug)} rel="next">
            下一阶段：{next.title}
          </a>
        )}
      </nav>
    </Layout>
  )
}
