import type { Endpoint } from 'payload'

import { ticketActionEndpoint } from './actions'

export const ticketEndpoints: Endpoint[] = [ticketActionEndpoint]
