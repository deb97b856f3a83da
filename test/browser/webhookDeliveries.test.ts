import { describe, expect, it } from 'vitest'

import { webhookReceiver } from '../helpers/webhookReceiver'
import { baseUrl, launchBrowser, newPage, signIn, staffHeaders } from './browser'

/**
 * A department system's deliveries in the admin, on the started platform
 * (which allows loopback receivers, see globalSetup.ts): a delivery the
 * receiver refused shows 失败 in the list; 重新发送 on its page sends it
 * again, and it shows 已送达.
 */

const ADMIN_PAGE_TIMEOUT_MS = 60_000
const SERVICE = '030502'

async function api(path: string, init: { body?: unknown; method?: string } = {}): Promise<Response> {
  return fetch(`${baseUrl()}${path}`, {
    method: init.method ?? (init.body ? 'POST' : 'GET'),
    headers: { 'Content-Type': 'application/json', ...(await staffHeaders('admin-city')) },
    body: init.body ? JSON.stringify(init.body) : undefined,
  })
}

async function deliveryOf(trackingNumber: string): Promise<{ id: string; status: string } | undefined> {
  const application = (await (await api(`/api/applications?where[trackingNumber][equals]=${trackingNumber}&depth=0`)).json()) as { docs: { id: string }[] }
  const id = application.docs[0]?.id
  if (!id) return undefined
  const deliveries = (await (await api(`/api/webhook-deliveries?where[application][equals]=${id}&depth=0`)).json()) as { docs: { id: string; status: string }[] }
  return deliveries.docs[0]
}

async function waitForStatus(trackingNumber: string, status: string) {
  for (let tries = 0; tries < 200; tries += 1) {
    const delivery = await deliveryOf(trackingNumber)
    if (delivery?.status === status) return delivery
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`delivery never reached ${status}`)
}

describe('webhook deliveries in the admin', () => {
  it('lists a failed delivery and sends it again with 重新发送', async () => {
    const receiver = webhookReceiver()
    await receiver.start()
    receiver.answerWith(400)
    const service = (await (await api(`/api/services?where[code][equals]=${SERVICE}&depth=0`)).json()) as { docs: { department: string }[] }
    const created = await api('/api/department-systems', {
      body: { name: '浏览器测试业务系统', department: service.docs[0]!.department, mode: 'besides', webhookUrl: receiver.url(), signingSecret: 'browser-test-signing-secret-0123456789' },
    })
    expect(created.status).toBe(201)
    const systemId = ((await created.json()) as { doc: { id: string } }).doc.id
    const browser = await launchBrowser()
    try {
      const submitted = await fetch(`${baseUrl()}/api/applications/submit`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': '198.51.100.77' },
        body: JSON.stringify({
          serviceCode: SERVICE,
          divisionCode: '410105001001',
          applicant: { name: '王小明', idNumber: '11010519491231002X', phone: '13900000099', email: '' },
          answers: { applicantType: '16至24岁失业青年', preferredIndustry: '其他' },
        }),
      })
      expect(submitted.status).toBe(201)
      const { trackingNumber } = (await submitted.json()) as { trackingNumber: string }
      const failed = await waitForStatus(trackingNumber, 'failed')

      const page = await newPage(browser)
      await signIn(page, 'admin-city')
      await page.goto('/admin/collections/webhook-deliveries')
      const row = page.locator('tr', { hasText: trackingNumber })
      await row.waitFor({ timeout: ADMIN_PAGE_TIMEOUT_MS })
      expect(await row.textContent()).toContain('失败')
      expect(await row.textContent()).toContain('400')

      receiver.answerWith(200)
      await page.goto(`/admin/collections/webhook-deliveries/${failed.id}`)
      const resend = page.getByRole('button', { name: '重新发送' })
      await resend.waitFor({ timeout: ADMIN_PAGE_TIMEOUT_MS })
      await Promise.all([page.waitForEvent('load'), resend.click()])
      await waitForStatus(trackingNumber, 'delivered')
      expect(receiver.received.filter((each) => each.body.includes(trackingNumber))).toHaveLength(2)
    } finally {
      await browser.close()
      await api(`/api/department-systems/${systemId}`, { method: 'DELETE' })
      await receiver.stop()
    }
  })
})
