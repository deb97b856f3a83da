import { servePortalFile } from '../../../lib/portal/servePortalFile'

/** The public portal at `/`: the static export, served from disk (see servePortalFile). */
export const dynamic = 'force-dynamic'

type Context = { params: Promise<{ path?: string[] }> }

export async function GET(request: Request, { params }: Context): Promise<Response> {
  return servePortalFile(request, (await params).path ?? [])
}

export const HEAD = GET
