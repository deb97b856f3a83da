import type { GetStaticPaths, GetStaticProps } from 'next'
import QRCode from 'qrcode'

import { PORTAL_PATHS } from '../../../collections/catalogue/portalPaths'
import { portalOrigin } from '../../../collections/catalogue/portalUrl'
import { HANDLING_FORM_LABELS } from '../../../collections/Services/options'
import { CentreList } from '../../components/CentreList'
import { GuideFeedback } from '../../components/guide/GuideFeedback'
import { KeyFacts } from '../../components/guide/KeyFacts'
import { Materials } from '../../components/guide/Materials'
import { Layout } from '../../components/Layout'
import { PhoneLink } from '../../components/PhoneLink'
import { ServiceList } from '../../components/ServiceList'
import {
  catalogue,
  centreByCode,
  departmentByCode,
  readService,
  servicesByCodes,
  type SnapshotCentre,
  type SnapshotDepartment,
  type SnapshotService,
  type SnapshotServiceSummary,
  type SnapshotStage,
  type SnapshotTopic,
  stageByCode,
  topicByCode,
} from '../../lib/catalogue'
import { caseTypeText, feeText, legalLimitText, onlineText, timeLimitText, visitsText } from '../../lib/facts'
import { searchKeywords } from '../../lib/search/keywords'
import { assetUrl } from '../../lib/assets'
import { apiOrigin, HOTLINE } from '../../lib/site'

export const config = { unstable_runtimeJS: false }

type Props = {
  api: string
  centres: SnapshotCentre[]
  department: SnapshotDepartment
  keywords: string[]
  pageUrl: string
  qrCodeSvg: string
  related: SnapshotServiceSummary[]
  service: SnapshotService
  stage: SnapshotStage
  topic: SnapshotTopic
}

export const getStaticPaths: GetStaticPaths = () => ({
  paths: catalogue().services.map((service) => ({ params: { code: service.code } })),
  fallback: false,
})

