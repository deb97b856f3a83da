import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'

import type { Demand, DemandGroup } from '../../cms/payload-types'
import { axeViolations, baseUrl, launchBrowser, newPage, signIn, staffHeaders } from './browser'

/**
 * 相似诉求分组 from its admin page: a 金水区 agent merges one group into
 * another picked by title, splits a demand back out, and records a decision
 * on a guide; every step is checked over REST, and the panel is axe-clean.
 */

const AGENT = 'agent-district'
const FITNESS = '滨河公园的单杠和漫步机坏了，锻炼的老人容易受伤'
const ELEVATOR = '幸福里小区3号楼电梯频繁停运，困住过住户'

const jsonHeaders = async () => ({ ...(await staffHeaders(AGENT)), 'Content-Type': 'application/json' })
const getJson = async <T,>(path: string): Promise<T> => (await (await fetch(`${baseUrl()}${path}`, { headers: await jsonHeaders() })).json()) as T

/** A complaint filed over REST in 纬五路社区; the demand it registered. */
async function complaint(summary: string, phone: string): Promise<Demand> {
  const headers = await jsonHeaders()
  const divisions = await getJson<{ docs: { id: string }[] }>('/api/divisions?where[code][equals]=410105001001&depth=0')
  const created = await fetch(`${baseUrl()}/api/tickets`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ channel: 'phone', kind: 'complaint', summary, content: `${summary}。`, caller: { name: '居民', phone }, division: divisions.docs[0]!.id }),
  })
  expect(created.status).toBe(201)
  const { doc } = (await created.json()) as { doc: { id: string } }
  const { docs } = await getJson<{ docs: Demand[] }>(`/api/demands?where[sourceKey][equals]=tickets:${doc.id}&depth=0`)
  expect(docs).toHaveLength(1)
  return docs[0]!
}

const group = (id: string) => getJson<DemandGroup>(`/api/demand-groups/${id}?depth=0`)
const demand = (id: string) => getJson<Demand>(`/api/demands/${id}?depth=0`)
const groupPage = (page: Page, id: string) => page.goto(`/admin/collections/demand-groups/${id}`)

describe('demand groups in the admin', () => {
  it('merges a group into another chosen by title, splits a demand out, records a decision; the panel is axe-clean', async () => {
    const fitness = await complaint(FITNESS, '13800007001')
    const elevator = await complaint(ELEVATOR, '13800007002')
    const [from, into] = [await group(String(fitness.group)), await group(String(elevator.group))]
    expect(from.id).not.toBe(into.id)

    const browser = await launchBrowser()
    try {
      const page = await newPage(browser)
      await signIn(page, AGENT)
      await groupPage(page, from.id)
      const panel = page.locator('.demand-group-actions')
      await panel.getByRole('heading', { name: '并入其他分组' }).waitFor({ timeout: 60_000 })
      expect(await axeViolations(page, ['.demand-group-actions'])).toEqual([])

      // 并入其他分组: picked by title, confirmed with both names.
      await panel.getByLabel('并入到').selectOption({ label: `${into.title}（${into.size} 件）` })
      await panel.getByRole('button', { name: '并入所选分组' }).click()
      await panel.getByText(`确定把分组“${from.title}”的全部诉求并入分组“${into.title}”吗？`, { exact: false }).waitFor()
      await panel.getByRole('button', { name: '确定并入' }).click()
      await page.waitForURL((url) => url.pathname.endsWith(`/demand-groups/${into.id}`), { timeout: 60_000 })
      expect(await group(from.id)).toMatchObject({ status: 'merged', mergedInto: into.id })
      expect(await demand(fitness.id)).toMatchObject({ group: into.id, groupedBy: 'staff' })

      // 拆分: the fitness demand leaves for a new group, which opens.
      await panel.getByLabel(FITNESS, { exact: false }).check({ timeout: 60_000 })
      await panel.getByRole('button', { name: '拆分为新分组' }).click()
      await page.waitForURL((url) => !url.pathname.endsWith(`/demand-groups/${into.id}`), { timeout: 60_000 })
      const split = String((await demand(fitness.id)).group)
      expect(split).not.toBe(into.id)
      expect(page.url()).toContain(`/demand-groups/${split}`)
      expect((await demand(elevator.id)).group).toBe(into.id)

      // 作出决定: refused without the service, then saved with a guide picked by title.
      await panel.getByRole('heading', { name: '作出决定' }).waitFor({ timeout: 60_000 })
      await panel.getByLabel('决定', { exact: true }).selectOption({ label: '修改办事指南' })
      await panel.getByLabel('公开的诉求概述', { exact: false }).fill('公园健身器材损坏后报修无门')
      await panel.getByLabel('说明（改了什么，或不予采纳的理由）').fill('在办事指南中写明公园健身器材的报修电话和维修时限')
      await panel.getByRole('button', { name: '保存决定' }).click()
      const refusal = panel.getByRole('alert')
      await refusal.waitFor()
      expect(await refusal.textContent()).toContain('请填写新增或修改的服务')
      const service = panel.getByLabel('新增或修改的服务')
      await service.selectOption({ index: 1 })
      const code = await service.inputValue()
      await panel.getByRole('button', { name: '保存决定' }).click()
      await panel.getByText('尚未通知', { exact: false }).waitFor({ timeout: 60_000 })
      const services = await getJson<{ docs: { id: string }[] }>(`/api/services?where[code][equals]=${code}&depth=0&draft=true`)
      expect((await group(split)).decision).toMatchObject({ kind: 'guideChange', service: services.docs[0]!.id, publicSummary: '公园健身器材损坏后报修无门', note: '在办事指南中写明公园健身器材的报修电话和维修时限', notifiedAt: null })
      expect(await axeViolations(page, ['.demand-group-actions'])).toEqual([])
    } finally {
      await browser.close()
    }
  }, 300_000)
})
