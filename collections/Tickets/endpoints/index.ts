import type { Endpoint } from 'payload'

import { ticketActionEndpoint } from './actions'
import { callerEndpoint } from './caller'
import { deskEndpoint } from './desk'
import { inboundEndpoints } from '../inbound/channels'

export const ticketEndpoints: Endpoint[] = [callerEndpoint, deskEndpoint, ...inboundEndpoints, ticketActionEndpoint]
