import type { Endpoint } from 'payload'

import { resendCodeEndpoint } from './resendCode'
import { mineEndpoint, ratingEndpoint, statusEndpoint, statusLookupEndpoint, supplementEndpoint, withdrawEndpoint } from './resident'
import { actionEndpoint, queuesEndpoint } from './staff'
import { submitEndpoint } from './submit'
import { systemEndpoints } from './system'
import { prefillEndpoint } from '../reuse/prefill'
import { submitBundleEndpoint } from '../../BundleCases/endpoints/submitBundle'

/** Everything under /api/applications/ besides Payload's own REST routes. */
export const applicationEndpoints: Endpoint[] = [
  submitEndpoint,
  submitBundleEndpoint,
  statusEndpoint,
  statusLookupEndpoint,
  mineEndpoint,
  supplementEndpoint,
  withdrawEndpoint,
  ratingEndpoint,
  resendCodeEndpoint,
  queuesEndpoint,
  actionEndpoint,
  ...systemEndpoints,
  prefillEndpoint,
]
