import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

import { ANSWER_FRAME_FILE } from '../../collections/endpoints/answerPage'
import { html, htmlPage, refusalPage, wantsHtmlPage } from '../../collections/endpoints/htmlAnswer'

const request = (headers: Record<string, string>) => ({ headers: new Headers(headers) })

describe('html', () => {
  it('escapes what it interpolates, keeps nested markup, joins lists and drops empty values', () => {
    const items = ['<b>1</b>', '"2"'].map((item) => html`<li>${item}</li>`)
    expect(html`<ul>${items}</ul>${false}${null}${3}`.markup).toBe('<ul><li>&lt;b&gt;1&lt;/b&gt;</li><li>&quot;2&quot;</li></ul>3')
  })
})

describe('wantsHtmlPage', () => {
  it('is true only for a browser posting a form and asking for a page', () => {
    const browser = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8'
    expect(wantsHtmlPage(request({ 'content-type': 'application/x-www-form-urlencoded', accept: browser }))).toBe(true)
    expect(wantsHtmlPage(request({ 'content-type': 'multipart/form-data; boundary=x', accept: browser }))).toBe(true)
    expect(wantsHtmlPage(request({ 'content-type': 'multipart/form-data; boundary=x', accept: 'application/json' }))).toBe(false)
    expect(wantsHtmlPage(request({ 'content-type': 'application/json', accept: browser }))).toBe(false)
    expect(wantsHtmlPage(request({ 'content-type': 'application/x-www-form-urlencoded' }))).toBe(false)
  })
})

describe('htmlPage', () => {
  const portal = mkdtempSync(path.join(os.tmpdir(), 'yizhan-answer-'))
  const previous = process.env.PORTAL_OUT_DIR
  process.env.PORTAL_OUT_DIR = portal
  afterAll(() => {
    if (previous === undefined) delete process.env.PORTAL_OUT_DIR
    else process.env.PORTAL_OUT_DIR = previous
    rmSync(portal, { recursive: true, force: true })
  })

  it('answers in a bare frame before the portal is built', async () => {
    const response = await htmlPage({ title: '已提交', body: html`<p>好</p>` })
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
    const page = await response.text()
    expect(page).toContain('<title>已提交 - 一站通</title>')
    expect(page).toContain('<p>好</p>')
  })

  it("fills the portal's frame: the title everywhere it appears and the body, taken literally, in the slot", async () => {
    mkdirSync(path.join(portal, 'answer'))
    writeFileSync(path.join(portal, ANSWER_FRAME_FILE), '<title>{{answer-title}} - 一站通</title><li>{{answer-title}}</li><main><div id="answer-slot"></div></main>')
    const page = await (await htmlPage({ title: '<已提交>', body: html`<p>$&</p>` })).text()
    expect(page).toBe('<title>&lt;已提交&gt; - 一站通</title><li>&lt;已提交&gt;</li><main><p>$&</p></main>')
  })

  it('lists each problem of a refusal, escaped, with its status', async () => {
    const response = await refusalPage({ code: 'VALIDATION_FAILED', message: '请填写', errors: [{ field: 'a', code: 'REQUIRED', message: '请填写<姓名>' }] }, 422)
    expect(response.status).toBe(422)
    const page = await response.text()
    expect(page).toContain('<title>提交没有成功 - 一站通</title>')
    expect(page).toContain('<li>请填写&lt;姓名&gt;</li>')
  })
})
