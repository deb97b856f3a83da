/**
 * `npm run bench:pages`: the built portal (site/out/, `npm run portal:build`
 * first) as a resident's phone gets it.
 * - Lighthouse, mobile (its default: a mid-range phone on a slow 4G link,
 *   simulated), on the home page, a guide and a search: performance and
 *   accessibility scores (goals ≥ 95 and 100).
 * - A guide page's total transfer in Chromium, as served and gzip-compressed
 *   as a CDN or reverse proxy would send it (goal ≤ 150 KB compressed).
 */
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { chromium } from 'playwright-core'
import { gzipSync } from 'node:zlib'

import { CHROMIUM_ARGS, chromiumPath } from '../test/browser/chromium'
import { runCli } from './lib/cli'
import { startPortalServer } from './lib/bench/staticServer'

const PAGES = [
  ['首页', '/'],
  ['办事指南（出生登记）', '/services/010301/'],
  ['搜索（身份证）', '/search/?q=身份证'],
] as const
const GUIDE = '/services/010301/'

async function lighthouseScores(url: string, port: number) {
  const result = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance', 'accessibility'],
  })
  const categories = result?.lhr.categories
  const score = (name: 'accessibility' | 'performance') => Math.round((categories?.[name]?.score ?? 0) * 100)
  const audit = (id: string) => result?.lhr.audits[id]?.displayValue ?? ''
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    firstContentfulPaint: audit('first-contentful-paint'),
    largestContentfulPaint: audit('largest-contentful-paint'),
    totalBlockingTime: audit('total-blocking-time'),
    cumulativeLayoutShift: audit('cumulative-layout-shift'),
    speedIndex: audit('speed-index'),
  }
}

/** Every response a guide page loads: bytes as served, and gzip-compressed. */
async function guideTransfer(baseUrl: string) {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS })
  try {
    const page = await browser.newPage()
    const bodies: Promise<{ served: number; gzip: number; url: string }>[] = []
    page.on('response', (response) => {
      bodies.push(
        response.body().then((body) => ({ url: response.url(), served: body.length, gzip: gzipSync(body).length })),
      )
    })
    await page.goto(`${baseUrl}${GUIDE}`, { waitUntil: 'networkidle' })
    const files = await Promise.all(bodies)
    return {
      files,
      served: files.reduce((sum, file) => sum + file.served, 0),
      gzip: files.reduce((sum, file) => sum + Math.min(file.gzip, file.served), 0),
    }
  } finally {
    await browser.close()
  }
}

runCli(async () => {
  const server = await startPortalServer()
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath(),
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
  })
  try {
    console.log('Lighthouse（移动端，模拟中端手机和慢速 4G）')
    for (const [name, path] of PAGES) {
      const scores = await lighthouseScores(`${server.url}${path}`, chrome.port)
      console.log(
        `  ${name}：性能 ${scores.performance}（目标 ≥ 95），无障碍 ${scores.accessibility}（目标 100）；` +
          `FCP ${scores.firstContentfulPaint}，LCP ${scores.largestContentfulPaint}，TBT ${scores.totalBlockingTime}，` +
          `CLS ${scores.cumulativeLayoutShift}，SI ${scores.speedIndex}`,
      )
    }
    const transfer = await guideTransfer(server.url)
    console.log(
      `办事指南页总传输：${transfer.files.length} 个文件，原样 ${(transfer.served / 1024).toFixed(1)} KB，` +
        `gzip 压缩后 ${(transfer.gzip / 1024).toFixed(1)} KB（目标 ≤ 150 KB）`,
    )
    for (const file of transfer.files) {
      console.log(`  ${new URL(file.url).pathname}：${(file.served / 1024).toFixed(1)} KB → ${(file.gzip / 1024).toFixed(1)} KB`)
    }
  } finally {
    chrome.kill()
    await server.close()
  }
})
