import { describe, expect, it } from 'vitest'

import { useTestPayload } from '../helpers/payload'
import { rejection } from '../helpers/users'

const payload = useTestPayload()


describe('well-formed queries', () => {
  it.each([
    ['a where that is not an object', { where: 'abc' }, '查询条件'],
    ['a condition without an operator', { where: { name: 'x' } }, '缺少比较方式'],
    ['an unknown operator', { where: { name: { sounds_like: 'x' } } }, '不存在'],
    ['and that is no list', { where: { and: 'x' } }, '条件列表'],
    ['a non-date compared with a date', { where: { createdAt: { greater_than: 'notadate' } } }, '是日期'],
    ['a non-date in a date list', { where: { updatedAt: { in: ['2026-01-01', 'x'] } } }, '是日期'],
    ['near on a field without coordinates', { where: { name: { near: '1,2' } } }, '不是坐标字段'],
    ['an object where a value belongs', { where: { name: { equals: { a: 'b' } } } }, '格式不正确'],
    ['exists that is neither true nor false', { where: { name: { exists: 'maybe' } } }, 'true 或 false'],
    ['a limit that is not a whole number', { limit: 'abc' }, 'limit'],
    ['an endless limit', { limit: Infinity }, 'limit'],
    ['page 0', { page: 0 }, 'page'],
    ['a sort by a field that does not exist', { sort: '-nosuchfield' }, '不能按'],
  ])('refuses %s with a 400 before the database sees it', async (_name, args, words) => {
    expect(await rejection(payload.find({ collection: 'divisions', ...(args as object) }))).toMatchObject({
      status: 400,
      code: 'MALFORMED_QUERY',
      message: expect.stringContaining(words),
    })
  })

  it('refuses a body that is not an object', async () => {
    expect(await rejection(payload.create({ collection: 'topics', data: 'text' as never }))).toMatchObject({ status: 400, code: 'MALFORMED_BODY' })
  })

  it('lets well-formed queries through: null, dates, lists, exists and sorts through groups', async () => {
    const queries = [
      { where: { parent: { equals: null } } },
      { where: { createdAt: { less_than: new Date() } } },
      { where: { createdAt: { greater_than_equal: '2020-01-01' }, or: [{ code: { in: '410100000000,410105000000' } }, { name: { exists: 'true' } }] } },
      { where: { code: { not_in: ['1', '2'] } }, sort: ['-createdAt', 'name'], limit: 0, page: 1, depth: '1' },
    ]
    for (const query of queries) await expect(payload.find({ collection: 'divisions', ...(query as object) })).resolves.toBeDefined()
    await expect(payload.find({ collection: 'persons', sort: 'scope.community', limit: 1 })).resolves.toBeDefined()
  })
})
