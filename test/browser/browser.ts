import { randomInt } from 'node:crypto'
import { cpSync, mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import AxeBuilder from '@axe-core/playwright'
import { type Browser, type BrowserContextOptions, chromium, type Locator, type Page } from 'playwright-core'
import { inject } from 'vitest'

import { DEMO_PASSWORD } from '../../scripts/lib/seed'
import { CHROMIUM_ARGS } from './chromium'

export const baseUrl = (): string => inject('baseUrl')

export const launchBrowser = (): Promise<Browser> =>
  chromium.launch({ executablePath: inject('chromiumPath'), args: CHROMIUM_ARGS })

/**
 * For a test that starts a platform of its own: a new data folder holding a
 * copy of the run's seeded one (with its portal, test/browser/globalSetup.ts)
 * and the secret it was seeded under, so that start skips seeding and the
 * portal build.
 */
export function seededCopy(prefix: string): { dataDir: string; secret: string } {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), prefix))
  cpSync(inject('seededDataDir')!, dataDir, { recursive: true })
  return { dataDir, secret: inject('seededSecret')! }
}

/**
 * A page in a new context. Each context is its own client, as each resident
 * is (an address of its own, which the platform trusts from the loopback
 * proxy, picked at random from the shared address space 100.64.0.0/10), so
 * one file's sign-ins and submits never use up another's per-client limits;
 * pass `extraHTTPHeaders` to choose the address.
 */
export async function newPage(browser: Browser, options: BrowserContextOptions = {}): Promise<Page> {
  const client = { 'X-Forwarded-For': `100.${randomInt(64, 128)}.${randomInt(0, 256)}.${randomInt(1, 255)}` }
  const context = await browser.newContext({ locale: 'zh-CN', baseURL: baseUrl(), extraHTTPHeaders: client, ...options })
  return context.newPage()
}

/** Sign in through the admin's own login form, in whichever language it shows, landing on the dashboard. */
export async function signInThroughForm(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/admin/login')
  await page.locator('#field-username').fill(username)
  await page.locator('#field-password').fill(password)
  await page.locator('form button[type="submit"]').click()
  await page.waitForURL((url) => url.pathname === '/admin')
}

/**
 * Sign a page's context in over the REST login (its session cookie set in
 * the context), staying where it is: the page's next admin address opens
 * signed in. A second faster than the form, which one test still walks.
 */
export async function signIn(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
  const response = await page.request.post('/api/users/login', { data: { username, password } })
  if (!response.ok()) throw new Error(`${username} could not sign in: ${response.status()}`)
}

/** Sign in, then open the role's dashboard. */
export async function signInToDashboard(page: Page, username: string): Promise<void> {
  await signIn(page, username)
  await page.goto('/admin')
}

/**
 * Follow a link in Payload's admin lists by its address rather than a click:
 * right after hydrating, a list replaces its URL with the normalised query,
 * and on a busy machine that replacement can land after a click and cancel
 * the click's navigation, leaving the page on the list.
 */
export async function followListLink(page: Page, link: Locator, timeout?: number): Promise<void> {
  await link.waitFor({ timeout })
  await page.goto((await link.getAttribute('href'))!)
}

/**
 * WCAG 2.2 AA problems axe-core finds on the page, or only within the
 * `include` selectors (our own panels inside Payload's admin), each as
 * "rule: elements" (an empty list when there are none).
 */
export async function axeViolations(page: Page, include: string[] = []): Promise<string[]> {
  // Legacy mode runs axe in the page itself rather than gathering frames' results in a blank page opened for
  // each check: ~40% less time a check, and our pages have no cross-origin frames, which only that needs.
  const builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).setLegacyMode(true)
  for (const selector of include) builder.include(selector)
  const { violations } = await builder.analyze()
  return violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)
}

/**
 * axe on what a browser without JavaScript shows. axe needs scripts, so the
 * page's markup — its scripts taken out, what <noscript> holds shown — is
 * checked in a scripted page on the same origin, with the elderly mode set
 * the way the portal's boot script sets it.
 */
export async function axeWithoutScript(browser: Browser, page: Page, mode: string): Promise<string[]> {
  let markup = (await page.content()).replace(/<script\b[\s\S]*?<\/script>/gi, '').replace(/<\/?noscript>/gi, '')
  if (mode === 'elderly') markup = markup.replace('<html', '<html data-mode="elderly"')
  const checker = await newPage(browser)
  await checker.goto('/404/').catch(() => undefined)
  await checker.setContent(markup, { waitUntil: 'load' })
  const violations = await axeViolations(checker)
  await checker.context().close()
  return violations
}

const tokens = new Map<string, string>()

/** The Authorization header of a demo staff account, signed in once over the REST login. */
export async function staffHeaders(username: string): Promise<Record<string, string>> {
  if (!tokens.has(username)) {
    const response = await fetch(`${baseUrl()}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username, password: DEMO_PASSWORD }),
    })
    tokens.set(username, ((await response.json()) as { token: string }).token)
  }
  return { Authorization: `JWT ${tokens.get(username)}` }
}

/** A 年 / 月 / 日 date question's three boxes, found by the question's words. */
export async function fillDate(page: Page, label: string, [year, month, day]: [string, string, string]): Promise<void> {
  const group = page.getByRole('group', { name: label })
  await group.getByLabel('年', { exact: true }).fill(year)
  await group.getByLabel('月', { exact: true }).fill(month)
  await group.getByLabel('日', { exact: true }).fill(day)
}
