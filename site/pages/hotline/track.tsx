import type { GetStaticProps } from 'next'

import { PORTAL_PATHS } from '../../../collections/catalogue/portalPaths'
import { TextInput } from '../../components/form/Fields'
import { Layout } from '../../components/Layout'
import { PhoneLink } from '../../components/PhoneLink'
import { assetUrl } from '../../lib/assets'
import { apiOrigin, HOTLINE } from '../../lib/site'

export const config = { unstable_runtimeJS: false }

type Props = { api: string }

export const getStaticProps: GetStaticProps<Props> = () => ({ props: { api: apiOrigin() } })

/**
 * 查询诉求办理进度: the order number (from ?n= when the confirmation linked
 * here) and the phone it was filed with, posted to /api/tickets/track,
 * which answers with a page: the status, the public steps, the reply, and
 * after 办结 the rating and "没有解决" forms. The phone never goes into the
 * address. Works the same with or without JavaScript.
 */
export default function HotlineTrackPage({ api }: Props) {
  return (
    <Layout
      title="查询诉求办理进度"
      description="用工单编号和提交时留的手机号码查询网上12345诉求的办理进度和答复，办结后评价。"
      crumbs={[
        { href: PORTAL_PATHS.home(), label: '首页' },
        { href: PORTAL_PATHS.hotline(), label: '网上12345' },
      ]}
    >
      <h1>查询诉求办理进度</h1>
      <p className="lead">输入工单编号和提交诉求时留的手机号码。</p>
      <form className="lookup-form" method="post" action={`${api}/api/tickets/track`} encType="multipart/form-data" noValidate data-hotline-track>
        <TextInput field="number" label="工单编号" hint="以GD开头，共16位，在提交成功的页面和短信里。" width={20} spellCheck={false} />
        <TextInput field="phone" label="手机号码" type="tel" autoComplete="tel" inputMode="tel" width={20} />
        <button type="submit" className="button">
          查询
        </button>
      </form>
      <p>
        忘记了工单编号，请拨打 <PhoneLink number={HOTLINE} /> 查询。
      </p>
      <script type="module" src={assetUrl('hotline.js')} />
    </Layout>
  )
}
