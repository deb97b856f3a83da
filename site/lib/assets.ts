/**
 * Static files built from site/client/ and site/styles/ by the portal build,
 * with a version so browsers fetch them again after a rebuild that changed them.
 */
const version = process.env.PORTAL_ASSET_VERSION ?? 'dev'

export const assetUrl = (file: 'apply.js' | 'guideFeedback.js' | 'hotline.js' | 'lifeSearch.js' | 'my.js' | 'portal.css' | 'portal.js' | 'search.js' | 'track.js' | 'verify.js'): string =>
  `/assets/${file}?v=${version}`
