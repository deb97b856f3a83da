import type { PostCollection } from './posts'

/** The queue's tabs: what waits for approval, what reports held, and what is reported. */
export const MODERATION_TABS = { pending: '待审核', held: '待复核', reports: '举报' } as const
export type ModerationTab = keyof typeof MODERATION_TABS

/** The endpoint a decision on a post is posted to. */
export const moderationPath = (collection: PostCollection, id: number | string): string => `/api/community/moderation/${collection}/${encodeURIComponent(String(id))}`
