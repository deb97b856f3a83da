import config from '@payload-config'
import {
  REST_DELETE,
  REST_GET,
  REST_OPTIONS,
  REST_PATCH,
  REST_POST,
  REST_PUT,
} from '@payloadcms/next/routes'

import { malformedAddress } from '../../../../lib/malformedRequests'

type RestHandler = ReturnType<typeof REST_GET>

/**
 * A query with broken percent-encoding (`?where%ZZ`) is refused here: the
 * proxy sees the query already re-encoded, and Payload's parser would
 * silently drop the broken part.
 */
const refusingMalformedAddress =
  (handler: RestHandler): RestHandler =>
  async (request, context) =>
    malformedAddress(new URL(request.url)) ?? handler(request, context)

export const GET = refusingMalformedAddress(REST_GET(config))
export const POST = refusingMalformedAddress(REST_POST(config))
export const DELETE = refusingMalformedAddress(REST_DELETE(config))
export const PATCH = refusingMalformedAddress(REST_PATCH(config))
export const PUT = refusingMalformedAddress(REST_PUT(config))
export const OPTIONS = REST_OPTIONS(config)
