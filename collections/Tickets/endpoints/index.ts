import type { Endpoint } from 'payload'

import { ticketActionEndpoint } from './actions'
import { callerEndpoint } from './caller'
import { deskEndpoint } from './desk'

export const ticketEndpoints: Endpoint[] = [callerEndpoint, deskEndpoint, ticketActionEndpoint]
