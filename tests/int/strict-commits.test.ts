import { sql, type PostgresAdapter } from '@payloadcms/db-postgres'
import { createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { uniq } from '../helpers/fixtures'
import { testPayload } from '../helpers/payload'

/**
 * A write whose COMMIT fails (the database connection is lost at that moment) must fail, never answer as stored:
 * Payload's adapter used to swallow the error (src/db/strictCommits.ts).
 */
let payload: Payload
beforeAll(async () => {
  payload = await testPayload()
})
afterAll(() => payload.destroy())

type Session = { db: { execute: (q: ReturnType<typeof sql>) => Promise<{ rows: { pid: number }[] }> } }

describe('commits', () => {
  it('a COMMIT that fails throws, and the write is not stored', async () => {
    const db = payload.db as unknown as PostgresAdapter & { sessions: Record<string, Session> }
    const id = await payload.db.beginTransaction()
    expect(id).not.toBeNull()
    const req = await createLocalReq({}, payload)
    req.transactionID = id!
    const code = uniq('CM')
    await payload.create({ collection: 'fields', data: { name: `Lĩnh vực ${code}`, code }, req, overrideAccess: true })
    // the transaction's own connection is ended before the commit, as a database restart would
    const pid = (await db.sessions[String(id)].db.execute(sql`SELECT pg_backend_pid() AS pid`)).rows[0].pid
    await db.pool.query('SELECT pg_terminate_backend($1)', [pid])
    await expect(payload.db.commitTransaction(id!)).rejects.toThrow(/COMMIT failed/)
    const found = await payload.find({ collection: 'fields', where: { code: { equals: code } }, overrideAccess: true })
    expect(found.totalDocs).toBe(0)
  })

  it('a COMMIT that succeeds stores the write', async () => {
    const id = await payload.db.beginTransaction()
    const req = await createLocalReq({}, payload)
    req.transactionID = id!
    const code = uniq('CM')
    await payload.create({ collection: 'fields', data: { name: `Lĩnh vực ${code}`, code }, req, overrideAccess: true })
    await payload.db.commitTransaction(id!)
    expect((await payload.find({ collection: 'fields', where: { code: { equals: code } }, overrideAccess: true })).totalDocs).toBe(1)
  })
})
