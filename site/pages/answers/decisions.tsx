import type { GetStaticProps } from 'next'

import { PORTAL_PATHS } from '../../../collections/catalogue/portalPaths'
import { Layout } from '../../components/Layout'
import { dateText } from '../../lib/dates'
import { publishedDecisions } from '../../lib/publicData'
import type { PublicDecision } from '../../lib/snapshot'

export const config = { unstable_runtimeJS: false }

type Props = { decisions: PublicDecision[] }

export const getStaticProps: GetStaticProps<Props> = () => ({ props: { decisions: publishedDecisions() } })

/** 诉求处理决定: what was decided on each class of demands residents raised, newest first. */
export default function Decisions({ decisions }: Props) {
  return (
    <Layout
      title="诉求处理决定"
      description="群众通过12345热线、网站和办事评价反映较多的问题，以及政府作出的处理决定。"
      crumbs={[
        { href: PORTAL_PATHS.home(), label: '首页' },
        { href: PORTAL_PATHS.answers(), label: '答复公开' },
      ]}
    >
      <h1>诉求处理决定</h1>
      <p>
        群众通过12345热线、网站留言、指南纠错和办事评价反映的问题，相似的会归在一起分析。这里公开对每一类问题作出的决定：新增服务、修改办事指南、转政策研究，或者不予采纳及其理由。新增或修改的服务发布后，反映过这个问题、留有手机号码的群众会收到短信。
      </p>
      {decisions.length === 0 ? (
        <p>目前还没有公开的处理决定。</p>
      ) : (
        <ol className="answer-list">
          {decisions.map((decision, index) => (
            <li key={index}>
              <h2>{decision.summary}</h2>
              <dl className="contacts">
                <div>
                  <dt>处理决定</dt>
                  <dd>{decision.kind}</dd>
                </div>
                <div>
                  <dt>决定日期</dt>
                  <dd>{dateText(decision.decidedOn)}</dd>
                </div>
                <div>
                  <dt>反映次数</dt>
                  <dd>{decision.demands} 次</dd>
                </div>
                {decision.district ? (
                  <div>
                    <dt>地区</dt>
                    <dd>{decision.district}</dd>
                  </div>
                ) : null}
                {decision.service ? (
                  <div>
                    <dt>相关服务</dt>
                    <dd>
                      <a href={PORTAL_PATHS.service(decision.service.code)}>{decision.service.title}</a>
                    </dd>
                  </div>
                ) : null}
              </dl>
              <h3>说明</h3>
              <p className="pre-line">{decision.note}</p>
            </li>
          ))}
        </ol>
      )}
      <p>
        <a href={PORTAL_PATHS.answers()}>答复公开</a> · <a href={PORTAL_PATHS.statistics()}>办事和热线数据</a>
      </p>
    </Layout>
  )
}
