import { describe, expect, it } from 'vitest'

import { describeFailure } from '../../collections/endpoints/failures'

describe('describeFailure', () => {
  it('names the failure without the query parameters that carry personal data', () => {
    const cause = new Error('SQLITE_CONSTRAINT_UNIQUE: UNIQUE constraint failed: applications.tracking_number')
    cause.name = 'LibsqlError'
    const error = new Error(
      'Failed query: insert into "applications" ("applicant_name", "applicant_id_number") values (?, ?)\nparams: 张三,11010519491231002X',
      { cause },
    )
    error.name = 'DrizzleQueryError'
    const described = describeFailure(error)
    expect(described).toBe('DrizzleQueryError ← LibsqlError: SQLITE_CONSTRAINT_UNIQUE: UNIQUE constraint failed: applications.tracking_number')
    expect(described).not.toContain('11010519491231002X')
    expect(described).not.toContain('张三')
  })

  it('gives only the type of a single error, whose message may quote the input', () => {
    expect(describeFailure(new TypeError('cannot read 13800138000'))).toBe('TypeError')
  })
})
