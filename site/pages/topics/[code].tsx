import type { GetStaticPaths, GetStaticProps } from 'next'

import { PORTAL_PATHS } from '../../../collections/catalogue/portalPaths'
import { Layout } from '../../components/Layout'
import { ServiceList } from '../../components/ServiceList'
import {
  catalogue,
  servicesWhere,
  type SnapshotServiceSummary,
  type SnapshotStage,
  type SnapshotTopic,
  stageByCode,
  topicsOfStage,
} from '../../lib/catalogue'

export const config = { unstable_runtimeJS: false }

type Props = {
  otherTopics: SnapshotTopic[]
  services: SnapshotServiceSummary[]
  stage: SnapshotStage
  topic: SnapshotTopic
}

export const getStaticPaths: GetStaticPaths = () => ({
  paths: catalogue().topics.map((topic) => ({ params: { code: topic.code } })),
  fallback: false,
})

export const getStaticProps: GetStaticProps<Props, { code: string }> = ({ params }) => {
  const topic = catalogue().topicsByCode.get(params?.code ?? '')
  if (!topic) return { notFound: true }
  return {
    props: {
      topic,
      stage: stageByCode(topic.stage),
      services: servicesWhere((service) => service.topic === topic.code),
      otherTopics: topicsOfStage(topic.stage).filter((other) => other.code !== topic.code),
    },
  }
}

/** A topic: its guides, and the other topics of the same life stage. */
export default function TopicPage({ otherTopics, services, stage, topic }: Props) {
  return (
    <Layout
      title={topic.title}
      description={topic.summary}
      crumbs={[
        { href: PORTAL_PATHS.home(), label: '首页' },
        { href: PORTAL_PATHS.stage(stage.slug), label: stage.title },
      ]}
    >
      <h1>{topic.title}</h1>
      <p className="lead">{topic.summary}</p>
      <h2>可以办的事</h2>
      <ServiceList services={services} />
      {otherTopics.length > 0 && (
        <aside aria-labelledby="other-topics" className="related">
          <h2 id="other-topics">“{stage.title}”阶段的其他主题</h2>
          <ul>
            {otherTopics.map((other) => (
              <li key={other.code}>
                <a href={PORTAL_PATHS.topic(other.code)}>{other.title}</a>
              </li>
            ))}
          </ul>
        </aside>
      )}
    </Layout>
  )
}
