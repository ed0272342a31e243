import pg from 'pg'
import { migrations } from '../../migrations'
import { configuredStorageProbe } from '../storage/probe'
import { checkHealth, type HealthInput } from './health'

// a connection of its own: the probe tells whether the database answers, whatever state Payload's pool is in
let pool: pg.Pool | undefined
function healthPool(): pg.Pool {
  if (!pool) {
    pool = new pg.Pool({ connectionString: process.env.DATABASE_URI, max: 1, idleTimeoutMillis: 10_000, connectionTimeoutMillis: 2000 })
    pool.on('error', () => undefined) // a database restart ends idle connections: the next probe reconnects
  }
  return pool
}

export function defaultHealthInput(): HealthInput {
  return {
    query: (sql) => healthPool().query(sql),
    expectedMigrations: migrations.map((m) => m.name),
    probeStorage: configuredStorageProbe(),
  }
}

/** 200 when the process can serve, 503 naming the failing check; never cached. */
export async function healthResponse(input: HealthInput = defaultHealthInput()): Promise<Response> {
  const report = await checkHealth(input)
  const body = report.ok
    ? { status: 'ok', checks: report.checks }
    : {
        status: 'error',
        message: report.message,
        checks: report.checks,
        pendingMigrations: report.pendingMigrations,
        errors: [{ message: report.message }],
      }
  return Response.json(body, { status: report.ok ? 200 : 503, headers: { 'Cache-Control': 'no-store' } })
}
