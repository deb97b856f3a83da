import type { AdminViewServerProps, PayloadRequest } from 'payload'

import { adminPage } from '../../../cms/components/adminPage'
import type { Board, BoardReport } from '../../../cms/payload-types'
import type { StaffUser } from '../../access'
import { relationId } from '../../relations'
import { chinaTime } from '../../Tickets/web/trackPage'
import { isCommunityStaff } from '../access'
import { POST_STATUSES, type PostStatus, REPORT_REASONS } from '../words'
import { MODERATION_QUEUE_PATH } from './adminViews'
import { MODERATION_TABS, type ModerationTab, moderationPath } from './queue'
import './queue.css'
import { type Post, type PostCollection, postName } from './posts'

const TITLE = '论坛审核'

/** How many posts one tab lists, oldest first: the longest waiting come first. */
const TAB_LIMIT = 50

type Item = { collection: PostCollection; post: Post; reports?: { count: number; details: string[]; reasons: string } }

/** The post's photos as read at depth 1 (the moderator sees what an approval would make public). */
const photosOf = (post: Post): { id: number | string; url: string }[] =>
  (post.photos ?? []).flatMap((photo) => (typeof photo === 'object' && photo?.url ? [{ id: photo.id, url: photo.url }] : []))

const boardName = (post: Post): string => (typeof post.board === 'object' ? (post.board as Board).name ?? '' : '')

/** The posts in `status` the viewer may moderate (their own read access gives their subtree). */
async function postsIn(req: PayloadRequest, status: PostStatus): Promise<Item[]> {
  const read = (collection: PostCollection) =>
    req.payload.find({ collection, where: { status: { equals: status } }, depth: 1, limit: TAB_LIMIT, sort: 'createdAt', overrideAccess: false, user: req.user, req })
  const [threads, replies] = await Promise.all([read('board-threads'), read('board-replies')])
  return [...threads.docs.map((post) => ({ collection: 'board-threads' as const, post })), ...replies.docs.map((post) => ({ collection: 'board-replies' as const, post }))].sort((a, b) => a.post.createdAt.localeCompare(b.post.createdAt))
}

/** The pending reports the viewer may handle, one item per reported post with the count and reasons. */
async function reportedPosts(req: PayloadRequest): Promise<Item[]> {
  const { docs } = await req.payload.find({ collection: 'board-reports', where: { status: { equals: 'pending' } }, depth: 0, limit: 1000, sort: 'createdAt', overrideAccess: false, user: req.user, req })
  const groups = new Map<string, { collection: PostCollection; id: string; reports: BoardReport[] }>()
  for (const report of docs) {
    const reply = relationId(report.reply)
    const key = reply === undefined ? `t:${relationId(report.thread)}` : `r:${reply}`
    const group = groups.get(key) ?? { collection: reply === undefined ? 'board-threads' : 'board-replies', id: String(reply ?? relationId(report.thread)), reports: [] }
    group.reports.push(report)
    groups.set(key, group)
  }
  const items = await Promise.all(
    [...groups.values()].slice(0, TAB_LIMIT).map(async ({ collection, id, reports }) => {
      const post = (await req.payload.findByID({ collection, id, depth: 1, overrideAccess: false, user: req.user, req })) as Post
      const counted = new Map<string, number>()
      for (const report of reports) counted.set(REPORT_REASONS[report.reason], (counted.get(REPORT_REASONS[report.reason]) ?? 0) + 1)
      const details = reports.flatMap((report) => (report.details ? [report.details] : []))
      return { collection, post, reports: { count: reports.length, details, reasons: [...counted].map(([reason, count]) => `${reason} ${count}`).join('，') } }
    }),
  )
  return items.sort((a, b) => b.reports.count - a.reports.count)
}

/** Approve or restore (no reason needed), and reject or hide (a reason the author is told). */
function Decisions({ item, tab }: { item: Item; tab: ModerationTab }) {
  const { collection, post } = item
  const action = moderationPath(collection, post.id)
  const headingId = `post-${collection}-${post.id}`
  const keep = post.status === 'hidden' || post.status === 'held' ? 'restore' : 'approve'
  const remove = post.status === 'pending' ? 'reject' : 'hide'
  const reasonId = `reason-${collection}-${post.id}`
  return (
    <div className="app-moderation__decisions">
      <form method="post" action={action} encType="multipart/form-data">
        <input type="hidden" name="back" value={tab} />
        <button type="submit" name="action" value={keep} className="btn btn--style-secondary btn--size-small" aria-describedby={headingId}>
          {keep === 'restore' ? '恢复显示' : post.status === 'published' ? '未违规，保留' : '审核通过'}
        </button>
      </form>
      <form method="post" action={action} encType="multipart/form-data">
        <input type="hidden" name="back" value={tab} />
        <label htmlFor={reasonId}>{remove === 'reject' ? '不予通过' : '屏蔽'}的理由（必填，会告诉发帖人）</label>
        <textarea id={reasonId} name="reason" rows={2} required maxLength={500} />
        <button type="submit" name="action" value={remove} className="btn btn--style-primary btn--size-small" aria-describedby={headingId}>
          {remove === 'reject' ? '不予通过' : '屏蔽'}
        </button>
      </form>
    </div>
  )
}

