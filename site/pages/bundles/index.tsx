import type { GetStaticProps } from 'next'

import { PORTAL_PATHS } from '../../../collections/catalogue/portalPaths'
import { Layout } from '../../components/Layout'
import { bundleFacts } from '../../lib/bundles'
import { catalogue, type SnapshotBundle } from '../../lib/catalogue'

export const config = { unstable_runtimeJS: false }

type Props = { bundles: (SnapshotBundle & { asOne: boolean })[] }

export const getStaticProps: GetStaticProps<Props> = () => ({
  props: { bundles: catalogue().bundles.map((bundle) => ({ ...bundle, asOne: bundleFacts(bundle).applicability.applicable })) },
})

/** 一件事一次办: the bundles of services handled together. */
export default function Bundles({ bundles }: Props) {
  return (
    <Layout
      title="一件事一次办"
      description="把相关联的多个事项合在一起：能一次申请的一张表提交，暂时不能的写清每一项在哪里办。"
      crumbs={[{ href: PORTAL_PATHS.home(), label: '首页' }]}
    >
      <h1>一件事一次办</h1>
      <p className="lead">
        人生中的一件大事，往往要跑好几个部门。这里把它们合在一起：能一次申请的，填一张表就能同时提交；暂时不能的，写清每一项在哪里办。
      </p>
      <ul className="card-list">
        {bundles.map((bundle) => (
          <li key={bundle.code}>
            <h2>
              <a href={PORTAL_PATHS.bundle(bundle.code)}>{bundle.title}</a>
            </h2>
            <p>{bundle.summary}</p>
            <p>{bundle.asOne ? '可以一次申请' : '暂不能一次申请，需分别办理'}</p>
          </li>
        ))}
      </ul>
    </Layout>
  )
}
