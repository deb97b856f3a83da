import type { NextConfig } from 'next'

import { readFileSync } from 'node:fs'
import path from 'node:path'

const snapshotDir = path.resolve(process.env.PORTAL_SNAPSHOT_DIR || 'snapshot')
const { cityName } = JSON.parse(readFileSync(path.join(snapshotDir, 'catalogue.json'), 'utf8')) as { cityName: string }

/**
 * The portal is exported as plain HTML: no server, no client-side React (every
 * page sets `unstable_runtimeJS: false`); the few interactive parts are small
 * scripts in site/client/, bundled into public/assets/ by the portal build.
 * PORTAL_EXPORT_DIR (relative to site/) names where the export is written, so
 * a rebuild never touches the portal being served.
 */
const nextConfig: NextConfig = {
  output: 'export',
  distDir: process.env.PORTAL_EXPORT_DIR || 'out',
  trailingSlash: true,
  images: { unoptimized: true },
  poweredByHeader: false,
  // Shown in every page's header and title; pages read the rest of the snapshot in getStaticProps.
  env: { PORTAL_CITY_NAME: cityName },
  reactStrictMode: true,
  // The site shares a few plain modules with the CMS (service vocabularies, portal paths, snapshot types).
  experimental: { externalDir: true },
  // `npm test` typechecks and lints the whole repository.
  typescript: { ignoreBuildErrors: true },
}

export default nextConfig
