import config from '@payload-config'
import { getPayload } from 'payload'

import { communityPage, isCommunityPath } from '../../../../collections/community/pages/router'
import { isWorkerCheckPath, workerCheckPage } from '../../../../collections/Workers/verification'
import { servePortalFile } from '../../../lib/portal/servePortalFile'

/** The public portal at `/`: the static export, served from disk (see servePortalFile), and the live pages no export can hold. */
export const dynamic = 'force-dynamic'

type Context = { params: Promise<{ path?: string[] }> }

export async function GET(request: Request, { params }: Context): Promise<Response> {
  const segments = (await params).path ?? []
  // A worker's card colour changes daily: checked live (README › Deploying the portal on a static host or CDN).
  if (isWorkerCheckPath(segments)) return workerCheckPage(await getPayload({ config }), request, segments[2]!)
  // The community boards change with every post: rendered live (collections/community/pages/).
  if (isCommunityPath(segments)) return communityPage(await getPayload({ config }), request, segments)
  return servePortalFile(request, segments)
}

export const HEAD = GET
