import { existsSync, readFileSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import path from 'node:path'

import { resolvePortalDir } from '../config/paths'
import { sourceFingerprint } from '../lib/sourceFingerprint'

/** Everything the portal's pages depend on besides the content. */
const SITE_INPUTS = [
  'package-lock.json',
  'site',
  'collections/Services/options.ts',
  'collections/catalogue/portalUrl.ts',
  // The application form's rules and words, bundled into the apply and track pages' scripts.
  'collections/Applications/form',
  'collections/Applications/states.ts',
  'collections/casework/satisfaction.ts',
  'collections/validation',
  'collections/CalendarDays/workingDays.ts',
  'cms/publish',
]
/** Inside the built portal; a dot file, so never served. */
const STAMP_FILE = '.yizhan-site-stamp'

/** Whether the built portal came from the current site sources (content changes are tracked separately). */
export function isPortalBuildCurrent(outDir = resolvePortalDir()): boolean {
  const stamp = path.join(outDir, STAMP_FILE)
  return existsSync(stamp) && readFileSync(stamp, 'utf8') === sourceFingerprint(SITE_INPUTS)
}

/** Record in a portal being built which site sources it came from. */
export async function stampSiteSources(exportDir: string): Promise<void> {
  await writeFile(path.join(exportDir, STAMP_FILE), sourceFingerprint(SITE_INPUTS))
}
