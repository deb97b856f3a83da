/** The portal's URL scheme, shared by the admin's preview links and the site itself. */
export const PORTAL_PATHS = {
  home: () => '/',
  stage: (slug: string) => `/stages/${slug}/`,
  topic: (code: string) => `/topics/${code}/`,
  services: () => '/services/',
  service: (code: string) => `/services/${code}/`,
  apply: (code: string) => `/apply/${code}/`,
  /** A 一件事's one form, when it can be applied for as one. */
  applyBundle: (code: string) => `/apply/bundles/${code}/`,
  bundles: () => '/bundles/',
  bundle: (code: string) => `/bundles/${code}/`,
  centres: () => '/centres/',
  centre: (code: string) => `/centres/${code}/`,
  departments: () => '/departments/',
  department: (code: string) => `/departments/${code}/`,
  /** 查询办件进度; the tracking number may be filled in, the query code never is (it stays out of URLs). */
  track: (trackingNumber?: string) => (trackingNumber ? `/track/?t=${encodeURIComponent(trackingNumber)}` : '/track/'),
  /** 网上12345: a request to the hotline (about a guide, when its code is given), and tracking one (the phone never goes into the address). */
  hotline: (serviceCode?: string) => (serviceCode ? `/hotline/?service=${encodeURIComponent(serviceCode)}` : '/hotline/'),
  hotlineTrack: (number?: string) => (number ? `/hotline/track/?n=${encodeURIComponent(number)}` : '/hotline/track/'),
  /** 核验: check a result document by its verification number (the QR code printed on it leads here with the number). */
  verify: (number?: string) => (number ? `/verify/?n=${encodeURIComponent(number)}` : '/verify/'),
  /** 服务人员核验: the lookup form, and a worker's live card page (what the card's QR code opens; served by the server, not the export). */
  lifeWorker: (cardNumber?: string) => (cardNumber ? `/life/workers/${encodeURIComponent(cardNumber)}/` : '/life/workers/'),
  /** 生活服务: the categories, one page per category, and the 加盟申请 form. */
  life: () => '/life/',
  lifeCategory: (code: string) => `/life/${encodeURIComponent(code)}/`,
  lifeJoin: () => '/life/join/',
  lifeProvider: (id: number | string) => `/life/providers/${encodeURIComponent(String(id))}/`,
  /** 社区论坛: live pages served by the server (collections/community/pages/): the index, a board, its threads, proposals and meetings. */
  community: () => '/community/',
  communityBoard: (code: string) => `/community/${code}/`,
  communityThread: (code: string, id: number | string) => `/community/${code}/threads/${encodeURIComponent(String(id))}/`,
  communityNewThread: (code: string) => `/community/${code}/new/`,
  /** 居务公开 by SMS: subscribe to a board's official posts. */
  communitySubscribe: (code: string) => `/community/${code}/subscribe/`,
  communityProposals: (code: string) => `/community/${code}/proposals/`,
  communityProposal: (code: string, id: number | string) => `/community/${code}/proposals/${encodeURIComponent(String(id))}/`,
  communityMeetings: (code: string) => `/community/${code}/meetings/`,
  communityMeeting: (code: string, id: number | string) => `/community/${code}/meetings/${encodeURIComponent(String(id))}/`,
  /** 举报 a thread, or one of its replies. */
  communityReport: (code: string, threadId: number | string, replyId?: number | string) =>
    `/community/${code}/report/${encodeURIComponent(String(threadId))}/${replyId === undefined ? '' : `${encodeURIComponent(String(replyId))}/`}`,
  /** 论坛公约 and how posts are moderated; joining a board (real name, nickname, pledge); a resident's own posts and reports. */
  communityRules: () => '/community/rules/',
  communityJoin: () => '/community/join/',
  communityMine: () => '/community/mine/',
  search: (query?: string) => (query ? `/search/?q=${encodeURIComponent(query)}` : '/search/'),
  accessibility: () => '/accessibility/',
  /** 个人信息保护说明 (the privacy notice residents accept at their first sign-in). */
  privacy: () => '/privacy/',
  /** 预约: booking a counter service at a service centre (the steps themselves are pages of the API). */
  appointments: () => '/appointments/',
  /** 我的: a signed-in resident's own page, and where they sign in. */
  my: () => '/my/',
  /** 公开数据: 好差评 and hotline figures, the city's page and one per division below it. */
  statistics: (divisionCode?: string) => (divisionCode ? `/statistics/${divisionCode}/` : '/statistics/'),
  /** 答复公开: published answers to 建议 and 咨询. */
  answers: () => '/answers/',
  /** 诉求处理决定: what was decided on each class of demands residents raised. */
  decisions: () => '/answers/decisions/',
  /** 开放数据: the daily bulk export of work orders and its schema. */
  openData: () => '/open-data/',
  /** Sign in, then go on to `next` (a path on the portal; anything else is ignored). */
  /** 企业服务: providers' accounts sign in here to their workspace (whose pages are the API's). */
  providerSignIn: () => '/life/provider/',
  mySignIn: (next?: string) => (next ? `/my/sign-in/?next=${encodeURIComponent(next)}` : '/my/sign-in/'),
} as const

/** Stands in for the portal's origin when checking where a path leads. */
const HERE = 'https://portal.invalid'

/**
 * A return address for after signing in: a path on the portal itself, never
 * another site. Resolved as a browser would (it drops tabs and newlines and
 * reads a backslash as a slash), so no `//host` in disguise can lead away.
 */
export function portalReturnPath(next: null | string | undefined): null | string {
  if (!next?.startsWith('/')) return null
  try {
    return new URL(next, HERE).origin === HERE ? next : null
  } catch {
    return null
  }
}