/**
 * 论坛审核 in the admin (/admin/community/moderation): three tabs — posts
 * waiting for approval (先审后发, or held words), posts held by reports
 * (待复核), and pending reports grouped by post — each with the text and
 * photos, the board, the author's nickname and IP province, the reporters'
 * own words, and the decisions. The
 * forms post to the moderation endpoint, which comes back here.
 */
export async function QueueView(props: AdminViewServerProps) {
  const { adminRoute, frame, req, user } = adminPage(props, { className: 'app-moderation', path: MODERATION_QUEUE_PATH, title: TITLE })
  if (!isCommunityStaff(user as StaffUser)) return frame(<><h1>{TITLE}</h1><p>只有社区工作者和系统管理员可以审核论坛内容。</p></>)
  const asked = props.searchParams?.tab
  const tab: ModerationTab = typeof asked === 'string' && Object.hasOwn(MODERATION_TABS, asked) ? (asked as ModerationTab) : 'pending'
  const done = typeof props.searchParams?.done === 'string' ? props.searchParams.done : undefined
  const items = tab === 'reports' ? await reportedPosts(req) : await postsIn(req, tab === 'held' ? 'held' : 'pending')
  return frame(
    <>
      <h1>{TITLE}</h1>
      {done ? <p role="status">{done}</p> : null}
      <nav aria-label="审核分类">
        <ul className="app-moderation__tabs">
          {Object.entries(MODERATION_TABS).map(([key, label]) => (
            <li key={key}>
              <a href={`${adminRoute}${MODERATION_QUEUE_PATH}?tab=${key}`} aria-current={key === tab ? 'page' : undefined}>{label}</a>
            </li>
          ))}
        </ul>
      </nav>
      <h2>{MODERATION_TABS[tab]}（{items.length}）</h2>
      {items.length === 0 ? <p>现在没有需要处理的内容。</p> : null}
      <ul className="app-moderation__items">
        {items.map((item) => (
          <li key={`${item.collection}-${item.post.id}`}>
            <article aria-labelledby={`post-${item.collection}-${item.post.id}`}>
              <h3 id={`post-${item.collection}-${item.post.id}`}>{item.collection === 'board-threads' ? postName(item.post) : `回复（${(item.post as { floor?: number }).floor ?? ''}楼）`}</h3>
              <dl>
                <dt>论坛</dt><dd>{boardName(item.post)}</dd>
                <dt>发帖人</dt><dd>{item.post.authorName ?? ''}</dd>
                <dt>IP属地</dt><dd>{item.post.ipProvince ?? ''}</dd>
                <dt>状态</dt><dd>{POST_STATUSES[item.post.status as PostStatus] ?? ''}</dd>
                <dt>发布时间</dt><dd>{chinaTime(item.post.createdAt)}</dd>
                {item.reports ? <><dt>举报</dt><dd>{item.reports.count}次：{item.reports.reasons}</dd></> : null}
              </dl>
              <p className="app-moderation__body">{item.post.body}</p>
              {photosOf(item.post).length ? (
                <ul className="app-moderation__photos" aria-label="帖子的照片">
                  {photosOf(item.post).map((photo, index) => (
                    <li key={photo.id}>
                      <a href={photo.url}>
                        <img src={photo.url} alt={`第${index + 1}张照片`} width={120} />
                      </a>
                    </li>
                  ))}
                </ul>
              ) : null}
              {item.reports?.details.length ? (
                <>
                  <h4>举报人的补充说明</h4>
                  <ul>
                    {item.reports.details.map((detail, index) => (
                      <li key={index}>{detail}</li>
                    ))}
                  </ul>
                </>
              ) : null}
              <Decisions item={item} tab={tab} />
            </article>
          </li>
        ))}
      </ul>
    </>,
  )
}
