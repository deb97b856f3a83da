import type { GetStaticProps } from 'next'

import { PORTAL_PATHS } from '../../../collections/catalogue/portalPaths'
import { MAX_TICKET_CONTENT } from '../../../collections/Tickets/states'
import { MAX_PHOTOS, MAX_SERVICE_QUERY, PHOTO_TYPES, WEB_KIND_OPTIONS } from '../../../collections/Tickets/web/rules'
import { DivisionPicker } from '../../components/form/DivisionPicker'
import { Choices, ErrorSlot, ErrorSummary, Hint, TextArea, TextInput } from '../../components/form/Fields'
import { Layout } from '../../components/Layout'
import { PhoneLink } from '../../components/PhoneLink'
import { assetUrl } from '../../lib/assets'
import { catalogue, type SnapshotDistrict } from '../../lib/catalogue'
import { DIVISIONS_DATA, fieldId, GUIDE_TITLES, hintId, jsonIsland } from '../../lib/forms'
import { apiOrigin, HOTLINE } from '../../lib/site'

export const config = { unstable_runtimeJS: false }

type TopicGroup = { stage: string; topics: { code: string; title: string }[] }
type GuideName = { code: string; title: string }
type Props = { api: string; districts: SnapshotDistrict[]; guides: GuideName[]; topicGroups: TopicGroup[] }

export const getStaticProps: GetStaticProps<Props> = () => {
  const { divisions, services, stages, topics } = catalogue()
  const topicGroups = [...stages]
    .sort((a, b) => a.order - b.order)
    .map((stage) => ({
      stage: stage.title,
      topics: topics.filter((topic) => topic.stage === stage.code).sort((a, b) => a.order - b.order).map(({ code, title }) => ({ code, title })),
    }))
    .filter((group) => group.topics.length > 0)
  const guides = services.map(({ code, title }) => ({ code, title }))
  return { props: { api: apiOrigin(), districts: divisions ?? [], guides, topicGroups } }
}

