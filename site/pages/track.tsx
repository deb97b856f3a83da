import type { GetStaticProps } from 'next'

import { PORTAL_PATHS } from '../../collections/catalogue/portalPaths'
import { ErrorSummary, TextInput } from '../components/form/Fields'
import { Layout } from '../components/Layout'
import { PhoneLink } from '../components/PhoneLink'
import { StatusView } from '../components/track/StatusView'
import { assetUrl } from '../lib/assets'
import { apiOrigin, HOTLINE } from '../lib/site'

export const config = { unstable_runtimeJS: false }

type Props = { api: string }

export const getStaticProps: GetStaticProps<Props> = () => ({ props: { api: apiOrigin() } })

/**
 * 查询办件进度: the tracking number (from ?t= when the confirmation page
 * linked here) and the query code, which never goes into the address: the
 * form posts both to /api/applications/status, which answers a browser
 * without JavaScript with the status page (collections/Applications/lib/statusPage.ts).
 * site/client/track.ts asks the same endpoint itself and shows the answer,
 * with the supplement, withdraw and rating forms the application allows; it
 * opens a signed-in resident's own application from ?t= without a code.
 */
export default function TrackPage({ api }: Props) {
  return (
    <Layout
      title="查询办件进度"
      description="用受理编号和查询码查询在线申请的办理进度，补充材料、撤回申请或评价。"
      crumbs={[{ href: PORTAL_PATHS.home(), label: '首页' }]}
    >
      <h1>查询办件进度</h1>
      <div data-lookup>
        <p className="lead">输入提交申请时得到的受理编号和查询码。</p>
        <ErrorSummary id="lookup-errors" title="请修改以下问题" />
        <form
          className="lookup-form"
          method="post"
          action={`${api}/api/applications/status`}
          encType="multipart/form-data"
          noValidate
          data-lookup-form
          data-api={api}
        >
          <TextInput field="trackingNumber" label="受理编号" hint="以YZ开头（一件事的联办编号以YJ开头），共16位，在提交成功的页面和短信里。" width={20} spellCheck={false} />
          <TextInput
            field="queryCode"
            label="查询码"
            hint="6位数字，提交成功时页面上显示过。"
            inputMode="numeric"
            width={10}
          />
          <button type="submit" className="button" data-submit>
            查询
          </button>
        </form>
        <p>
          忘记了受理编号或查询码，请拨打 <PhoneLink number={HOTLINE} />，工作人员核实身份后帮您查询。
        </p>
      </div>
      <StatusView />
      <script type="module" src={assetUrl('track.js')} />
    </Layout>
  )
}
