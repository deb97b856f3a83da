import { describe, expect, it } from 'vitest'

import { axeViolations, baseUrl, followListLink, launchBrowser, newPage, signIn, staffHeaders } from './browser'

/**
 * The reviewers' tools in the admin: find an application by its applicant's
 * phone, see the applicant and the time left on its row, export the list,
 * and call the applicant from the case's page.
 */

const PHONE = `139${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`
const ADMIN_PAGE_TIMEOUT_MS = 60_000

/** A resident's application over the API, accepted by the reviewer: its tracking number. */
async function acceptedApplication(): Promise<string> {
  const submitted = await fetch(`${baseUrl()}/api/applications/submit`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': `10.9.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}` },
    body: JSON.stringify({
      serviceCode: '030502',
      divisionCode: '410105001001',
      applicant: { name: '欧阳娜娜', idNumber: '11010519491231002X', phone: PHONE, email: '' },
      answers: { applicantType: '16至24岁失业青年', preferredIndustry: '其他' },
    }),
  })
  const { trackingNumber } = (await submitted.json()) as { trackingNumber: string }
  const headers = await staffHeaders('reviewer-community')
  const listed = await fetch(`${baseUrl()}/api/applications?where[trackingNumber][equals]=${trackingNumber}&depth=0`, { headers })
  const [{ id }] = ((await listed.json()) as { docs: { id: string }[] }).docs as [{ id: string }]
  await fetch(`${baseUrl()}/api/applications/${id}/actions`, {
    method: 'POST',
    headers: { ...headers, 'Content-Type': 'application/json' },
    body: JSON.stringify({ action: 'accept' }),
  })
  return trackingNumber
}

describe('the reviewers’ tools', () => {
  it('find an application by the applicant’s phone, mark its time left, export the list and call the applicant', async () => {
    const trackingNumber = await acceptedApplication()
    const browser = await launchBrowser()
    try {
      const reviewer = await newPage(browser)
      await signIn(reviewer, 'reviewer-community')
      await reviewer.goto('/admin/collections/applications')
      await reviewer.getByRole('heading', { name: '按申请人查找' }).waitFor({ timeout: ADMIN_PAGE_TIMEOUT_MS })
      expect(await axeViolations(reviewer, ['.reviewer-tools'])).toEqual([])

      await reviewer.getByLabel('查找方式').selectOption({ label: '手机号码' })
      await reviewer.getByLabel('完整的手机号码').fill(PHONE)
      await reviewer.getByRole('button', { name: '查找', exact: true }).click()
      await reviewer.getByText('正在显示按申请人查找到的 1 件办件。').waitFor({ timeout: ADMIN_PAGE_TIMEOUT_MS })
      const row = reviewer.getByRole('row').filter({ hasText: trackingNumber })
      await row.waitFor({ timeout: ADMIN_PAGE_TIMEOUT_MS })
      expect(await row.textContent()).toContain('欧***')
      expect(await row.textContent()).toMatch(/还剩 \d+ 个工作日/)

      const [download] = await Promise.all([reviewer.waitForEvent('download'), reviewer.getByRole('link', { name: '导出 Excel' }).click()])
      expect(download.suggestedFilename()).toMatch(/^applications-\d{4}-\d{2}-\d{2}\.xlsx$/)

      await followListLink(reviewer, reviewer.getByRole('link', { name: trackingNumber }), ADMIN_PAGE_TIMEOUT_MS)
      await reviewer.getByRole('button', { name: '联系申请人' }).click({ timeout: ADMIN_PAGE_TIMEOUT_MS })
      expect(await reviewer.getByRole('link', { name: `拨打 ${PHONE}` }).getAttribute('href')).toBe(`tel:${PHONE}`)
      await reviewer.getByLabel(/联系结果/).fill('已电话告知带户口簿原件')
      await reviewer.getByRole('button', { name: '记录联系结果' }).click()
      await reviewer.getByText('已记入办理记录。').waitFor()
      expect(await axeViolations(reviewer, ['.contact-applicant'])).toEqual([])
    } finally {
      await browser.close()
    }
  })
})
