import { readdir, writeFile } from 'node:fs/promises'
import path from 'node:path'

import { ANSWER_FRAME_FILE } from '../../collections/endpoints/answerPage'

/** Pages that are not content: kept out of the sitemap. */
const NOT_LISTED = new Set(['404.html', '404/index.html', ANSWER_FRAME_FILE])

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** The exported pages, as site paths (`/`, `/services/010301/`), sorted. */
async function exportedPages(exportDir: string): Promise<string[]> {
  const files = await readdir(exportDir, { recursive: true })
  return files
    .map((file) => file.split(path.sep).join('/'))
    .filter((file) => file.endsWith('index.html') && !NOT_LISTED.has(file))
    .map((file) => `/${file.slice(0, -'index.html'.length)}`)
    .sort()
}

/** sitemap.xml listing every exported page (sitemaps.org protocol) under the portal's public origin. */
export async function writeSitemap(exportDir: string, origin: string, lastModified: string): Promise<number> {
  const pages = await exportedPages(exportDir)
  const entries = pages.map(
    (page) => `  <url><loc>${escapeXml(`${origin}${page}`)}</loc><lastmod>${lastModified}</lastmod></url>`,
  )
  const xml = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...entries,
    '</urlset>',
    '',
  ].join('\n')
  await writeFile(path.join(exportDir, 'sitemap.xml'), xml)
  return pages.length
}
