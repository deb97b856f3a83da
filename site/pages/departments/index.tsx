import type { GetStaticProps } from 'next'

import { PORTAL_PATHS } from '../../../collections/catalogue/portalPaths'
import { Layout } from '../../components/Layout'
import { catalogue } from '../../lib/catalogue'

export const config = { unstable_runtimeJS: false }

type Props = { departments: { code: string; count: number; name: string }[] }

export const getStaticProps: GetStaticProps<Props> = () => {
  const { departments, services } = catalogue()
  const collator = new Intl.Collator('zh-CN-u-co-pinyin')
  return {
    props: {
      departments: departments
        .map(({ code, name }) => ({ code, name, count: services.filter((service) => service.department === code).length }))
        .filter((department) => department.count > 0)
        .sort((a, b) => collator.compare(a.name, b.name)),
    },
  }
}

/** The departments that handle the city's services, each with its guides. */
export default function Departments({ departments }: Props) {
  return (
    <Layout title="按部门查找" description="按主管部门查找办事事项。" crumbs={[{ href: PORTAL_PATHS.home(), label: '首页' }]}>
      <h1>按部门查找</h1>
      <ul className="index-list">
        {departments.map((department) => (
          <li key={department.code}>
            <a href={PORTAL_PATHS.department(department.code)}>{department.name}</a>（{department.count} 项）
          </li>
        ))}
      </ul>
    </Layout>
  )
}
