/**
 * `npm run bench:search`: how well and how fast the portal search answers
 * residents, measured in Chromium against the built portal (site/out/,
 * `npm run portal:build` first):
 * - hit@3 on test/search/queries.yaml: the share of queries whose top three
 *   results include a guide the query should find (goal ≥ 95%), by style;
 * - the first search's download (bytes fetched from /pagefind/) and time;
 * - the time per query once the index is warm.
 * `--misses` lists the queries that missed.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'

import { load } from 'js-yaml'
import { chromium, type Page } from 'playwright-core'

import { ROOT_DIR } from '../cms/config/paths'
import { CHROMIUM_ARGS, chromiumPath } from '../test/browser/chromium'
import { runCli } from './lib/cli'
import { startPortalServer } from './lib/bench/staticServer'

type Query = { expect: string[]; query: string; style: string }

const queries = load(readFileSync(path.join(ROOT_DIR, 'test', 'search', 'queries.yaml'), 'utf8')) as Query[]

/** Type a query into the search page and read the codes of the first three results. */
async function topThree(page: Page, query: string): Promise<string[]> {
  const status = page.locator('[data-search-status]')
  await page.evaluate(() => {
    document.querySelector('[data-search-status]')!.textContent = ''
  })
  await page.locator('#search-query').fill(query)
  await status.filter({ hasText: /找到|没有找到/ }).waitFor()
  const links = await page.locator('[data-search-results] > li a').evaluateAll((anchors) =>
    anchors.slice(0, 3).map((anchor) => (anchor as HTMLAnchorElement).pathname),
  )
  return links.map((href) => /\/services\/(\d{6})\//.exec(href)?.[1] ?? href)
}

runCli(async () => {
  const server = await startPortalServer()
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS })
  try {
    const page = await browser.newPage()
    let indexBytes = 0
    page.on('response', (response) => {
      if (!response.url().includes('/pagefind/')) return
      void response.body().then((body) => (indexBytes += body.length)).catch(() => undefined)
    })
    await page.goto(`${server.url}/search/`)
    const firstStarted = performance.now()
    await topThree(page, queries[0]!.query)
    const firstMs = performance.now() - firstStarted
    const firstBytes = indexBytes

    const misses: { got: string[]; query: Query }[] = []
    const byStyle = new Map<string, { hits: number; total: number }>()
    const started = performance.now()
    for (const query of queries) {
      const got = await topThree(page, query.query)
      const hit = got.some((code) => query.expect.includes(code))
      const tally = byStyle.get(query.style) ?? { hits: 0, total: 0 }
      byStyle.set(query.style, { hits: tally.hits + (hit ? 1 : 0), total: tally.total + 1 })
      if (!hit) misses.push({ query, got })
    }
    const perQueryMs = (performance.now() - started) / queries.length
    const hits = queries.length - misses.length
    console.log(`hit@3：${hits}/${queries.length} = ${((hits / queries.length) * 100).toFixed(1)}%（目标 ≥ 95%）`)
    for (const [style, { hits: styleHits, total }] of byStyle) {
      console.log(`  ${style}：${styleHits}/${total} = ${((styleHits / total) * 100).toFixed(1)}%`)
    }
    console.log(`首次搜索：下载索引 ${(firstBytes / 1024).toFixed(0)} KB，用时 ${firstMs.toFixed(0)} ms`)
    console.log(`此后每次查询（输入到结果显示）：平均 ${perQueryMs.toFixed(0)} ms；全部查询共下载索引 ${(indexBytes / 1024).toFixed(0)} KB`)
    if (process.argv.includes('--misses')) {
      for (const { got, query } of misses) console.log(`  未命中 [${query.style}] ${query.query} → 期望 ${query.expect.join('/')}，得到 ${got.join('、') || '无'}`)
    }
  } finally {
    await browser.close()
    await server.close()
  }
})
