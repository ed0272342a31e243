import { describe, expect, it } from 'vitest'
import { ResilientPool } from '../../src/db/resilientPg'
import { isDatabaseDown } from '../../src/lib/api/databaseDown'
import { Refusal } from '../../src/lib/api/errors'

describe('isDatabaseDown', () => {
  it('recognises a lost or refused database connection, also when wrapped', () => {
    expect(isDatabaseDown(Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }))).toBe(true)
    expect(isDatabaseDown(Object.assign(new Error('connection failure'), { code: '08006' }))).toBe(true)
    expect(
      isDatabaseDown(
        new Error('Failed query: select 1', {
          cause: Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }),
        }),
      ),
    ).toBe(true)
    expect(isDatabaseDown(new Error('Error: cannot begin transaction: the database system is shutting down'))).toBe(true)
    expect(isDatabaseDown(new Error('Connection terminated unexpectedly'))).toBe(true)
    expect(isDatabaseDown(new Error('timeout exceeded when trying to connect'))).toBe(true)
  })

  it('leaves other errors alone', () => {
    expect(isDatabaseDown(Object.assign(new Error('duplicate key value violates unique constraint'), { code: '23505' }))).toBe(false)
    expect(isDatabaseDown(new Refusal('Không được phép.', 403))).toBe(false)
    expect(isDatabaseDown(new Error('boom'))).toBe(false)
    expect(isDatabaseDown(null)).toBe(false)
  })
})

describe('ResilientPool', () => {
  it('notes when a connection could not be opened, and the error reaches the caller', async () => {
    const pool = new ResilientPool({ connectionString: 'postgres://postgres@127.0.0.1:1/none', connectionTimeoutMillis: 1000 })
    const before = Date.now()
    const err = await pool.query('SELECT 1').catch((e: unknown) => e)
    expect(isDatabaseDown(err)).toBe(true)
    expect(pool.lastFailure).toBeGreaterThanOrEqual(before)
    await pool.end()
  })
})
