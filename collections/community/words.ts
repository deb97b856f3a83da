/**
 * The words of the community boards (社区论坛, the Dejia model): what each
 * stored value is called where residents and staff read it.
 */

/** What a resident's thread is about; official posts and proposals have their own kinds. */
export const THREAD_CATEGORIES = {
  discussion: '议事',
  help: '邻里互助',
  lostFound: '失物招领',
  activity: '活动',
  secondHand: '闲置',
  suggestion: '建议',
} as const
export type ThreadCategory = keyof typeof THREAD_CATEGORIES

/** A thread is a resident's post, a 居务公开 post by the 居委会, or a proposal (提议) gathering supports. */
export const THREAD_KINDS = {
  post: '居民帖子',
  official: '居务公开',
  proposal: '居民提议',
} as const
export type ThreadKind = keyof typeof THREAD_KINDS

/** 居务公开: what an official post publishes. */
export const OFFICIAL_KINDS = {
  notice: '通知公告',
  finance: '财务公开',
  meeting: '会议结果',
  publicity: '公示',
  other: '其他居务',
} as const
export type OfficialKind = keyof typeof OFFICIAL_KINDS

/**
 * Where a post stands. Only `published` is shown to the public; nothing is
 * ever deleted: a removed post is `hidden` with its reason.
 */
export const POST_STATUSES = {
  published: '已发布',
  pending: '待审核',
  held: '暂停显示，待复核',
  hidden: '已屏蔽',
  rejected: '未通过审核',
} as const
export type PostStatus = keyof typeof POST_STATUSES

/** 先发后审 (shown at once, patrolled) or 先审后发 (shown after a moderator approves). */
export const MODERATION_MODES = {
  post: '先发后审',
  pre: '先审后发',
} as const
export type ModerationMode = keyof typeof MODERATION_MODES

/** How a member's real identity and residence were confirmed. */
export const MEMBER_VERIFICATIONS = {
  population: '人口库核验',
  committee: '居委会确认',
} as const
export type MemberVerification = keyof typeof MEMBER_VERIFICATIONS

export const MEMBER_STATUSES = {
  pending: '待居委会确认',
  active: '正常',
  muted: '禁言',
  blacklisted: '黑名单',
} as const
export type MemberStatus = keyof typeof MEMBER_STATUSES

/** 举报 reasons, in the words of 网络信息内容生态治理规定. */
export const REPORT_REASONS = {
  illegal: '违法违规',
  vulgar: '色情低俗',
  rumour: '谣言或不实信息',
  advert: '广告或诈骗',
  abuse: '辱骂攻击',
  privacy: '泄露他人隐私',
  other: '其他',
} as const
export type ReportReason = keyof typeof REPORT_REASONS

export const REPORT_STATUSES = {
  pending: '待处理',
  upheld: '举报属实，已处理',
  dismissed: '经核查未违规',
} as const
export type ReportStatus = keyof typeof REPORT_STATUSES

/** What a sensitive word does to a post that contains it. */
export const WORD_ACTIONS = {
  block: '禁止发布',
  review: '转人工审核',
  mask: '以*号遮盖',
} as const
export type WordAction = keyof typeof WORD_ACTIONS

/** A proposal's way from gathering supports to a decision residents can follow. */
export const PROPOSAL_STATUSES = {
  collecting: '征集支持中',
  agenda: '已列入居民议事会议程',
  studying: '研究中',
  adopted: '采纳',
  declined: '不采纳',
  done: '已落实',
} as const
export type ProposalStatus = keyof typeof PROPOSAL_STATUSES

/** How a support was given: online by the resident, or entered by staff from paper or a call. */
export const SUPPORT_CHANNELS = {
  online: '网上支持',
  offline: '线下签名',
  phone: '电话表示支持',
} as const
export type SupportChannel = keyof typeof SUPPORT_CHANNELS

/** What a moderator does to a post; reject and hide need a reason, told to the author. */
export const MODERATION_ACTIONS = {
  approve: '审核通过',
  reject: '不予通过',
  hide: '屏蔽',
  restore: '恢复显示',
} as const
export type ModerationAction = keyof typeof MODERATION_ACTIONS
