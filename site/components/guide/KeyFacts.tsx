import type { SnapshotCentre, SnapshotService } from '../../lib/catalogue'
import { canApplyOnlineText, caseTypeText, feeText, timeLimitText, visitsText } from '../../lib/facts'

type Props = { centres: SnapshotCentre[]; departmentName: string; service: SnapshotService }

/**
 * What a resident asks first: how long, how many trips, what it costs, can I
 * do it online, where. Each fact is also search-result metadata for Pagefind.
 */
export function KeyFacts({ centres, departmentName, service }: Props) {
  const where = service.kind === 'info' ? departmentName : centres.map((centre) => centre.name).join('、') || departmentName
  const online = service.kind === 'elsewhere' && service.link ? `网上：${service.link.label}；窗口：${where}` : where
  return (
    <section className="key-facts" aria-labelledby="key-facts-title">
      <h2 id="key-facts-title">办事要点</h2>
      <dl>
        <div>
          <dt>办理时限</dt>
          <dd data-pagefind-meta="time">{timeLimitText(service)}</dd>
        </div>
        <div>
          <dt>办件类型</dt>
          <dd>{caseTypeText(service)}</dd>
        </div>
        <div>
          <dt>到现场次数</dt>
          <dd data-pagefind-meta="visits">{visitsText(service.visits)}</dd>
        </div>
        <div>
          <dt>收费</dt>
          <dd data-pagefind-meta="fee">{feeText(service.fee.charged)}</dd>
        </div>
        <div>
          <dt>能否网上办</dt>
          <dd data-pagefind-meta="online">{canApplyOnlineText(service)}</dd>
        </div>
        <div>
          <dt>在哪里办</dt>
          <dd data-pagefind-meta="where">{online}</dd>
        </div>
      </dl>
    </section>
  )
}
