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
  // The portal rebuild job runs these build tools from the server, and documents are drawn with pdfkit
  // (which reads its own data files) in the font package's file, and ip2region reads its IP tables beside
  // its own code: load them from node_modules, unbundled.
  serverExternalPackages: ['esbuild', 'pagefind', 'pinyin-pro', 'opencc-js', 'qrcode', 'pdfkit', 'fontkit', '@embedpdf/fonts-sc', 'ip2region'],
  // The portal's pages live at /path/ (static-host style); its route handler
  // redirects /path to /path/ itself, so Next must not strip the slash.
  skipTrailingSlashRedirect: true,
}

const config = withPayload(nextConfig, { devBundleServerPackages: false })
const payloadHeaders = config.headers

/**
 * Payload asks every response for the colour-scheme client hint with
 * Critical-CH, which makes browsers load a page twice on a first visit. Only
 * the admin uses the hint, so only the admin asks for it; the portal stays
 * one request per page.
 */
config.headers = async () =>
  ((await payloadHeaders?.()) ?? []).map((rule) => (rule.source === '/:path*' ? { ...rule, source: '/admin/:path*' } : rule))

export default config