export const getStaticProps: GetStaticProps<Props, { code: string }> = async ({ params }) => {
  const service = readService(params?.code ?? '')
  const pageUrl = `${portalOrigin()}${PORTAL_PATHS.service(service.code)}`
  return {
    props: {
      api: apiOrigin(),
      service,
      stage: stageByCode(service.stage),
      topic: topicByCode(service.topic),
      department: departmentByCode(service.department),
      centres: service.centres.map(centreByCode),
      related: servicesByCodes(service.related),
      keywords: searchKeywords(service.title, service.aliases),
      pageUrl,
      qrCodeSvg: await QRCode.toString(pageUrl, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' }),
    },
  }
}

/** The next step a resident can take: apply here, go to the service elsewhere, or go to a counter. */
function Action({ api, service }: { api: string; service: SnapshotService }) {
  if (service.kind === 'counter') {
    return (
      <a className="button button--start" href={`${api}/api/appointments/book?service=${service.code}`}>
        预约办理
      </a>
    )
  }
  if (service.kind === 'online') {
    return (
      <a className="button button--start" href={PORTAL_PATHS.apply(service.code)}>
        在线办理
      </a>
    )
  }
  if (service.kind === 'elsewhere' && service.link) {
    return (
      <a className="button button--start" href={service.link.url} rel="noopener" data-elsewhere>
        到“{service.link.label}”办理
        <span className="visually-hidden">（打开外部网站，不在本平台办理）</span>
      </a>
    )
  }
  if (service.link) {
    return (
      <a className="button button--start" href={service.link.url} rel="noopener">
        {service.link.label}
        <span className="visually-hidden">（打开外部网站）</span>
      </a>
    )
  }
  return (
    <a className="button button--secondary" href="#where">
      查看办理地点
    </a>
  )
}

/** Search filters (Pagefind): attribute-only, so they add nothing to the page's text. */
function SearchFilters({ department, service, stage }: Pick<Props, 'department' | 'service' | 'stage'>) {
  const filters = {
    stage: stage.title,
    department: department.name,
    online: onlineText(service.onlineDepth),
    visits: visitsText(service.visits),
    fee: feeText(service.fee.charged),
  }
  return (
    <>
      {Object.entries(filters).map(([name, value]) => (
        <span key={name} hidden data-pagefind-filter={`${name}:${value}`} />
      ))}
    </>
  )
}

export default function ServicePage({ api, centres, department, keywords, pageUrl, qrCodeSvg, related, service, stage, topic }: Props) {
  return (
    <Layout
      title={service.title}
      description={service.summary}
      crumbs={[
        { href: PORTAL_PATHS.home(), label: '首页' },
        { href: PORTAL_PATHS.stage(stage.slug), label: stage.title },
        { href: PORTAL_PATHS.topic(topic.code), label: topic.title },
      ]}
    >
      <article className="guide" data-pagefind-body>
        <SearchFilters department={department} service={service} stage={stage} />
        <header className="guide__header">
          <h1 data-pagefind-meta="title">{service.title}</h1>
          <p className="lead" data-pagefind-meta="summary">
            {service.summary}
          </p>
          <p className="aliases" data-pagefind-weight="10" data-pagefind-meta={`aliases:${service.aliases.join('、')}`}>
            也叫：{service.aliases.join('、')}
          </p>
          <p className="visually-hidden" aria-hidden="true" data-pagefind-weight="5">
            {keywords.join(' ')}
          </p>
          <div className="guide__actions">
            <Action api={api} service={service} />
            <button type="button" className="button button--secondary js-only" data-read-aloud hidden>
              朗读本页
            </button>
          </div>
        </header>

        <KeyFacts centres={centres} departmentName={department.name} service={service} />

        <section aria-labelledby="conditions-title">
          <h2 id="conditions-title">办理条件</h2>
          <ul>
            {service.conditions.map((condition) => (
              <li key={condition}>{condition}</li>
            ))}
          </ul>
        </section>

        <Materials materials={service.materials} pageUrl={pageUrl} qrCodeSvg={qrCodeSvg} title={service.title} />

        <section aria-labelledby="steps-title">
          <h2 id="steps-title">办理流程</h2>
          <ol className="steps">
            {service.steps.map((step) => (
              <li key={step.title}>
                <h3>{step.title}</h3>
                <p>{step.description}</p>
              </li>
            ))}
          </ol>
        </section>

        <section aria-labelledby="where-title" id="where">
          <h2 id="where-title">办理地点和时间</h2>
          <p>
            办理方式：
            {service.handlingForms
              .map((form) => HANDLING_FORM_LABELS[form as keyof typeof HANDLING_FORM_LABELS]?.zh ?? form)
              .join('、')}
          </p>
          {service.hoursNote && <p>{service.hoursNote}</p>}
          <CentreList centres={centres} headingLevel={3} />
        </section>

        <section aria-labelledby="time-title">
          <h2 id="time-title">办理时限和结果</h2>
          <p>
            {caseTypeText(service)}（{legalLimitText(service)}）。{service.timeLimitNote}
          </p>
          <p>
            您何时拿到结果：{timeLimitText(service)}。
          </p>
          <p>
            办好后您会得到：{service.result.name}。{service.result.description}
          </p>
        </section>

        <section aria-labelledby="fees-title">
          <h2 id="fees-title">收费标准</h2>
          {service.fee.charged ? (
            <table>
              <caption className="visually-hidden">收费项目</caption>
              <thead>
                <tr>
                  <th scope="col">项目</th>
                  <th scope="col">标准</th>
                  <th scope="col">依据</th>
                </tr>
              </thead>
              <tbody>
                {service.fee.items.map((item) => (
                  <tr key={item.name}>
                    <td>{item.name}</td>
                    <td>{item.standard}</td>
                    <td>{item.basis}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : (
            <p>不收费。</p>
          )}
          {service.fee.reduction && <p>减免：{service.fee.reduction}</p>}
        </section>

        <section aria-labelledby="legal-title">
          <h2 id="legal-title">设定依据</h2>
          <ul>
            {service.legalBases.map((basis) => (
              <li key={`${basis.name}${basis.article}`}>
                {basis.name} {basis.article}
              </li>
            ))}
          </ul>
        </section>

        <section aria-labelledby="faqs-title">
          <h2 id="faqs-title">常见问题</h2>
          {service.faqs.map((faq) => (
            <details key={faq.question} className="faq">
              <summary>{faq.question}</summary>
              <p>{faq.answer}</p>
            </details>
          ))}
        </section>

        <section aria-labelledby="contacts-title">
          <h2 id="contacts-title">咨询和投诉</h2>
          <dl className="contacts">
            <div>
              <dt>主管部门</dt>
              <dd>
                <a href={PORTAL_PATHS.department(department.code)}>{department.name}</a>
              </dd>
            </div>
            <div>
              <dt>咨询电话</dt>
              <dd>
                <PhoneLink number={service.enquiryPhone} />
              </dd>
            </div>
            <div>
              <dt>投诉电话</dt>
              <dd>
                <PhoneLink number={service.complaintPhone} />
              </dd>
            </div>
            <div>
              <dt>政务服务便民热线</dt>
              <dd>
                <PhoneLink number={HOTLINE} />
              </dd>
            </div>
          </dl>
          {/* The same words on every guide: not what any guide is about, so not in the search index. */}
          <p data-pagefind-ignore>
            办理中遇到问题？<a href={PORTAL_PATHS.hotline(service.code)}>到网上12345反映</a>
          </p>
          <p className="updated">
            本指南更新于 <time dateTime={service.updatedAt}>{service.updatedAt.slice(0, 10)}</time>
          </p>
        </section>
      </article>

      <GuideFeedback api={api} code={service.code} />
      <script type="module" src={assetUrl('guideFeedback.js')} />

      {related.length > 0 && (
        <aside aria-labelledby="related-title" className="related">
          <h2 id="related-title">相关事项</h2>
          <ServiceList services={related} />
        </aside>
      )}
    </Layout>
  )
}
