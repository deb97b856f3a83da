import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { PORTAL_PATHS } from '../../collections/catalogue/portalPaths'
import { axeViolations, axeWithoutScript, launchBrowser, newPage } from './browser'
import { registeredPerson, verifiedResident } from './resident'

/**
 * The community boards as residents use them on the running platform: a
 * verified resident joins their community's board, posts and replies with
 * the script (the IP province from the trusted proxy's X-Forwarded-For);
 * anyone reads the board and the thread without it; both pages, and the
 * member's forms and 我的论坛, axe-clean in the standard and elderly modes;
 * and GraphQL writes nothing for a resident.
 */

const WEIWULU = '410105001001'
const JINGQILU = '410105001002'
/** A Zhengzhou address in ip2region's tables: shown as 河南. */
const HENAN_ADDRESS = '1.192.0.1'

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(() => browser.close())

const inMode = (page: Page, mode: string) => page.context().addInitScript((chosen) => localStorage.setItem('yizhan-mode', chosen), mode)

describe('the community boards', () => {
  it('joins, posts and replies with JavaScript, reads without it, axe-clean in both modes', async () => {
    const page = await newPage(browser, { extraHTTPHeaders: { 'X-Forwarded-For': HENAN_ADDRESS } })
    const phone = `1370022${String(process.pid % 10000).padStart(4, '0')}`
    await verifiedResident(page, phone, await registeredPerson(`41010519851122${String(process.pid % 1000).padStart(3, '0')}`, '宋佳怡'))

    await page.goto(PORTAL_PATHS.communityJoin())
    await page.getByLabel('昵称').fill(`纬五路新邻居${process.pid % 1000}`)
    await page.getByLabel('我已阅读并同意').check()
    await page.getByRole('button', { name: '加入论坛' }).click()
    await page.waitForURL((url) => url.pathname === PORTAL_PATHS.communityBoard(WEIWULU))

    await page.getByRole('link', { name: '发帖', exact: true }).click()
    await page.getByLabel('栏目').selectOption({ label: '失物招领' })
    await page.getByLabel('标题').fill('三号楼下捡到一串钥匙')
    await page.getByLabel('内容').fill('今天早上在三号楼下捡到一串钥匙，失主请回复说明。')
    await page.getByRole('button', { name: '发布' }).click()
    await page.getByRole('heading', { name: '三号楼下捡到一串钥匙' }).waitFor()
    const threadPath = new URL(page.url()).pathname
    expect(await page.locator('main').textContent()).toContain('IP属地：河南')

    await page.getByLabel('回复内容').fill('是我的钥匙，谢谢！')
    await page.getByRole('button', { name: '发表回复' }).click()
    await page.getByText('是我的钥匙，谢谢！').waitFor()
    expect(await axeViolations(page), 'thread page with JavaScript').toEqual([])
    // The member's own pages: the forms to post, propose and report, and 我的论坛, in both modes.
    const threadId = threadPath.split('/').filter(Boolean).at(-1)!
    for (const mode of ['standard', 'elderly']) {
      await page.evaluate((chosen) => localStorage.setItem('yizhan-mode', chosen), mode)
      for (const path of [PORTAL_PATHS.communityNewThread(WEIWULU), PORTAL_PATHS.communityProposals(WEIWULU), PORTAL_PATHS.communityReport(WEIWULU, threadId), PORTAL_PATHS.communityMine(), PORTAL_PATHS.communityRules()]) {
        await page.goto(path)
        expect(await axeViolations(page), `${path} (${mode})`).toEqual([])
      }
    }

    // A resident writes nothing over GraphQL, not even on their own board's neighbour.
    const boards = (await (await page.request.get(`/api/boards?where[code][equals]=${JINGQILU}&depth=0`)).json()) as { docs: { id: string }[] }
    const mutation = `mutation { createBoardThread(data: { board: "${boards.docs[0]!.id}", title: "标题", body: "内容" }) { id } }`
    const graphql = (await (await page.request.post('/api/graphql', { data: { query: mutation } })).json()) as { errors?: unknown[] }
    expect(graphql.errors?.length).toBeGreaterThan(0)

    for (const mode of ['standard', 'elderly']) {
      const reader = await newPage(browser, { javaScriptEnabled: false })
      await inMode(reader, mode)
      await reader.goto(PORTAL_PATHS.communityBoard(WEIWULU))
      await reader.getByRole('link', { name: '三号楼下捡到一串钥匙' }).waitFor()
      expect(await axeWithoutScript(browser, reader, mode), `board page without JavaScript (${mode})`).toEqual([])
      await reader.goto(threadPath)
      expect(await reader.locator('main').textContent()).toContain('1楼')
      expect(await axeWithoutScript(browser, reader, mode), `thread page without JavaScript (${mode})`).toEqual([])
      await reader.context().close()
    }
  })
})
