import { describe, expect, it } from 'vitest'

import { PERSON_COLUMNS } from '../../collections/Persons/transfer/columns'
import { citizenIdCheckCharacter } from '../../collections/validation/identity'
import { axeViolations, baseUrl, followListLink, launchBrowser, newPage, signIn } from './browser'

/**
 * A community registrar's work in the admin: the import screen (check, see
 * every problem, then import), the possible duplicates an import brings in,
 * merging one into the other from the person's page, and the record's history.
 */

const COMMUNITY = '410105001001'
const GIVEN = '明华国英志建秀兰玉桂'
const unique = Array.from({ length: 3 }, () => GIVEN[Math.floor(Math.random() * GIVEN.length)]).join('')
const NAME = `试${unique}`
let sequence = 201 + Math.floor(Math.random() * 300) * 2
const newIdNumber = () => {
  const first17 = `4101051962030${4}${String((sequence += 2) % 1000).padStart(3, '0')}`
  return first17 + citizenIdCheckCharacter(first17)
}

const csv = (rows: string[][]) => Buffer.from(`${[PERSON_COLUMNS.map((column) => column.title), ...rows].map((row) => row.join(',')).join('\r\n')}\r\n`)
const row = (name: string, idNumber: string, community = COMMUNITY) => [name, idNumber, '汉族', '', '', '', community, '在册', '', '', '']

describe('the persons import screen and duplicates in the admin', () => {
  it('checks a file, lists every problem, imports a good one, and lets the registrar merge the duplicates it brought', async () => {
    const browser = await launchBrowser()
    try {
      const page = await newPage(browser)
      await signIn(page, 'registrar-community')
      await page.goto('/admin/collections/persons')
      await followListLink(page, page.getByRole('navigation', { name: '人员数据操作' }).getByRole('link', { name: '批量导入' }))
      await page.getByRole('heading', { level: 1, name: '批量导入人员' }).waitFor()
      expect(await page.getByRole('table', { name: '导入文件的各列' }).getByRole('rowheader').allTextContents()).toEqual(PERSON_COLUMNS.map((column) => column.title))
      const template = await page.request.get(`${baseUrl()}/api/persons/import-template`)
      expect((await template.text()).replace(/^\uFEFF/, '').split(/\r?\n/)[0]).toBe(PERSON_COLUMNS.map((column) => column.title).join(','))

      const file = page.getByLabel('选择文件（.csv 或 .xlsx）')
      await file.setInputFiles({ name: 'bad.csv', mimeType: 'text/csv', buffer: csv([row(NAME, newIdNumber()), row(NAME, '410105196203040000'), row(NAME, newIdNumber(), '410102001001')]) })
      await page.getByRole('button', { name: '检查文件' }).click()
      await page.getByRole('alert').getByText('发现 2 处问题，文件没有导入').waitFor()
      const problems = page.getByRole('table', { name: /^问题清单/ })
      expect((await problems.getByRole('row').allTextContents()).slice(1)).toEqual([expect.stringMatching(/^3公民身份号码/), expect.stringMatching(/^4社区代码/)])
      expect(await axeViolations(page)).toEqual([])

      const [kept, duplicate] = [newIdNumber(), newIdNumber()]
      await file.setInputFiles({ name: 'good.csv', mimeType: 'text/csv', buffer: csv([row(NAME, kept), row(NAME, duplicate)]) })
      await page.getByRole('button', { name: '检查文件' }).click()
      await page.getByText('共 2 行，全部通过检查').waitFor()
      await page.getByRole('button', { name: '确认导入 2 人' }).click()
      await page.getByText('已导入 2 人').waitFor()

      await page.getByRole('link', { name: '查看人员列表' }).click()
      const duplicates = page.getByRole('link', { name: /^疑似重复/ })
      expect(Number(await duplicates.getAttribute('data-duplicates'))).toBeGreaterThanOrEqual(2)
      await followListLink(page, duplicates)
      await page.waitForURL(/possibleDuplicate/)
      expect(await axeViolations(page, ['.persons-actions'])).toEqual([])
      // Other tests bring duplicates too, and the list goes by name: narrow it
      // to this test's name as a registrar would with the search box.
      await page.goto(`${page.url()}&search=${encodeURIComponent(NAME)}`)
      await followListLink(page, page.getByRole('link', { name: NAME }).first())
      const panel = page.getByRole('region', { name: '疑似重复' })
      await panel.waitFor()
      expect(await panel.getByRole('listitem').count()).toBe(1)
      expect(await axeViolations(page, ['.duplicate-candidates', '.record-history', '.reveal-full'])).toEqual([])
      page.once('dialog', (dialog) => void dialog.accept())
      await panel.getByRole('button', { name: '并入本记录' }).click()
      await page.waitForLoadState('load')
      await page.getByRole('link', { name: '查看变更记录' }).waitFor()
      await expect.poll(() => panel.count()).toBe(0)

      const { docs } = (await (await page.request.get(`${baseUrl()}/api/persons?where[name][equals]=${encodeURIComponent(NAME)}&depth=0`)).json()) as { docs: unknown[] }
      expect(docs).toHaveLength(1)
      await page.getByRole('link', { name: '查看变更记录' }).click()
      await page.getByText('合并重复记录').first().waitFor()
    } finally {
      await browser.close()
    }
  })
})
