import path from 'node:path'

import { ROOT_DIR } from '../../../cms/config/paths'

/** The portal's Next.js app. */
export const SITE_DIR = path.join(ROOT_DIR, 'site')
