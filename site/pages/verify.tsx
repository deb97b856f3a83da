import type { GetStaticProps } from 'next'

import { PORTAL_PATHS } from '../../collections/catalogue/portalPaths'
import { RESULT_PATHS } from '../../collections/ResultDocuments/states'
import { ErrorSummary, TextInput } from '../components/form/Fields'
import { Layout } from '../components/Layout'
import { PhoneLink } from '../components/PhoneLink'
import { assetUrl } from '../lib/assets'
import { apiOrigin, HOTLINE } from '../lib/site'

export const config = { unstable_runtimeJS: false }

type Props = { api: string }

export const getStaticProps: GetStaticProps<Props> = () => ({ props: { api: apiOrigin() } })

/**
 * 核验: anyone holding a result document (an employer, a landlord, another
 * office) checks that it is genuine and current by its verification number.
 * The form posts to /api/results/verify, which answers a browser without
 * JavaScript with the result as a page; site/client/verify.ts asks the same
 * endpoint and shows the answer here, and fills in the number the
 * document's QR code carries (?n=).
 */
export default function VerifyPage({ api }: Props) {
  return (
    <Layout
      title="核验结果文件"
      description="输入结果文件上的核验编号，查验文件是否由本平台出具、目前是否有效。"
      crumbs={[{ href: PORTAL_PATHS.home(), label: '首页' }]}
    >
      <h1>核验结果文件</h1>
      <p className="lead">输入结果文件页脚的核验编号，或用手机扫描文件上的二维码，查验文件是否由本平台出具、目前是否有效。</p>
      <ErrorSummary id="verify-errors" title="请修改以下问题" />
      <form className="lookup-form" method="post" action={`${api}${RESULT_PATHS.verify}`} encType="multipart/form-data" noValidate data-verify-form>
        <TextInput field="n" label="核验编号" hint="16位字母和数字，如 7K3M-Q9XA-2D4F-HT8B，不区分大小写，短横线可以不输。" width={20} spellCheck={false} />
        <button type="submit" className="button">
          查询
        </button>
      </form>
      <section className="verify-result" data-verify-result hidden aria-labelledby="verify-result-title" tabIndex={-1}>
        <h2 id="verify-result-title">
          核验结果：<span data-verify-status />
        </h2>
        <p data-verify-verdict />
        <dl className="summary-list" data-verify-rows />
      </section>
      <p>核验只显示文件的名称、出具部门、出具时间和持有人的部分姓名，不显示其他个人信息。</p>
      <p>
        对文件内容有疑问，请联系出具部门，或拨打 <PhoneLink number={HOTLINE} />。
      </p>
      <script type="module" src={assetUrl('verify.js')} />
    </Layout>
  )
}
