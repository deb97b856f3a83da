import type { GetStaticPaths, GetStaticProps } from 'next'

import { PORTAL_PATHS } from '../../../collections/catalogue/portalPaths'
import { Layout } from '../../components/Layout'
import { PhoneLink } from '../../components/PhoneLink'
import { ServiceList } from '../../components/ServiceList'
import { catalogue, servicesWhere, type SnapshotCentre, type SnapshotServiceSummary } from '../../lib/catalogue'

export const config = { unstable_runtimeJS: false }

type Props = { centre: SnapshotCentre; services: SnapshotServiceSummary[] }

export const getStaticPaths: GetStaticPaths = () => ({
  paths: catalogue().centres.map((centre) => ({ params: { code: centre.code } })),
  fallback: false,
})

export const getStaticProps: GetStaticProps<Props, { code: string }> = ({ params }) => {
  const centre = catalogue().centresByCode.get(params?.code ?? '')
  if (!centre) return { notFound: true }
  return { props: { centre, services: servicesWhere((service) => service.centres.includes(centre.code)) } }
}

/** One centre: how to get there and what it handles. */
export default function CentrePage({ centre, services }: Props) {
  return (
    <Layout
      title={centre.name}
      description={`${centre.name}的地址、办公时间、电话和可以办理的事项。`}
      crumbs={[
        { href: PORTAL_PATHS.home(), label: '首页' },
        { href: PORTAL_PATHS.centres(), label: '政务服务中心' },
      ]}
    >
      <h1>{centre.name}</h1>
      <p className="lead">服务范围：{centre.divisionName}</p>
      <dl className="contacts">
        <div>
          <dt>地址</dt>
          <dd>{centre.address}</dd>
        </div>
        <div>
          <dt>办公时间</dt>
          <dd>{centre.hours}</dd>
        </div>
        <div>
          <dt>电话</dt>
          <dd>
            <PhoneLink number={centre.phone} />
          </dd>
        </div>
        <div>
          <dt>交通</dt>
          <dd>{centre.transport}</dd>
        </div>
        <div>
          <dt>无障碍和适老服务</dt>
          <dd>{centre.accessibility}</dd>
        </div>
      </dl>
      <h2>在这里可以办的事（共 {services.length} 项）</h2>
      <ServiceList services={services} />
    </Layout>
  )
}
