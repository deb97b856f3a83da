import type { GetStaticProps } from 'next'

import { PORTAL_PATHS } from '../../../collections/catalogue/portalPaths'
import { Layout } from '../../components/Layout'
import { dateText } from '../../lib/dates'
import { publishedAnswers } from '../../lib/publicData'
import type { PublicAnswer } from '../../lib/snapshot'

export const config = { unstable_runtimeJS: false }

type Props = { answers: PublicAnswer[] }

export const getStaticProps: GetStaticProps<Props> = () => ({ props: { answers: publishedAnswers() } })

/** 答复公开: answers to 建议 and 咨询 whose senders agreed to their publication, newest first. */
export default function Answers({ answers }: Props) {
  return (
    <Layout title="答复公开" description="12345热线对群众建议和咨询的答复，经本人同意后公开。" crumbs={[{ href: PORTAL_PATHS.home(), label: '首页' }]}>
      <h1>答复公开</h1>
      <p>
        这里公开12345热线和承办部门对建议、咨询的答复。只公开提出人同意公开、并经工作人员核对的答复，已去掉姓名、电话、证件号码和地址等个人信息。
      </p>
      {answers.length === 0 ? (
        <p>目前还没有公开的答复。</p>
      ) : (
        <ol className="answer-list">
          {answers.map((answer, index) => (
            <li key={index}>
              <h2>
                {answer.kind}：{answer.question.split('\n')[0]}
              </h2>
              <dl className="contacts">
                <div>
                  <dt>收到日期</dt>
                  <dd>{dateText(answer.receivedAt)}</dd>
                </div>
                <div>
                  <dt>答复日期</dt>
                  <dd>{answer.answeredAt ? dateText(answer.answeredAt) : '—'}</dd>
                </div>
                <div>
                  <dt>答复单位</dt>
                  <dd>{answer.department}</dd>
                </div>
              </dl>
              <h3>问题</h3>
              <p className="pre-line">{answer.question}</p>
              <h3>答复</h3>
              <p className="pre-line">{answer.reply}</p>
            </li>
          ))}
        </ol>
      )}
      <p>
        <a href={PORTAL_PATHS.decisions()}>诉求处理决定</a> · <a href={PORTAL_PATHS.statistics()}>办事和热线数据</a> · <a href={PORTAL_PATHS.hotline()}>网上12345</a>
      </p>
    </Layout>
  )
}
