import type { Endpoint } from 'payload'

import { ticketActionEndpoint } from './actions'
import { callerEndpoint } from './caller'
import { deskEndpoint } from './desk'
import { inboundEndpoints } from '../inbound/channels'
import { followEndpoints } from '../web/follow'
import { similarTicketsEndpoint } from '../web/similar'
import { webTicketEndpoint } from '../web/submit'
import { trackEndpoints } from '../web/track'
import { scoresEndpoint } from '../supervision/scores'

export const ticketEndpoints: Endpoint[] = [callerEndpoint, deskEndpoint, ...inboundEndpoints, webTicketEndpoint, similarTicketsEndpoint, ...followEndpoints, ...trackEndpoints, scoresEndpoint, ticketActionEndpoint]
