import type { Payload, TypedUser } from 'payload'

import { hasRole } from '../../access'
import '../../../cms/components/dashboardPanel.css'
import { PORTAL_BUILD_STATUSES } from '..'

type Props = { payload: Payload; user?: null | TypedUser }

const formatTime = (iso: string) =>
  new Date(iso).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false })

/**
 * Dashboard panel: the last portal build (time, duration, result, end of its
 * log) and whether another is waiting, so editors know when a published
 * change is live.
 */
export async function PortalBuildPanel({ payload, user }: Props) {
  if (!hasRole(user, 'admin', 'editor')) return null
  const [{ docs }, waiting] = await Promise.all([
    payload.find({ collection: 'portal-builds', sort: '-startedAt', limit: 1, depth: 0, overrideAccess: false, user }),
    payload.count({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'rebuildPortal' }, processing: { equals: false }, completedAt: { exists: false }, hasError: { not_equals: true } },
    }),
  ])
  const last = docs[0]
  return (
    <section aria-labelledby="portal-build-heading" className="dashboard-panel" data-portal-build-panel>
      <h2 id="portal-build-heading">门户网站</h2>
      {last ? (
        <p>
          最近一次构建：{formatTime(last.startedAt)}，
          <span className={last.status === 'failed' ? 'dashboard-panel__warning' : undefined} data-portal-build-status>
            {PORTAL_BUILD_STATUSES[last.status].zh}
          </span>
          {last.durationMs ? `，用时 ${(last.durationMs / 1000).toFixed(1)} 秒` : ''}
          {last.pages ? `，共 ${last.pages} 个页面` : ''}
          {last.reason ? `（${last.reason}）` : ''}。
        </p>
      ) : (
        <p>门户网站还没有通过后台构建过（启动时生成的版本正在提供服务）。</p>
      )}
      {waiting.totalDocs > 0 && <p>有内容修改等待发布到门户，将在几秒内开始构建。</p>}
      {last?.logTail && (
        <details>
          <summary>查看构建日志</summary>
          <pre>{last.logTail}</pre>
        </details>
      )}
      <p>
        <a href={`${payload.config.routes.admin}/collections/portal-builds`}>全部构建记录</a> ·{' '}
        <a href="/" target="_blank" rel="noopener">
          打开门户网站
        </a>
      </p>
    </section>
  )
}
