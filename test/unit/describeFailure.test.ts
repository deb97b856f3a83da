import { describe, expect, it } from 'vitest'

import { describeFailure, requestFault } from '../../collections/endpoints/failures'

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

describe('requestFault', () => {
  it('answers a write that met another at once on MongoDB with 409 to try again, and a query the database could not run with 400', () => {
    const conflict = Object.assign(new Error('WriteConflict error: this operation conflicted with another operation. Please retry your operation or multi-document transaction.'), { name: 'MongoServerError', code: 112, errorLabels: ['TransientTransactionError'] })
    expect(requestFault(conflict)).toMatchObject({ code: 'WRITE_CONFLICT', status: 409 })
    const malformed = Object.assign(new Error('no such column: nope'), { name: 'LibsqlError' })
    expect(requestFault(malformed)).toMatchObject({ code: 'MALFORMED_QUERY', status: 400 })
    expect(requestFault(Object.assign(new Error('SQLITE_BUSY: database is locked'), { name: 'LibsqlError' }))).toBeNull()
  })
})
