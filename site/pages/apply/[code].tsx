import type { GetStaticPaths, GetStaticProps } from 'next'

import type { FormDefinition } from '../../../collections/Applications/form/validate'
import { PORTAL_PATHS } from '../../../collections/catalogue/portalPaths'
import { ApplicationConfirmation } from '../../components/apply/Confirmation'
import { Question } from '../../components/apply/Question'
import { PartySection } from '../../components/apply/PartySection'
import { CheckAnswers } from '../../components/apply/CheckAnswers'
import { CHECK_STEP } from '../../../collections/Applications/lib/checkStep'
import { DivisionPicker } from '../../components/form/DivisionPicker'
import { ErrorSummary, FileInput, TextInput } from '../../components/form/Fields'
import { Layout } from '../../components/Layout'
import { PhoneLink } from '../../components/PhoneLink'
import { assetUrl } from '../../lib/assets'
import { catalogue, readService, type SnapshotDistrict, type SnapshotService } from '../../lib/catalogue'
import { APPLICATION_FORM_DATA, DIVISIONS_DATA, FILE_ACCEPT, FILE_RULES_TEXT, jsonIsland } from '../../lib/forms'
import { caseTypeText, timeLimitText } from '../../lib/facts'
import { apiOrigin, HOTLINE } from '../../lib/site'

export const config = { unstable_runtimeJS: false }

type ApplyService = Pick<SnapshotService, 'applicationForm' | 'caseType' | 'code' | 'kind' | 'outcome' | 'promisedDays' | 'title'>
type Props = { api: string; districts: SnapshotDistrict[]; service: ApplyService }

export const getStaticPaths: GetStaticPaths = () => ({
  paths: catalogue()
    .services.filter((service) => service.kind === 'online')
    .map((service) => ({ params: { code: service.code } })),
  fallback: false,
})

export const getStaticProps: GetStaticProps<Props, { code: string }> = ({ params }) => {
  const { applicationForm, caseType, code, kind, outcome, promisedDays, title } = readService(params?.code ?? '')
  return {
    props: {
      api: apiOrigin(),
      districts: catalogue().divisions ?? [],
      service: { applicationForm, caseType, code, kind, outcome, promisedDays, title },
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
function routingText(form: SnapshotService['applicationForm']): null | string {
  const label = form.party?.label
  switch (form.handledBy) {
    case 'party-registered':
      return label ? `本事项按${label}户籍所在地办理。` : null
    case 'party-residence':
      return label ? `本事项按${label}居住地办理。` : null
    case 'applicant-registered':
      return '本事项按申请人户籍所在地办理。'
    default:
      return null
  }
}

export default function ApplyPage({ api, districts, service }: Props) {
  const { fields, uploads } = service.applicationForm
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
        <form
          className="application-form"
          method="post"
          action={`${api}/api/applications/submit`}
          encType="multipart/form-data"
          noValidate
          data-application-form
          data-api={api}
          data-service={service.code}
        >
          <input type="hidden" name="serviceCode" value={service.code} />
          <section aria-labelledby="applicant-title">
            <h2 id="applicant-title">申请人信息</h2>
            <TextInput field="applicant.name" label="姓名" hint="与身份证上的姓名一致。" autoComplete="name" width={10} spellCheck={false} />
            <TextInput
              field="applicant.idNumber"
              label="身份证号码"
              hint="18位，最后一位可能是字母X。"
              inputMode="text"
              width={20}
              spellCheck={false}
            />
            <TextInput
              field="applicant.phone"
              label="手机号码"
              hint="办理进度会用短信发到这个号码。"
              type="tel"
              autoComplete="tel"
              inputMode="tel"
              width={20}
            />
            <TextInput
              field="applicant.email"
              label="电子邮箱"
              optional
              hint="填写后办理进度也会发到邮箱。"
              type="email"
              autoComplete="email"
              inputMode="email"
              spellCheck={false}
            />
          </section>

          <section aria-labelledby="division-title">
            <DivisionPicker districts={districts} headingId="division-title" withoutScript />
          </section>

          <PartySection districts={districts} form={service.applicationForm} />

          {fields.length > 0 && (
            <section aria-labelledby="answers-title">
              <h2 id="answers-title">申请内容</h2>
              {fields.map((field) => (
                <Question key={field.name} field={field} fields={fields} />
              ))}
            </section>
          )}

          {uploads.length > 0 && (
            <section aria-labelledby="uploads-title">
              <h2 id="uploads-title">上传材料</h2>
              <p className="hint" id="uploads-rules">
                {FILE_RULES_TEXT}。可以用手机直接拍照，请拍清楚、拍完整；一种材料有多页的，可以一次选择多个文件。
              </p>
              <div className="form-group" data-field="uploads">
                <p className="field-error" id="uploads-error" hidden />
              </div>
              {uploads.map((upload, index) => (
                <FileInput
                  key={upload.material}
                  field={`uploads.${index}`}
                  name={`upload-${index}`}
                  label={upload.material}
                  optional={!upload.required}
                  hint={upload.help}
                  accept={FILE_ACCEPT}
                />
              ))}
            </section>
          )}

          {/* Without JavaScript the button asks the server for the check page; the script shows its own. */}
          <button type="submit" className="button button--start" name={CHECK_STEP.name} value={CHECK_STEP.value} data-submit>
            继续
          </button>
        </form>
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
