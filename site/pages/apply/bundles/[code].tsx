import type { GetStaticPaths, GetStaticProps } from 'next'

import { PORTAL_PATHS } from '../../../../collections/catalogue/portalPaths'
import { CheckAnswers } from '../../../components/apply/CheckAnswers'
import { JointConfirmation } from '../../../components/apply/JointConfirmation'
import { ApplyForm } from '../../../components/apply/ApplyForm'
import { ErrorSummary } from '../../../components/form/Fields'
import { Layout } from '../../../components/Layout'
import { PhoneLink } from '../../../components/PhoneLink'
import { assetUrl } from '../../../lib/assets'
import { type BundleStep, bundleFacts } from '../../../lib/bundles'
import { catalogue, type SnapshotDistrict, type SnapshotService } from '../../../lib/catalogue'
import { APPLICATION_FORM_DATA, DIVISIONS_DATA, jsonIsland } from '../../../lib/forms'
import { apiOrigin, HOTLINE } from '../../../lib/site'

export const config = { unstable_runtimeJS: false }

type Props = {
  api: string
  bundle: { code: string; title: string }
  districts: SnapshotDistrict[]
  form: SnapshotService['applicationForm']
  materials: SnapshotService['materials']
  steps: BundleStep[]
}

/** Only the bundles that can be applied for as one have this page (the bundle's own page says why the others cannot). */
const applicableBundles = () => catalogue().bundles.filter((bundle) => bundleFacts(bundle).applicability.applicable)

export const getStaticPaths: GetStaticPaths = () => ({
  paths: applicableBundles().map((bundle) => ({ params: { code: bundle.code } })),
  fallback: false,
})

export const getStaticProps: GetStaticProps<Props, { code: string }> = ({ params }) => {
  const bundle = applicableBundles().find((candidate) => candidate.code === params?.code)
  if (!bundle) return { notFound: true }
  const { form, materials, steps } = bundleFacts(bundle)
  return { props: { api: apiOrigin(), bundle: { code: bundle.code, title: bundle.title }, districts: catalogue().divisions ?? [], form: form!, materials, steps } }
}

/**
 * 一次申请: a 一件事's one form — its services' questions merged (asked once),
 * one set of materials — posted to /api/applications/submit-bundle, which
 * makes one application per service, each in its own department, tied to a
 * joint case. The form's inside is the single service's own
 * (ApplicationFormSections); site/client/apply.ts enhances it the same way.
 */
export default function ApplyBundlePage({ api, bundle, districts, form, materials, steps }: Props) {
  return (
    <Layout
      title={`一次申请：${bundle.title}`}
      description={`一张表申请${bundle.title}包含的${steps.length}个事项，提交后可查询办理进度。`}
      crumbs={[
        { href: PORTAL_PATHS.home(), label: '首页' },
        { href: PORTAL_PATHS.bundles(), label: '一件事一次办' },
        { href: PORTAL_PATHS.bundle(bundle.code), label: bundle.title },
      ]}
    >
      <div data-application>
        <h1>一次申请：{bundle.title}</h1>
        <p className="lead">
          填一张表、交一套材料，下面{steps.length}个事项同时提交。每个事项由负责的部门分别审核、办理；几个事项都要问的内容只问一次。
        </p>
        <ol>
          {steps.map((step) => (
            <li key={step.code}>{step.title}</li>
          ))}
        </ol>
        <div className="callout">
          <h2>开始前请准备好</h2>
          <ul>
            <li>您的居民身份证号码和手机号码</li>
            {form.uploads.map((upload) => (
              <li key={upload.material}>
                {upload.material}的照片或扫描件{upload.required ? '' : '（如有）'}
              </li>
            ))}
          </ul>
          <p>
            不会在网上填写的，请拨打 <PhoneLink number={HOTLINE} /> 由工作人员帮您办理，也可以<a href={PORTAL_PATHS.bundle(bundle.code)}>分别办理每一项</a>。
          </p>
        </div>

        <ErrorSummary id="error-summary" title="提交前请修改以下问题" />
        <ApplyForm api={api} bundle code={bundle.code} definition={form} districts={districts} reusable={materials} />
        <p>
          <a href={PORTAL_PATHS.bundle(bundle.code)}>返回{bundle.title}</a>
        </p>
      </div>

      <CheckAnswers />
      <JointConfirmation bundleTitle={bundle.title} />

      <script type="application/json" id={APPLICATION_FORM_DATA} dangerouslySetInnerHTML={{ __html: jsonIsland(form) }} />
      <script type="application/json" id={DIVISIONS_DATA} dangerouslySetInnerHTML={{ __html: jsonIsland(districts) }} />
      <script type="module" src={assetUrl('apply.js')} />
    </Layout>
  )
}
