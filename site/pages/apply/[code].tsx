import type { GetStaticPaths, GetStaticProps } from 'next'

import { PORTAL_PATHS } from '../../../collections/catalogue/portalUrl'
import { Layout } from '../../components/Layout'
import { PhoneLink } from '../../components/PhoneLink'
import { catalogue, readService, type SnapshotService } from '../../lib/catalogue'
import { HOTLINE } from '../../lib/site'

export const config = { unstable_runtimeJS: false }

type Props = { service: SnapshotService }

export const getStaticPaths: GetStaticPaths = () => ({
  paths: catalogue()
    .services.filter((service) => service.kind === 'online')
    .map((service) => ({ params: { code: service.code } })),
  fallback: false,
})

export const getStaticProps: GetStaticProps<Props, { code: string }> = ({ params }) => ({
  props: { service: readService(params?.code ?? '') },
})

/**
 * 在线办理 for an online service. Until online submission opens (the
 * applications module), the page tells the resident what the application
 * will ask for and how to apply today.
 */
export default function ApplyPage({ service }: Props) {
  const { fields, uploads } = service.applicationForm
  return (
    <Layout
      title={`在线办理：${service.title}`}
      description={`在线办理${service.title}需要填写的信息和上传的材料。`}
      crumbs={[
        { href: PORTAL_PATHS.home(), label: '首页' },
        { href: PORTAL_PATHS.service(service.code), label: service.title },
      ]}
    >
      <h1>在线办理：{service.title}</h1>
      <p className="callout">
        本市网上申请功能正在开通中。现在请按<a href={`${PORTAL_PATHS.service(service.code)}#where`}>办理地点</a>
        到窗口办理，或拨打 <PhoneLink number={HOTLINE} /> 由工作人员帮您办理。
      </p>
      <h2>申请时需要填写</h2>
      <ul>
        {fields.map((field) => (
          <li key={field.name}>
            {field.label}
            {field.required ? '' : '（选填）'}
            {field.help && <span className="hint">：{field.help}</span>}
          </li>
        ))}
      </ul>
      {uploads.length > 0 && (
        <>
          <h2>需要上传的材料</h2>
          <ul>
            {uploads.map((upload) => (
              <li key={upload.material}>
                {upload.material}
                {upload.required ? '' : '（选填）'}
              </li>
            ))}
          </ul>
        </>
      )}
      <p>
        <a href={PORTAL_PATHS.service(service.code)}>返回办事指南</a>
      </p>
    </Layout>
  )
}
