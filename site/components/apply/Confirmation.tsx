import { afterAcceptance, CONFIRMATION_WORDS as WORDS } from '../../../collections/Applications/residentWords'
import { PORTAL_PATHS } from '../../../collections/catalogue/portalPaths'
import type { SnapshotService } from '../../lib/catalogue'
import { HOTLINE } from '../../lib/site'
import { PhoneLink } from '../PhoneLink'

/** The end of a confirmation panel: where to follow the case, and the hotline. Both confirmations share it. */
export function ConfirmationFoot() {
  return (
    <>
      <p>
        <a className="button" href={PORTAL_PATHS.track()} data-track-link>
          查询办理进度
        </a>
      </p>
      <p>
        有疑问请拨打政务服务便民热线 <PhoneLink number={HOTLINE} />。
      </p>
    </>
  )
}

type Props = { service: Pick<SnapshotService, 'caseType' | 'promisedDays' | 'title'> }

type HeadProps = { numberLabel: string; numberSlot: string; queryCodeUse: string; title: string }

/**
 * The top of a confirmation panel: its title, the number (filled into
 * `data-slot={numberSlot}`) and the query code shown this once, with the
 * print button. One application's and a 一件事's confirmations share it.
 */
export function ConfirmationHead({ numberLabel, numberSlot, queryCodeUse, title }: HeadProps) {
  return (
    <>
      <div className="panel">
        <h1 className="panel__title" id="confirmation-title" tabIndex={-1}>
          {title}
        </h1>
        <p className="panel__body">
          {numberLabel}
          <br />
          <strong className="panel__number" data-slot={numberSlot} />
        </p>
      </div>
      <div className="query-code">
        <p className="query-code__label">查询码</p>
        <p className="query-code__value" data-slot="queryCode" />
        <p>
          <strong>{WORDS.queryCodeOnce}</strong>
        </p>
        <p>{queryCodeUse}</p>
        <p>
          <button type="button" className="button button--secondary" data-print>
            打印本页
          </button>
        </p>
      </div>
    </>
  )
}

/**
 * The confirmation panel that replaces the form once the application is in
 * (GOV.UK confirmation page). Hidden until then; site/client/apply.ts fills
 * the `data-slot` elements with the server's answer. The page a browser
 * without JavaScript gets says the same (residentWords.ts,
 * collections/Applications/lib/confirmationPage.ts).
 */
export function ApplicationConfirmation({ service }: Props) {
  return (
    <section className="confirmation" data-confirmation hidden aria-labelledby="confirmation-title">
      <ConfirmationHead title={WORDS.title} numberLabel="受理编号" numberSlot="trackingNumber" queryCodeUse={WORDS.queryCodeUse} />
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
        <li>
          {WORDS.review}
          {afterAcceptance(service)}
        </li>
        <li>
          {WORDS.messages}
          <span data-if-email hidden>
            {WORDS.messagesByEmail}
          </span>
          {WORDS.supplementBySms}
        </li>
        <li>{WORDS.trackAnyTime}</li>
      </ol>
      <ConfirmationFoot />
    </section>
  )
}
