import { createLocalReq, handleEndpoints } from 'payload'
import { afterEach, describe, expect, it, vi } from 'vitest'

import { screenText, WORDS_VERSION_KEY } from '../../collections/community/screening'
import { DEMO_PASSWORD } from '../../scripts/lib/seed'
import { useTestPayload } from '../helpers/payload'
import { api } from '../helpers/residents'

const payload = useTestPayload({ seeded: true })

/** A staff member's REST credentials, as the admin's own requests carry them. */
async function staffAuthorization(username: string): Promise<Record<string, string>> {
  const { token } = await payload.login({ collection: 'users', data: { username, password: DEMO_PASSWORD } as never })
  return { authorization: `JWT ${token}` }
}

const screen = async (text: string) => screenText(await createLocalReq({}, payload), text)

/** A word list file, posted to the import endpoint as the admin screen posts it. */
async function importFile(text: string | Uint8Array<ArrayBuffer>, mode: 'check' | 'commit', username = 'admin-city', name = 'words.txt'): Promise<Response> {
  const form = new FormData()
  form.set('file', new File([text], name, { type: 'text/plain' }))
  form.set('mode', mode)
  const request = new Request('http://localhost/api/sensitive-words/import', { method: 'POST', headers: await staffAuthorization(username), body: form })
  return handleEndpoints({ config: payload.config, request })
}

const wordsNamed = async (words: string[]) =>
  (await payload.find({ collection: 'sensitive-words', where: { word: { in: words } }, pagination: false, depth: 0 })).docs.map(({ word, action, active }) => ({ word, action, active }))

afterEach(() => {
  vi.useRealTimers()
})

describe('the sensitive-word list', () => {
  it('is read and kept by administrators only, over REST and the Local API', async () => {
    await payload.create({ collection: 'sensitive-words', data: { word: '只给管理员看的词', action: 'review' } })
    const listOver = async (headers: Record<string, string>) => api(payload, '/api/sensitive-words?limit=100', { headers })
    const asAdmin = await listOver(await staffAuthorization('admin-city'))
    expect(asAdmin.status).toBe(200)
    expect(((await asAdmin.json()) as { docs: { word: string }[] }).docs.map((doc) => doc.word)).toContain('只给管理员看的词')
    for (const username of ['board-community', 'board-city', 'registrar-community']) {
      const response = await listOver(await staffAuthorization(username))
      expect(response.status, username).toBe(403)
    }
    expect((await listOver({})).status).toBe(403)
    const worker = await staffAuthorization('board-street')
    const created = await api(payload, '/api/sensitive-words', { headers: worker, body: { word: '社区工作者加的词', action: 'mask' } })
    expect(created.status).toBe(403)
  })

  it('takes effect in this process at once when a word is added, changed or switched off; each step audited, none deleted', async () => {
    expect((await screen('这里有即时生效词')).outcome).toBe('pass')
    const word = await payload.create({ collection: 'sensitive-words', data: { word: '即时生效词', action: 'mask' } })
    expect(await screen('这里有即時生效詞')).toMatchObject({ outcome: 'mask', text: '这里有*****' })
    await payload.update({ collection: 'sensitive-words', id: word.id, data: { action: 'block' } })
    expect((await screen('即 时 生 效 词')).outcome).toBe('block')
    await payload.update({ collection: 'sensitive-words', id: word.id, data: { active: false } })
    expect((await screen('即时生效词')).outcome).toBe('pass')
    const audited = await payload.find({ collection: 'audit-log', where: { and: [{ targetCollection: { equals: 'sensitive-words' } }, { targetId: { equals: String(word.id) } }] }, sort: 'createdAt', depth: 0 })
    expect(audited.docs.map((entry) => entry.action)).toEqual(['create', 'update', 'update'])
    expect((await api(payload, `/api/sensitive-words/${word.id}`, { method: 'DELETE', headers: await staffAuthorization('admin-city') })).status).toBe(403)
  })

  it('is reloaded when another process bumps the version, and only then', async () => {
    expect((await screen('别的进程加的词')).outcome).toBe('pass')
    // Another server process adds a word: its hooks run there, this process learns of it from the KV version only.
    await payload.db.create({ collection: 'sensitive-words', data: { word: '别的进程加的词', action: 'review', active: true }, req: await createLocalReq({}, payload) })
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(Date.now() + 10_000)
    expect((await screen('别的进程加的词')).outcome).toBe('pass')
    await payload.kv.set(WORDS_VERSION_KEY, { version: 'another-process' })
    expect((await screen('别的进程加的词')).outcome).toBe('pass')
    vi.setSystemTime(Date.now() + 10_000)
    expect((await screen('别的进程加的词')).outcome).toBe('review')
  })
})

