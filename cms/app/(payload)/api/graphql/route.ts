import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { malformedGraphqlBody } from '../../../../lib/malformedRequests'

const graphqlPost = GRAPHQL_POST(config)

export const POST = async (request: Request): Promise<Response> => (await malformedGraphqlBody(request)) ?? graphqlPost(request)
export const OPTIONS = REST_OPTIONS(config)