/** 涉及方面: the catalogue's topics by life stage; not needed when a guide is chosen (GuideChoice). */
function TopicSelect({ groups }: { groups: TopicGroup[] }) {
  const field = 'topicCode'
  return (
    <div className="form-group" data-field={field}>
      <label className="label" htmlFor={fieldId(field)}>
        涉及哪方面
      </label>
      <Hint field={field} hint="选最接近的一项，帮助我们更快交给负责的部门。" />
      <ErrorSlot field={field} />
      <select className="select" id={fieldId(field)} name={field} defaultValue="" aria-describedby={hintId(field)}>
        <option value="">请选择</option>
        {groups.map((group) => (
          <optgroup key={group.stage} label={group.stage}>
            {group.topics.map((topic) => (
              <option key={topic.code} value={topic.code}>
                {topic.title}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </div>
  )
}

/**
 * 相关的办事事项（选填）. Without JavaScript a text field posted as
 * serviceQuery, with the guides' titles as the browser's suggestions: the
 * server links the guide whose title or alias it is, and keeps other words
 * for the agent. site/client/guideChoice.ts makes it a search with
 * "选这个事项" buttons that set serviceCode, and reads the titles here to
 * name the guide a link chose (?service=CODE).
 */
function GuideChoice({ guides }: { guides: GuideName[] }) {
  const field = 'serviceQuery'
  return (
    <div data-guide-choice>
      <div className="form-group" data-field={field}>
        <label className="label" htmlFor={fieldId(field)}>
          相关的办事事项<span className="optional">（选填）</span>
        </label>
        <Hint field={field} hint="和要办的某件事有关的，写下事项名称或常用说法，如“身份证丢了”“低保”。选了事项，上面的方面可以不选。" />
        <ErrorSlot field={field} />
        <input className="input input--width-full" id={fieldId(field)} name={field} type="text" list={GUIDE_TITLES} maxLength={MAX_SERVICE_QUERY} autoComplete="off" aria-describedby={hintId(field)} />
        <p className="hint guide-status" role="status" data-guide-status />
        <ul className="guide-results" aria-label="找到的办事事项" data-guide-results hidden />
      </div>
      <div className="form-group guide-chosen" data-field="serviceCode" data-guide-chosen hidden>
        <ErrorSlot field="serviceCode" />
        <input type="hidden" name="serviceCode" value="" data-service-code />
        <p tabIndex={-1} data-guide-chosen-text>
          已选择：<strong data-guide-title />
        </p>
        <button type="button" className="button button--secondary" data-guide-change>
          改选
        </button>
      </div>
      <datalist id={GUIDE_TITLES}>
        {guides.map((guide) => (
          <option key={guide.code} value={guide.title} data-code={guide.code} />
        ))}
      </datalist>
    </div>
  )
}

/**
 * 网上12345: a consultation, request for help, complaint or suggestion to
 * the hotline. A plain form post to /api/tickets/web that the server answers
 * with a page; site/client/hotline.ts adds the division selects, checks as
 * the resident types, "是否是这些问题？" before sending, the location
 * button, and sends the form itself, showing the order number in place.
 */
export default function HotlinePage({ api, districts, guides, topicGroups }: Props) {
  return (
    <Layout
      title="网上12345"
      description="在网上向12345政务服务便民热线咨询、求助、投诉或提建议，提交后可以用工单编号和手机号码查询办理进度。"
      crumbs={[{ href: PORTAL_PATHS.home(), label: '首页' }]}
    >
      <div data-hotline>
        <h1>网上12345</h1>
        <p className="lead">咨询、求助、投诉、建议都可以在这里提交，和拨打12345一样，由热线受理、派给负责的部门办理并答复您。</p>
        <div className="callout">
          <p>
            愿意打电话的，请拨打政务服务便民热线 <PhoneLink className="phone" number={HOTLINE} />，全天24小时有人接听。
          </p>
          <p>
            已经提交过的，请到<a href={PORTAL_PATHS.hotlineTrack()}>查询诉求办理进度</a>。
          </p>
        </div>

        <ErrorSummary id="error-summary" title="提交前请修改以下问题" />
        <form className="hotline-form" method="post" action={`${api}/api/tickets/web`} encType="multipart/form-data" noValidate data-hotline-form data-api={api}>
          <section aria-labelledby="about-title">
            <h2 id="about-title">您要反映什么</h2>
            <Choices field="kind" label="诉求类型" options={WEB_KIND_OPTIONS} />
            <TopicSelect groups={topicGroups} />
            <GuideChoice guides={guides} />
            <TextArea field="content" label="诉求内容" hint={`请写清楚什么事、什么时候开始、希望怎样解决，不超过${MAX_TICKET_CONTENT}字。`} rows={6} />
          </section>

          <section aria-labelledby="division-title">
            <DivisionPicker districts={districts} headingId="division-title" heading="问题发生在哪里" hint="请依次选择问题发生地所在的区、街道和社区。" withoutScript />
            <TextInput field="address" label="具体地址" hint="如小区名称、楼栋号、路口或附近的标志。" />
            <div className="form-group js-only" data-field="location">
              <button type="button" className="button button--secondary" data-locate>
                使用我的位置
              </button>
              <p className="hint" data-locate-status role="status" />
            </div>
            <TextInput field="latitude" label="纬度" optional hint="可以不填。手机上可以按“使用我的位置”自动填写。" inputMode="decimal" width={10} />
            <TextInput field="longitude" label="经度" optional inputMode="decimal" width={10} />
          </section>

          <section aria-labelledby="photos-title">
            <h2 id="photos-title">现场照片</h2>
            <div className="form-group" data-field="photos">
              <label className="label" htmlFor="photos">
                照片<span className="optional">（选填）</span>
              </label>
              <p className="hint" id="photos-hint">
                最多{MAX_PHOTOS}张，每张不超过10MB，支持 {PHOTO_TYPES.words}。可以用手机直接拍照。
              </p>
              <ErrorSlot field="photos" />
              <input className="file-input" id="photos" name="photos" type="file" accept={PHOTO_TYPES.types.join(',')} multiple aria-describedby="photos-hint" />
              <ul className="file-list" data-file-list="photos" hidden />
            </div>
          </section>

          <section aria-labelledby="caller-title">
            <h2 id="caller-title">您的联系方式</h2>
            <TextInput field="phone" label="手机号码" hint="工单编号和办理结果会用短信发到这个号码，查询进度时也要用它。" type="tel" autoComplete="tel" inputMode="tel" width={20} />
            <TextInput field="name" label="称呼" optional hint="如“王女士”，可以不填。" autoComplete="name" width={10} />
            <div className="form-group" data-field="confidential">
              <div className="choice">
                <input id="confidential" type="checkbox" name="confidential" value="on" />
                <label htmlFor="confidential">请对承办单位保密我的姓名和电话</label>
              </div>
            </div>
            <div className="form-group" data-field="answerConsent">
              <div className="choice">
                <input id="answerConsent" type="checkbox" name="answerConsent" value="on" aria-describedby={hintId('answerConsent')} />
                <label htmlFor="answerConsent">同意公开答复（不含个人信息）</label>
              </div>
              <Hint field="answerConsent" hint="只用于建议和咨询：工作人员核对后，可能把问题和答复去掉姓名、电话、地址等个人信息，登在本网站“答复公开”栏目。" />
            </div>
          </section>

          <section className="callout" data-similar hidden aria-labelledby="similar-title" tabIndex={-1}>
            <h2 id="similar-title">是否是这些问题？</h2>
            <p>同一个社区已经有人反映了相似的问题，正在办理中。是同一个问题的，不用重复提交。</p>
            <ul className="similar-list" data-similar-list />
            <p>
              <button type="button" className="button button--secondary" data-similar-continue>
                不是，继续提交我的诉求
              </button>
            </p>
          </section>

          <p className="form-status" role="status" data-submit-status />
          <button type="submit" className="button button--start" data-submit>
            提交诉求
          </button>
        </form>
      </div>

      <section className="confirmation" data-hotline-confirmation hidden aria-labelledby="confirmation-title">
        <div className="panel">
          <h1 className="panel__title" id="confirmation-title" tabIndex={-1}>
            诉求已提交
          </h1>
          <p className="panel__body">
            工单编号
            <br />
            <strong className="panel__number" data-slot="number" />
          </p>
        </div>
        <dl className="summary-list">
          <div>
            <dt>诉求类型</dt>
            <dd data-slot="kindLabel" />
          </div>
          <div>
            <dt>答复期限</dt>
            <dd data-slot="dueDate" />
          </div>
          <div data-guide-row hidden>
            <dt>相关办事事项</dt>
            <dd data-slot="guideTitle" />
          </div>
        </dl>
        <p>工单编号也会用短信发到您的手机。用编号和手机号码可以查询办理进度、看到答复，办结后还可以评价。</p>
        <p>
          <a className="button" href={PORTAL_PATHS.hotlineTrack()} data-track-link>
            查询办理进度
          </a>
        </p>
      </section>

      <section className="confirmation" data-similar-followed hidden aria-labelledby="followed-title">
        <h1 id="followed-title" tabIndex={-1}>
          不用重复提交
        </h1>
        <p data-followed-state="signed-out">
          您反映的问题已经在办理中，工单编号 <strong data-slot="followedNumber" />。热线会按期限办理，您可以拨打 <PhoneLink number={HOTLINE} /> 报这个编号了解进度。
        </p>
        <p data-followed-state="signed-out">
          登录后可以关注这个诉求：办结时给您发短信，办理状态列在“我的”中。
          <a className="button button--secondary" href={PORTAL_PATHS.mySignIn(PORTAL_PATHS.hotline())}>
            登录后关注
          </a>
        </p>
        <p data-followed-state="followed" hidden>
          您已关注工单 <strong data-slot="followedNumber" />。这个问题正在办理，不用重复提交。办结时会给您发短信，办理状态列在“我的”的“我关注的诉求”中。
        </p>
        <p data-followed-state="followed" hidden>
          <a className="button" href={PORTAL_PATHS.my()}>
            查看“我的”
          </a>
        </p>
      </section>

      <script type="application/json" id={DIVISIONS_DATA} dangerouslySetInnerHTML={{ __html: jsonIsland(districts) }} />
      <script type="module" src={assetUrl('hotline.js')} />
    </Layout>
  )
}
