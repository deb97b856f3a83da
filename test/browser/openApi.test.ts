import { compileErrors, validate } from '@readme/openapi-parser'
import { describe, expect, it } from 'vitest'

import { axeViolations, baseUrl, launchBrowser, newPage } from './browser'

/** The population interface's description: valid OpenAPI for programs, an accessible page for people. */
describe('the open interface description', () => {
  it('is a valid OpenAPI 3.1 document built from the collections', async () => {
    const response = await fetch(`${baseUrl()}/api/openapi.json`)
    expect(response.status).toBe(200)
    const document = (await response.json()) as {
      components: { schemas: Record<string, { properties: Record<string, unknown> }> }
      openapi: string
      paths: Record<string, unknown>
    }
    const result = await validate(structuredClone(document) as never)
    expect(result.valid ? '' : compileErrors(result)).toBe('')
    expect(document.openapi).toBe('3.1.0')
    expect(Object.keys(document.paths)).toEqual(expect.arrayContaining(['/api/persons', '/api/persons/{id}', '/api/households', '/api/registers/{id}']))
    expect(Object.keys(document.components.schemas.persons!.properties)).toEqual(expect.arrayContaining(['idNumber', 'birthDate', 'scope']))
  })

  it('is a plain, accessible page for people', async () => {
    const browser = await launchBrowser()
    try {
      const page = await newPage(browser)
      await page.goto(`${baseUrl()}/api/docs`)
      expect(await page.locator('h1').textContent()).toBe('一站通 人口基础信息开放接口')
      expect(await page.locator('h2').allTextContents()).toEqual(expect.arrayContaining(['人员（persons）', '房屋（dwellings）']))
      expect(await axeViolations(page)).toEqual([])
    } finally {
      await browser.close()
    }
  })
})
