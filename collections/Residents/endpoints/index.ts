import type { Endpoint } from 'payload'

import { closeEndpoint, exportEndpoint, meEndpoint, passwordEndpoint, realNameEndpoint } from './account'
import { sendCodeEndpoint, signInEndpoint, signOutEndpoint } from './signIn'

/** Everything under /api/residents/ (Payload's own sign-in routes are shut for this collection). */
export const residentEndpoints: Endpoint[] = [
  sendCodeEndpoint,
  signInEndpoint,
  signOutEndpoint,
  meEndpoint,
  passwordEndpoint,
  realNameEndpoint,
  exportEndpoint,
  closeEndpoint,
]
