import type { PayloadRequest } from 'payload'

/** What a route's page gets: the request (with the signed-in resident's cookie), a Local API req, and the path's parameters. */
export type PageContext = { params: string[]; req: PayloadRequest; request: Request; url: URL }

/**
 * A live page under /community/: `pattern` matches the path's segments after
 * `community` (`:name` takes one segment, as a parameter in order).
 */
export type CommunityRoute = { pattern: string[]; page: (context: PageContext) => Promise<Response> }
