import path from 'node:path'

import { ROOT_DIR } from '../config/paths'

/** The portal's Next.js app. */
export const SITE_DIR = path.join(ROOT_DIR, 'site')
/** The content snapshot the portal builds from (see site/README.md). */
export const SNAPSHOT_DIR = path.join(SITE_DIR, 'snapshot')
