/**
 * The connection pool under a surge and during an outage: while every connection is busy a query waits its turn
 * (up to the acquire timeout), while a server that never answers fails within the connect timeout, reported as the
 * database being down (503), not left hanging for the acquire timeout.
 */
import net from 'node:net'
import { afterAll, describe, expect, it } from 'vitest'
import { ResilientPool } from '../../src/db/resilientPg'
import { isDatabaseDown } from '../../src/lib/api/databaseDown'

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

describe('connection pool', () => {
  const pools: ResilientPool[] = []
  const pool = (config: ConstructorParameters<typeof ResilientPool>[0]) => {
    const p = new ResilientPool(config)
    pools.push(p)
    return p
  }
  afterAll(async () => {
    await Promise.all(pools.map((p) => p.end().catch(() => undefined)))
  })

  it('a query waits for a busy connection longer than the connect timeout, and runs', async () => {
    const busy = pool({ connectionString: process.env.DATABASE_URI, max: 1, connectionTimeoutMillis: 300, acquireTimeoutMillis: 10_000 })
    const held = await busy.connect()
    const waiting = busy.query<{ n: number }>('SELECT 1 AS n')
    await sleep(1000)
    held.release()
    expect((await waiting).rows[0].n).toBe(1)
    expect(busy.lastFailure).toBe(0)
  })

  it('a wait beyond the acquire timeout is refused as the database being unavailable', async () => {
    const busy = pool({ connectionString: process.env.DATABASE_URI, max: 1, connectionTimeoutMillis: 300, acquireTimeoutMillis: 600 })
    const held = await busy.connect()
    try {
      const err = await busy.query('SELECT 1').catch((e: unknown) => e)
      expect(isDatabaseDown(err)).toBe(true)
    } finally {
      held.release()
    }
  })

  it('a server that accepts the connection and never answers fails after the connect timeout, not the acquire timeout', async () => {
    const sockets: net.Socket[] = []
    const silent = net.createServer((s) => void sockets.push(s))
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r))
    const { port } = silent.address() as net.AddressInfo
    try {
      const stuck = pool({ host: '127.0.0.1', port, user: 'x', max: 1, connectionTimeoutMillis: 500, acquireTimeoutMillis: 30_000 })
      const started = Date.now()
      const err = await stuck.query('SELECT 1').catch((e: unknown) => e)
      expect(isDatabaseDown(err)).toBe(true)
      expect(Date.now() - started).toBeLessThan(10_000)
      expect(stuck.lastFailure).toBeGreaterThan(0)
    } finally {
      sockets.forEach((s) => s.destroy())
      silent.close()
    }
  })
})
