import type { Page } from 'playwright-core'
import sharp from 'sharp'
import { expect } from 'vitest'

import type { FormDefinition } from '../../collections/Applications/form/validate'
import { chooseWeiwulu } from './resident'

/** A 一件事's one form on the portal, filled and confirmed as a resident (or a hotline agent for a caller) does. */

export const picture = async () => ({
  name: 'material.png',
  mimeType: 'image/png',
  buffer: await sharp({ create: { width: 60, height: 40, channels: 3, background: { r: 200, g: 210, b: 220 } } }).png().toBuffer(),
})

/** Fill the bundle's one form: the applicant, the community, every required question (from the page's own form data) and every required material. */
export async function fillBundleForm(page: Page, withScript: boolean): Promise<void> {
  await fillApplicant(page, withScript)
  await fillQuestions(page)
}

async function fillApplicant(page: Page, withScript: boolean): Promise<void> {
  await page.getByLabel('姓名', { exact: true }).fill('赵卫东')
  await page.getByLabel('身份证号码', { exact: true }).fill('11010519491231002X')
  await page.getByLabel('手机号码', { exact: true }).fill('13900007701')
  await chooseWeiwulu(page, withScript)
}

/** The form's definition as the apply page embeds it for its script. */
export const pageForm = async (page: Page): Promise<FormDefinition> => JSON.parse((await page.locator('#application-form').textContent({ timeout: 5000 }))!) as FormDefinition

/** Every required question (from the page's own form data) and every required material. */
export async function fillQuestions(page: Page, definition?: FormDefinition): Promise<void> {
  definition ??= await pageForm(page)
  for (const field of definition.fields.filter((each) => each.required)) {
    const control = page.locator(`[name="answers.${field.name}"]`)
    if (field.type === 'radio' || field.type === 'checkboxes') await control.first().check()
    else if (field.type === 'select') await control.selectOption(field.options![0]!)
    else if (field.type === 'date') for (const [part, value] of [['year', '2026'], ['month', '1'], ['day', '5']]) await page.locator(`[name="answers.${field.name}.${part}"]`).fill(value!)
    else if (field.type === 'number') await control.fill('10')
    else await control.fill(`${field.label}的回答`)
  }
  for (const [index, upload] of definition.uploads.entries()) {
    if (upload.required) await page.locator(`[name="upload-${index}"]`).setInputFiles(await picture())
  }
}

/** The joint number and query code on the confirmation, and the members' tracking numbers. */
export async function confirmation(page: Page): Promise<{ members: string[]; number: string; queryCode: string }> {
  await page.getByRole('heading', { level: 1, name: '一件事已提交' }).waitFor()
  const number = (await page.locator('[data-slot="number"]').textContent())!.trim()
  const queryCode = (await page.locator('[data-slot="queryCode"]').textContent())!.trim()
  const members = (await page.locator('[data-members] dd').allTextContents()).map((text) => /YZ\d{14}/.exec(text)?.[0] ?? '')
  expect(number).toMatch(/^YJ\d{14}$/)
  expect(queryCode).toMatch(/^\d{6}$/)
  return { members, number, queryCode }
}
