import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { PORTAL_PATHS } from '../../collections/catalogue/portalPaths'
import { axeViolations, axeWithoutScript, baseUrl, launchBrowser, newPage, signIn, staffHeaders } from './browser'
import { registeredPerson, verifiedResident } from './resident'

/**
 * The community boards from the staff's side, on the running platform: a
 * post held by a 转人工审核 word approved in 论坛审核, turned into a 12345
 * work order from its page, a proposal given a support entered from paper
 * and answered from its page, the year's governance figures; every staff
 * screen and the proposal's public pages (without JavaScript, both modes,
 * under the portal's one breadcrumb trail) axe-clean.
 */

const WEIWULU = '410105001001'
const RUN = String(process.pid % 1000).padStart(3, '0')
const HELD_WORD = '楼道审核测试词'

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(() => browser.close())

/** A resident's JSON post to our API (201 expected): its answer. */
async function residentPost<T>(page: Page, path: string, data: Record<string, string>): Promise<T> {
  const response = await page.request.post(path, { data })
  expect(response.status(), await response.text()).toBe(201)
  return (await response.json()) as T
}

/** A thread as community staff read it over REST. */
const threadAsStaff = async (id: string) =>
  (await (await fetch(`${baseUrl()}/api/board-threads/${id}?depth=0`, { headers: await staffHeaders('board-community') })).json()) as { proposal?: { status: string; supports: number }; status: string; ticket?: string }

const inMode = (page: Page, mode: string) => page.context().addInitScript((chosen) => localStorage.setItem('yizhan-mode', chosen), mode)

describe('community boards in the admin', () => {
  it('approves a held post, turns it into a work order, answers a proposal with a paper support counted, shows the year’s figures; axe-clean', async () => {
    const words = await fetch(`${baseUrl()}/api/sensitive-words`, { method: 'POST', headers: { ...(await staffHeaders('admin-city')), 'Content-Type': 'application/json' }, body: JSON.stringify({ word: HELD_WORD, action: 'review' }) })
    expect(words.status).toBe(201)

    const resident = await newPage(browser)
    await verifiedResident(resident, `1370024${RUN.padStart(4, '0')}`, await registeredPerson(`41010519860315${RUN}`, '韩雪梅'))
    const joined = await resident.request.post('/api/community/join', { data: { community: WEIWULU, nickname: `三号楼韩姐${RUN}`, pledge: 'on' } })
    expect(joined.ok(), await joined.text()).toBe(true)
    const post = await residentPost<{ id: string; status: string }>(resident, `/api/community/boards/${WEIWULU}/threads`, { category: 'suggestion', title: `楼道堆放杂物${RUN}`, body: `三号楼楼道堆满杂物，${HELD_WORD}，消防通道不通。` })
    expect(post.status).toBe('pending')
    const proposal = await residentPost<{ id: string }>(resident, `/api/community/boards/${WEIWULU}/proposals`, { title: `小区增设电动车充电桩${RUN}`, body: '电动车在楼道充电危险，建议在东门空地增设充电桩。' })
    const onPaper = await registeredPerson(`41010519570921${RUN}`, '冯国栋')

    const staff = await newPage(browser)
    await signIn(staff, 'board-community')
    await staff.goto('/admin/community/moderation')
    const held = staff.getByRole('article', { name: `楼道堆放杂物${RUN}` })
    await held.waitFor()
    expect(await axeViolations(staff, ['.app-moderation']), 'moderation queue').toEqual([])
    await held.getByRole('button', { name: '审核通过' }).click()
    await staff.locator('.app-moderation').getByRole('status').getByText(/^已审核通过/).waitFor()
    expect((await threadAsStaff(post.id)).status).toBe('published')

    await staff.goto(`/admin/collections/board-threads/${post.id}`)
    const convert = staff.locator('.convert-thread')
    await convert.getByRole('button', { name: '转为12345工单' }).waitFor()
    expect(await axeViolations(staff, ['.convert-thread']), '转办 panel').toEqual([])
    staff.once('dialog', (dialog) => void dialog.accept())
    // Converted, the panel reloads the page: let it finish before going on.
    await Promise.all([staff.waitForEvent('load'), convert.getByRole('button', { name: '转为12345工单' }).click()])
    expect((await threadAsStaff(post.id)).ticket).toBeTruthy()

    await staff.goto(`/admin/collections/board-threads/${proposal.id}`)
    const actions = staff.locator('.proposal-actions')
    await actions.getByRole('heading', { name: '录入线下签名或电话支持' }).waitFor()
    expect(await axeViolations(staff, ['.proposal-actions']), 'proposal actions').toEqual([])
    await actions.getByRole('textbox', { name: '姓名' }).fill(onPaper.name)
    await actions.getByRole('textbox', { name: '身份证号' }).fill(onPaper.idNumber)
    await actions.getByRole('radio', { name: '线下签名' }).check()
    const [entered] = await Promise.all([staff.waitForResponse((response) => response.url().endsWith('/supports')), staff.waitForEvent('load'), actions.getByRole('button', { name: '录入支持' }).click()])
    expect(entered.status()).toBe(201)
    expect((await threadAsStaff(proposal.id)).proposal?.supports).toBe(1)
    await actions.getByRole('radio', { name: '采纳', exact: true }).check()
    await actions.getByRole('textbox', { name: '理由' }).fill('居民议事会讨论同意，由物业在东门空地安装。')
    await Promise.all([staff.waitForEvent('load'), actions.getByRole('button', { name: '提交答复' }).click()])
    await actions.getByRole('heading', { name: '记录落实进展' }).waitFor()
    expect(await axeViolations(staff, ['.proposal-actions']), 'proposal actions once adopted').toEqual([])

    await staff.goto('/admin/community/governance')
    await staff.getByRole('heading', { level: 1, name: '社区论坛治理年报' }).waitFor()
    expect(await axeViolations(staff), 'governance figures').toEqual([])

    for (const mode of ['standard', 'elderly']) {
      const reader = await newPage(browser, { javaScriptEnabled: false })
      await inMode(reader, mode)
      await reader.goto(PORTAL_PATHS.communityProposal(WEIWULU, proposal.id))
      expect(await reader.locator('main').textContent()).toContain('社区答复：采纳')
      // One trail, the portal's own: 首页 › 社区论坛 › the board › 居民提议 › the proposal.
      expect(await reader.locator('nav.breadcrumbs li').allTextContents()).toEqual(['首页', '社区论坛', '纬五路社区居民论坛', '居民提议', `小区增设电动车充电桩${RUN} - 居民提议`])
      expect(await axeWithoutScript(browser, reader, mode), `proposal page (${mode})`).toEqual([])
      for (const path of [PORTAL_PATHS.communityProposals(WEIWULU), PORTAL_PATHS.communityMeetings(WEIWULU), PORTAL_PATHS.communitySubscribe(WEIWULU)]) {
        await reader.goto(path)
        expect(await axeWithoutScript(browser, reader, mode), `${path} (${mode})`).toEqual([])
      }
      await reader.context().close()
    }
  })
})
