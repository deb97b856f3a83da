import type { Browser } from 'playwright-core'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { axeViolations, launchBrowser, newPage, signIn } from './browser'

/** A stand-in for the 2027 notice, written the way the State Council writes them. */
const NOTICE_2027 = '国务院办公厅关于2027年部分节假日安排的通知\n一、元旦：1月1日（周五）至3日（周日）放假，共3天。\n二、春节：2月5日（周五）至11日（周四）放假调休，共7天。2月20日（周六）上班。'

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(() => browser.close())

describe('the holiday calendar running out', () => {
  it('warns a city administrator on the dashboard, who pastes the notice and saves the year', async () => {
    // The demo calendar (chinese-days 1.5.7) ends with 2026, and today is past 1 November 2026 (or in 2027).
    const page = await newPage(browser)
    await signIn(page, 'admin-city')
    await page.goto('/admin')
    const panel = page.locator('section', { has: page.getByRole('heading', { name: /2027年.*的节假日安排还没有录入/ }) })
    await panel.waitFor()
    expect(await panel.textContent()).toContain('元旦、春节等假日会被算作工作日')
    expect(await axeViolations(page, ['#calendar-warning-heading'])).toEqual([])

    await panel.getByRole('link', { name: '录入2027年的节假日安排' }).click()
    await page.getByRole('heading', { level: 1, name: '录入节假日安排' }).waitFor()
    await page.getByLabel(/国务院办公厅关于2027年部分节假日安排的通知/).fill(NOTICE_2027)
    await page.getByRole('button', { name: '识别通知' }).click()
    await page.getByRole('table', { name: /2027年的放假和调休上班日期（11 天）/ }).waitFor()
    expect(await page.getByLabel('第11行类型').inputValue()).toBe('workday')
    expect(await axeViolations(page, ['.calendar-year'])).toEqual([])

    await page.getByRole('button', { name: '检查' }).click()
    await page.getByText('新增 11 天，与已录入相同 0 天。').waitFor()
    await page.getByRole('button', { name: '保存' }).click()
    await page.getByText('已保存。').waitFor()

    await page.goto('/admin')
    await page.getByRole('heading', { name: '待复核的办事指南' }).waitFor()
    expect(await page.getByRole('heading', { name: /2027年.*的节假日安排还没有录入/ }).count()).toBe(0)
  })
})
