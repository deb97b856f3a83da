import type { Endpoint } from 'payload'

import { boardMemberEndpoints } from '../../BoardMembers/endpoints'
import { postingEndpoints } from './posting'
import { readingEndpoints } from './reading'

/** The community boards' endpoints under /api/community/: joining, posting and replying, and reading for scripts. */
export const communityBoardEndpoints: Endpoint[] = [...boardMemberEndpoints, ...postingEndpoints, ...readingEndpoints]
