import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import path from 'node:path'
import { Readable } from 'node:stream'

import { resolvePortalDir } from '../../config/paths'

/** The file types the portal build produces. */
const CONTENT_TYPES: Record<string, string> = {
  '.css': 'text/css; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.jpeg': 'image/jpeg',
  '.jpg': 'image/jpeg',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.pdf': 'application/pdf',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.webp': 'image/webp',
  '.xml': 'application/xml; charset=utf-8',
}

/**
 * Pagefind's index chunks and fragments are named by their content hash, so
 * they never change; everything else is checked with the server each time
 * (cheap: an ETag answers 304), so a rebuild shows at once.
 */
const cacheControlFor = (file: string): string =>
  /\/pagefind\/(fragment|index|filter)\//.test(file) || /\/chunks\/[^/]+-[A-Z0-9]{8}\.js$/.test(file)
    ? 'public, max-age=31536000, immutable'
    : 'public, no-cache'

/** The file a request path names inside the portal folder, or undefined if it would leave it. */
function fileFor(portalDir: string, segments: string[]): string | undefined {
  if (segments.some((segment) => segment.startsWith('.') || segment.includes('\0'))) return undefined
  const file = path.resolve(portalDir, ...segments)
  return file === portalDir || file.startsWith(portalDir + path.sep) ? file : undefined
}

async function existingFile(file: string | undefined) {
  if (!file) return undefined
  const info = await stat(file).catch(() => undefined)
  if (info?.isFile()) return { file, info }
  if (info?.isDirectory()) return existingFile(path.join(file, 'index.html'))
  return undefined
}

const portalNotBuilt = () =>
  new Response('<!DOCTYPE html><html lang="zh-CN"><meta charset="utf-8"><title>门户正在生成</title><p>门户网站正在生成，请稍后刷新。</p></html>', {
    status: 503,
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Retry-After': '30', 'Cache-Control': 'no-store' },
  })

/**
 * Serve the built portal (site/out/ or PORTAL_OUT_DIR) beside the admin and
 * the API: static files read from disk on every request, so a rebuild that
 * swaps the folder is served at once. Unknown paths get the portal's 404 page.
 */
export async function servePortalFile(request: Request, segments: string[]): Promise<Response> {
  const portalDir = resolvePortalDir()
  const requested = await existingFile(fileFor(portalDir, segments.map((segment) => decodeURIComponent(segment))))
  const pathname = new URL(request.url).pathname
  // Pages live at /path/ (trailing slash): send /path there, as a static host would.
  if (requested?.file.endsWith(`${path.sep}index.html`) && !pathname.endsWith('/')) {
    return Response.redirect(new URL(`${pathname}/`, request.url), 308)
  }
  const found = requested ?? (await existingFile(path.join(portalDir, '404.html')))
  if (!found) return portalNotBuilt()

  const etag = `"${found.info.size.toString(16)}-${Math.floor(found.info.mtimeMs).toString(16)}"`
  const status = requested ? 200 : 404
  const headers = new Headers({
    'Content-Type': CONTENT_TYPES[path.extname(found.file)] ?? 'application/octet-stream',
    'Cache-Control': status === 200 ? cacheControlFor(found.file) : 'no-cache',
    ETag: etag,
    'X-Content-Type-Options': 'nosniff',
  })
  if (status === 200 && request.headers.get('if-none-match') === etag) return new Response(null, { status: 304, headers })
  if (request.method === 'HEAD') return new Response(null, { status, headers })
  // Uncompressed: Next drops Content-Encoding from route handlers. In production a
  // CDN or reverse proxy in front compresses (see README, "Deploying the portal").
  headers.set('Content-Length', String(found.info.size))
  const stream = createReadStream(found.file)
  return new Response(Readable.toWeb(stream) as ReadableStream, { status, headers })
}
