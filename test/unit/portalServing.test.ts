import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { servePortalFile } from '../../cms/lib/portal/servePortalFile'

const portalDir = mkdtempSync(path.join(os.tmpdir(), 'yizhan-portal-'))
const previous = process.env.PORTAL_OUT_DIR

beforeAll(() => {
  process.env.PORTAL_OUT_DIR = portalDir
  mkdirSync(path.join(portalDir, 'services', '010301'), { recursive: true })
  mkdirSync(path.join(portalDir, 'pagefind', 'fragment'), { recursive: true })
  writeFileSync(path.join(portalDir, 'index.html'), '<h1>首页</h1>')
  writeFileSync(path.join(portalDir, '404.html'), '<h1>找不到这个页面</h1>')
  writeFileSync(path.join(portalDir, 'services', '010301', 'index.html'), '<h1>出生登记</h1>')
  writeFileSync(path.join(portalDir, 'pagefind', 'fragment', 'zh_abc123.pf_fragment'), 'x')
  writeFileSync(path.join(portalDir, '.yizhan-site-stamp'), 'secret')
})
afterAll(() => {
  process.env.PORTAL_OUT_DIR = previous
  rmSync(portalDir, { recursive: true, force: true })
})

const get = (pathname: string, headers: Record<string, string> = {}) =>
  servePortalFile(new Request(`http://localhost${pathname}`, { headers }), pathname.split('/').filter(Boolean))

describe('serving the built portal', () => {
  it('serves pages at their trailing-slash address as HTML', async () => {
    const response = await get('/services/010301/')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(await response.text()).toBe('<h1>出生登记</h1>')
  })

  it('sends /path to /path/, as a static host does', async () => {
    const response = await get('/services/010301')
    expect(response.status).toBe(308)
    expect(response.headers.get('location')).toBe('http://localhost/services/010301/')
  })

  it('answers a repeated request with 304 when nothing changed', async () => {
    const first = await get('/')
    const again = await get('/', { 'if-none-match': first.headers.get('etag') ?? '' })
    expect(again.status).toBe(304)
  })

  it('caches content-named search index files for a year, pages not at all without checking', async () => {
    expect((await get('/pagefind/fragment/zh_abc123.pf_fragment')).headers.get('cache-control')).toContain('immutable')
    expect((await get('/')).headers.get('cache-control')).toBe('public, no-cache')
  })

  it('gives the portal’s 404 page for unknown paths, dot files and paths outside the portal', async () => {
    for (const pathname of ['/no-such-page/', '/.yizhan-site-stamp', '/..%2F..%2Fetc%2Fpasswd']) {
      const response = await get(pathname)
      expect(response.status, pathname).toBe(404)
      expect(await response.text()).toBe('<h1>找不到这个页面</h1>')
    }
  })
})
