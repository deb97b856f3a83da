import { PORTAL_PATHS } from '../../../collections/catalogue/portalPaths'
import type { SnapshotService } from '../../lib/catalogue'
import { HOTLINE } from '../../lib/site'
import { PhoneLink } from '../PhoneLink'

type Props = { service: Pick<SnapshotService, 'caseType' | 'promisedDays' | 'title'> }

const afterAcceptance = ({ caseType, promisedDays }: Props['service']): string =>
  caseType === 'immediate' || promisedDays === 0
    ? '受理后会尽快办结。'
    : `受理后${promisedDays}个工作日内办结，补充材料的时间不计算在内。`

/**
 * The confirmation panel that replaces the form once the application is in
 * (GOV.UK confirmation page). Hidden until then; site/client/apply.ts fills
 * the `data-slot` elements with the server's answer.
 */
export function ApplicationConfirmation({ service }: Props) {
  return (
    <section className="confirmation" data-confirmation hidden aria-labelledby="confirmation-title">
      <div className="panel">
        <h1 className="panel__title" id="confirmation-title" tabIndex={-1}>
          申请已提交
        </h1>
        <p className="panel__body">
          受理编号
          <br />
          <strong className="panel__number" data-slot="trackingNumber" />
        </p>
      </div>
      <div className="query-code">
        <p className="query-code__label">查询码</p>
        <p className="query-code__value" data-slot="queryCode" />
        <p>
          <strong>查询码只显示这一次，请抄下或打印本页。</strong>
        </p>
        <p>查询办理进度、补充材料、撤回申请和评价时，都要输入受理编号和查询码。</p>
        <p>
          <button type="button" className="button button--secondary" data-print>
            打印本页
          </button>
        </p>
      </div>
      <dl className="summary-list">
        <div>
          <dt>申请事项</dt>
          <dd>{service.title}</dd>
        </div>
        <div>
          <dt>提交时间</dt>
          <dd data-slot="submittedAt" />
        </div>
        <div>
          <dt>当前状态</dt>
          <dd data-slot="statusLabel" />
        </div>
      </dl>
      <h2>接下来会怎样</h2>
      <ol className="next-steps">
        <li>工作人员会在工作日审核您的申请，决定是否受理。{afterAcceptance(service)}</li>
        <li>
          办理进度会短信通知您
          <span data-if-email hidden>
            ，也会发到您填写的电子邮箱
          </span>
          。需要补充材料时，短信会告诉您要补充什么。
        </li>
        <li>您可以随时用受理编号和查询码查询办理进度。</li>
      </ol>
      <p>
        <a className="button" href={PORTAL_PATHS.track()} data-track-link>
          查询办理进度
        </a>
      </p>
      <p>
        有疑问请拨打政务服务便民热线 <PhoneLink number={HOTLINE} />。
      </p>
    </section>
  )
}
