import type { GetStaticPaths, GetStaticProps } from 'next'

import { PORTAL_PATHS } from '../../../collections/catalogue/portalPaths'
import { Layout } from '../../components/Layout'
import { PhoneLink } from '../../components/PhoneLink'
import { ServiceList } from '../../components/ServiceList'
import { catalogue, servicesWhere, type SnapshotDepartment, type SnapshotServiceSummary } from '../../lib/catalogue'

export const config = { unstable_runtimeJS: false }

type Props = { department: SnapshotDepartment; services: SnapshotServiceSummary[] }

export const getStaticPaths: GetStaticPaths = () => ({
  paths: catalogue()
    .departments.filter((department) => catalogue().services.some((service) => service.department === department.code))
    .map((department) => ({ params: { code: department.code } })),
  fallback: false,
})

export const getStaticProps: GetStaticProps<Props, { code: string }> = ({ params }) => {
  const department = catalogue().departmentsByCode.get(params?.code ?? '')
  if (!department) return { notFound: true }
  return { props: { department, services: servicesWhere((service) => service.department === department.code) } }
}

/** One department: how to reach it and the guides it is responsible for. */
export default function DepartmentPage({ department, services }: Props) {
  const contacts = [
    ['简介', department.description],
    ['地址', department.address],
    ['办公时间', department.officeHours],
  ] as const
  return (
    <Layout
      title={department.name}
      description={`${department.name}负责的办事事项和联系方式。`}
      crumbs={[
        { href: PORTAL_PATHS.home(), label: '首页' },
        { href: PORTAL_PATHS.departments(), label: '按部门查找' },
      ]}
    >
      <h1>{department.name}</h1>
      <dl className="contacts">
        {contacts.map(([label, value]) =>
          value ? (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ) : null,
        )}
        {department.phone && (
          <div>
            <dt>咨询电话</dt>
            <dd>
              <PhoneLink number={department.phone} />
            </dd>
          </div>
        )}
        {department.website && (
          <div>
            <dt>网站</dt>
            <dd>
              <a href={department.website} rel="noopener">
                {department.website}
              </a>
            </dd>
          </div>
        )}
      </dl>
      <h2>负责的事项（共 {services.length} 项）</h2>
      <ServiceList services={services} />
    </Layout>
  )
}
