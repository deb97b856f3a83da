import { PORTAL_PATHS } from '../catalogue/portalPaths'
import { portalPath } from '../Residents/endpoints/signIn'

/** A browser's plain form post answered by sending it on to a page (303: the page is fetched with GET). */
export const seeOther = (location: string): Response => new Response(null, { status: 303, headers: { Location: location, 'Cache-Control': 'no-store' } })

/** Anyone not signed in goes to sign in first, and comes back to `back`. */
export const signInFirst = (back: string): Response => seeOther(portalPath(PORTAL_PATHS.mySignIn(back)))
