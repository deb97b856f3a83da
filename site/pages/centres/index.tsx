import type { GetStaticProps } from 'next'

import { PORTAL_PATHS } from '../../../collections/catalogue/portalPaths'
import { CentreList } from '../../components/CentreList'
import { Layout } from '../../components/Layout'
import { catalogue, type SnapshotCentre } from '../../lib/catalogue'

export const config = { unstable_runtimeJS: false }

type Props = { centres: SnapshotCentre[] }

export const getStaticProps: GetStaticProps<Props> = () => ({ props: { centres: catalogue().centres } })

/** The service centres (政务服务中心) of the city's districts and streets. */
export default function Centres({ centres }: Props) {
  return (
    <Layout title="政务服务中心" description="各区、街道政务服务中心的地址、时间和电话。" crumbs={[{ href: PORTAL_PATHS.home(), label: '首页' }]}>
      <h1>政务服务中心</h1>
      <p className="lead">需要到现场办的事，可以到下面的服务中心办理。出发前可先打电话确认。</p>
      <CentreList centres={centres} headingLevel={2} />
    </Layout>
  )
}
