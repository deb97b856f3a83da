import type { GetStaticPaths, GetStaticProps } from 'next'

import type { FormDefinition } from '../../../collections/Applications/form/validate'
import { PORTAL_PATHS } from '../../../collections/catalogue/portalPaths'
import { ApplicationConfirmation } from '../../components/apply/Confirmation'
import { ApplyForm } from '../../components/apply/ApplyForm'
import { ErrorSummary } from '../../components/form/Fields'
import { CheckAnswers } from '../../components/apply/CheckAnswers'
import { handlingRuleWords } from '../../../collections/Applications/residentWords'
import { Layout } from '../../components/Layout'
import { PhoneLink } from '../../components/PhoneLink'
import { assetUrl } from '../../lib/assets'
import { catalogue, readService, type SnapshotDistrict, type SnapshotService } from '../../lib/catalogue'
import { APPLICATION_FORM_DATA, DIVISIONS_DATA, jsonIsland } from '../../lib/forms'
import { caseTypeText, timeLimitText } from '../../lib/facts'
import { apiOrigin, HOTLINE } from '../../lib/site'

export const config = { unstable_runtimeJS: false }

type ApplyService = Pick<SnapshotService, 'applicationForm' | 'caseType' | 'code' | 'kind' | 'materials' | 'outcome' | 'promisedDays' | 'title'>
type Props = { api: string; districts: SnapshotDistrict[]; service: ApplyService }

export const getStaticPaths: GetStaticPaths = () => ({
  paths: catalogue()
    .services.filter((service) => service.kind === 'online')
    .map((service) => ({ params: { code: service.code } })),
  fallback: false,
})

export const getStaticProps: GetStaticProps<Props, { code: string }> = ({ params }) => {
  const { applicationForm, caseType, code, kind, materials, outcome, promisedDays, title } = readService(params?.code ?? '')
  return {
    props: {
      api: apiOrigin(),
      districts: catalogue().divisions ?? [],
      service: { applicationForm, caseType, code, kind, materials, outcome, promisedDays, title },
    },
  }
}

/**
 * 在线办理: the application form of an online service. The questions are the
 * guide's own (`applicationForm`) after the applicant's details and
 * community; the files go with it. A plain form post to
 * /api/applications/submit, answered by the server's confirmation page
 * without JavaScript; site/client/apply.ts checks the answers with the
 * server's own rules (collections/Applications/form/validate.ts), sends them
 * itself and shows the tracking number and query code in place.
 */
/** Where the application is handled, when not simply where the applicant lives: 本事项按老人户籍所在地办理。 */
function routingText({ handledBy, party }: SnapshotService['applicationForm']): null | string {
  // A rule by the person concerned needs the section's label (publishing refuses it without one).
  const words = handledBy.startsWith('party-') && !party?.label ? null : handlingRuleWords(handledBy, party?.label)
  return words && `本事项${words}。`
}

export default function ApplyPage({ api, districts, service }: Props) {
  const { uploads } = service.applicationForm
  const definition: FormDefinition = service.applicationForm
  const counters = `${PORTAL_PATHS.service(service.code)}#where`
  return (
    <Layout
      title={`在线办理：${service.title}`}
      description={`在线申请${service.title}：填写信息、上传材料，提交后可查询办理进度。`}
      crumbs={[
        { href: PORTAL_PATHS.home(), label: '首页' },
        { href: PORTAL_PATHS.service(service.code), label: service.title },
      ]}
    >
      <div data-application>
        <h1>在线办理：{service.title}</h1>
        <p className="lead">填写下面的内容并上传材料，然后提交。提交后您会得到受理编号和查询码，用来查询办理进度。</p>
        <p data-outcome>
          {service.outcome === 'counter' ? '网上提交后，请按通知到窗口办理。' : '提交后由工作人员审核，不会当场出结果。'}
          {caseTypeText(service)}；您何时拿到结果：{timeLimitText(service)}。
        </p>
        {routingText(service.applicationForm) && <p data-routing>{routingText(service.applicationForm)}</p>}
        <div className="callout">
          <h2>开始前请准备好</h2>
          <ul>
            <li>您的居民身份证号码和手机号码</li>
            {service.applicationForm.party && <li>{service.applicationForm.party.label}的姓名和居民身份证号码</li>}
            {uploads.map((upload) => (
              <li key={upload.material}>
                {upload.material}的照片或扫描件{upload.required ? '' : '（如有）'}
              </li>
            ))}
          </ul>
          <p>
            不会在网上填写的，请拨打 <PhoneLink number={HOTLINE} /> 由工作人员帮您办理，或到<a href={counters}>办理窗口</a>办理。
          </p>
        </div>

        <ErrorSummary id="error-summary" title="提交前请修改以下问题" />
        <ApplyForm api={api} code={service.code} definition={service.applicationForm} districts={districts} reusable={service.materials} />
        <p>
          <a href={PORTAL_PATHS.service(service.code)}>返回办事指南</a>
        </p>
      </div>

      <CheckAnswers />
      <ApplicationConfirmation service={service} />

      <script type="application/json" id={APPLICATION_FORM_DATA} dangerouslySetInnerHTML={{ __html: jsonIsland(definition) }} />
      <script type="application/json" id={DIVISIONS_DATA} dangerouslySetInnerHTML={{ __html: jsonIsland(districts) }} />
      <script type="module" src={assetUrl('apply.js')} />
    </Layout>
  )
}
