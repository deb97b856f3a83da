import type { NextConfig } from 'next'

import { withPayload } from '@payloadcms/next/withPayload'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

const nextConfig: NextConfig = {
  // The app imports payload.config.ts and collections/ from the repository root.
  outputFileTracingRoot: rootDir,
  // Readable class names and stack traces on the server (error names reach API responses).
  experimental: { serverMinification: false },
  // `npm test` typechecks and lints the whole repository; the build need not repeat it.
  typescript: { ignoreBuildErrors: true },
  poweredByHeader: false,
  async redirects() {
    // Until the portal is served here, the root leads staff to the admin.
    return [{ source: '/', destination: '/admin', permanent: false }]
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