describe('importing a word list', () => {
  it('previews the counts, then imports every line in one transaction, audited', async () => {
    await payload.create({ collection: 'sensitive-words', data: { word: '导入已有词', action: 'review' } })
    await payload.create({ collection: 'sensitive-words', data: { word: '导入停用词', action: 'mask', active: false } })
    await payload.create({ collection: 'sensitive-words', data: { word: '导入不变词', action: 'block' } })
    const file = '\uFEFF词语,处理方式\n导入新词甲,block\n导入新词乙\n导入新词丙,以*号遮盖\n导入已有词,mask\n导入停用词\n导入不变词,block\n导入新词甲,review\n\n'
    const preview = await importFile(file, 'check')
    expect(preview.status).toBe(200)
    expect(await preview.json()).toMatchObject({ mode: 'check', new: 3, changed: 2, unchanged: 1, duplicates: 1, invalid: 0 })
    expect(await wordsNamed(['导入新词甲'])).toEqual([])

    const imported = await importFile(file, 'commit')
    expect(imported.status).toBe(201)
    expect(await wordsNamed(['导入新词甲', '导入新词乙', '导入新词丙', '导入已有词', '导入停用词'])).toEqual(
      expect.arrayContaining([
        { word: '导入新词甲', action: 'block', active: true },
        { word: '导入新词乙', action: 'review', active: true },
        { word: '导入新词丙', action: 'mask', active: true },
        { word: '导入已有词', action: 'mask', active: true },
        { word: '导入停用词', action: 'mask', active: true },
      ]),
    )
    expect((await screen('导 入 新 词 甲')).outcome).toBe('block')
    const { docs } = await payload.find({ collection: 'audit-log', where: { targetCollection: { equals: 'sensitive-words' }, action: { equals: 'import' } }, sort: '-createdAt', limit: 1 })
    expect(docs[0]).toMatchObject({ summary: '导入敏感词：新增 3 个，修改 2 个', detail: '文件：words.txt', actorName: '王建国' })
  })

  it('refuses a file with an invalid line, writing nothing, and lists the lines', async () => {
    const file = `导入坏文件词,block\n${'长'.repeat(51)}\n导入坏文件词二,delete\n★☆\n甲,block,多余\n`
    const response = await importFile(file, 'commit')
    expect(response.status).toBe(422)
    expect(await response.json()).toMatchObject({
      code: 'ROWS_INVALID',
      new: 1,
      invalid: 4,
      problems: [
        { line: 2, reason: '词语不能超过50个字' },
        { line: 3, reason: expect.stringContaining('处理方式只能是') },
        { line: 4, reason: '词语里没有文字或数字' },
        { line: 5, reason: '一行只能有词语和处理方式两项' },
      ],
    })
    expect(await wordsNamed(['导入坏文件词'])).toEqual([])
  })

  it('refuses files that are not UTF-8 word lists, and anyone but an administrator', async () => {
    const gbk = new Uint8Array<ArrayBuffer>(new ArrayBuffer(7))
    gbk.set([0xb7, 0xa8, 0xc2, 0xd6, 0xb9, 0xa6, 0x0a])
    expect(await (await importFile(gbk, 'check')).json()).toMatchObject({ code: 'UNREADABLE_FILE' })
    const empty = await importFile('\n\n', 'check')
    expect(empty.status).toBe(422)
    expect(await empty.json()).toMatchObject({ code: 'NO_ROWS' })
    const worker = await importFile('导入越权词\n', 'commit', 'board-city')
    expect(worker.status).toBe(403)
    expect(await worker.json()).toMatchObject({ code: 'FORBIDDEN' })
    expect(await wordsNamed(['导入越权词'])).toEqual([])
  })
})
