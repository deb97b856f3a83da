import { describe, expect, it } from 'vitest'

import { queriedField, sortPaths, whereConditions } from '../../collections/query/whereConditions'
import { useTestPayload } from '../helpers/payload'

const payload = useTestPayload()

describe('where clauses as conditions on fields', () => {
  it('lists every condition through and/or nesting', () => {
    expect(
      whereConditions({ or: [{ name: { like: '张' } }, { AND: [{ 'applicant.idNumber': { equals: 'x', exists: true } }] }], status: { in: ['a'] } }),
    ).toEqual([
      { path: 'name', operator: 'like', value: '张' },
      { path: 'applicant.idNumber', operator: 'equals', value: 'x' },
      { path: 'applicant.idNumber', operator: 'exists', value: true },
      { path: 'status', operator: 'in', value: ['a'] },
    ])
    expect(sortPaths('-phone, name')).toEqual(['phone', 'name'])
    expect(sortPaths(['-createdAt'])).toEqual(['createdAt'])
  })

  it('resolves paths through groups and relationships', () => {
    expect(queriedField(payload, 'applications', 'applicant.idNumber')?.custom?.personal).toBe('idNumber')
    expect(queriedField(payload, 'registers', 'person.idNumber')?.custom?.personal).toBe('idNumber')
    expect(queriedField(payload, 'registers', 'person')?.type).toBe('relationship')
    expect(queriedField(payload, 'persons', 'nosuchfield')).toBeUndefined()
    expect(queriedField(payload, 'persons', 'name.__proto__')).toBeUndefined()
  })
})
