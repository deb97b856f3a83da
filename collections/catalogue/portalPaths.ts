/** The portal's URL scheme, shared by the admin's preview links and the site itself. */
export const PORTAL_PATHS = {
  home: () => '/',
  stage: (slug: string) => `/stages/${slug}/`,
  topic: (code: string) => `/topics/${code}/`,
  services: () => '/services/',
  service: (code: string) => `/services/${code}/`,
  apply: (code: string) => `/apply/${code}/`,
  bundles: () => '/bundles/',
  bundle: (code: string) => `/bundles/${code}/`,
  centres: () => '/centres/',
  centre: (code: string) => `/centres/${code}/`,
  departments: () => '/departments/',
  department: (code: string) => `/departments/${code}/`,
  /** 查询办件进度; the tracking number may be filled in, the query code never is (it stays out of URLs). */
  track: (trackingNumber?: string) => (trackingNumber ? `/track/?t=${encodeURIComponent(trackingNumber)}` : '/track/'),
  /** 网上12345: a request to the hotline, and tracking one (the phone never goes into the address). */
  hotline: () => '/hotline/',
  hotlineTrack: (number?: string) => (number ? `/hotline/track/?n=${encodeURIComponent(number)}` : '/hotline/track/'),
  search: (query?: string) => (query ? `/search/?q=${encodeURIComponent(query)}` : '/search/'),
  accessibility: () => '/accessibility/',
  /** 个人信息保护说明 (the privacy notice residents accept at their first sign-in). */
  privacy: () => '/privacy/',
  /** 我的: a signed-in resident's own page, and where they sign in. */
  my: () => '/my/',
  /** Sign in, then go on to `next` (a path on the portal; anything else is ignored). */
  mySignIn: (next?: string) => (next ? `/my/sign-in/?next=${encodeURIComponent(next)}` : '/my/sign-in/'),
} as const

/** A return address for after signing in: a path on the portal itself, never another site (`//host`, `/\\host`, `https:`). */
export const portalReturnPath = (next: null | string | undefined): null | string => (next && /^\/(?![/\\])/.test(next) ? next : null)
