/**
 * 我的 without JavaScript: the API's own page of the signed-in resident's
 * cases (the portal's /my/ fills itself in with a script). Relative to the
 * API's origin.
 */
export const MY_OVERVIEW_PATH = '/api/my/overview'
