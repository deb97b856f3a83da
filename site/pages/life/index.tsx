import type { GetStaticProps } from 'next'

import { PORTAL_PATHS } from '../../../collections/catalogue/portalPaths'
import { Layout } from '../../components/Layout'
import { Tag } from '../../components/life/LifeParts'
import { PhoneLink } from '../../components/PhoneLink'
import { lifeServices, type SnapshotLifeCategory } from '../../lib/catalogue'
import { HOTLINE } from '../../lib/site'

export const config = { unstable_runtimeJS: false }

type Props = { categories: SnapshotLifeCategory[] }

export const getStaticProps: GetStaticProps<Props> = () => ({ props: { categories: lifeServices().categories } })

/** 生活服务: the categories residents book vetted providers in, and the ways in for workers' checks and providers. */
export default function LifePage({ categories }: Props) {
  return (
    <Layout title="生活服务" description="家政保洁、维修开锁、养老护理等生活服务：政府审核的加盟企业，明码标价，部分服务有政府补贴。" crumbs={[{ href: PORTAL_PATHS.home(), label: '首页' }]}>
      <h1>生活服务</h1>
      <p className="lead">选择服务类别，查看服务标准、加盟企业和价格，在网上预约上门服务。加盟企业都经过审核，服务人员持证上岗。</p>
      <ul className="card-list">
        {categories.map((category) => (
          <li key={category.code}>
            <h2>
              <a href={PORTAL_PATHS.lifeCategory(category.code)}>{category.name}</a>
            </h2>
            <p>{category.summary}</p>
            {category.subsidy && <Tag text="有政府补贴" />}
          </li>
        ))}
      </ul>
      <h2>更多</h2>
      <ul>
        <li>
          <a href={PORTAL_PATHS.lifeWorker()}>查验服务人员</a>：开门前核验上门服务人员的服务卡。
        </li>
        <li>
          <a href={PORTAL_PATHS.providerSignIn()}>企业登录</a>：加盟企业登录企业工作台。
        </li>
        <li>
          <a href={PORTAL_PATHS.lifeJoin()}>加盟申请</a>：生活服务企业申请加入平台。
        </li>
      </ul>
      <p>
        不会上网预约，请拨打 <PhoneLink number={HOTLINE} />，由接线员帮您预约。
      </p>
    </Layout>
  )
}
