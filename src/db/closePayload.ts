import type { Payload } from 'payload'
import { poolOf } from '../lib/db/pool'

/**
 * Payload's destroy() leaves the connection pool open: when the database then stops (the embedded server after a
 * seed) or is dropped (a benchmark run), its idle connections error and would crash the process. Closes both,
 * and ignores errors from connections the server ends first.
 */
export async function closePayload(payload: Payload): Promise<void> {
  await payload.destroy()
  const pool = poolOf(payload)
  if (!pool) return
  pool.on('error', () => undefined)
  // a session still checked out (a migration's) would keep end() waiting: give it two seconds
  await Promise.race([pool.end().catch(() => undefined), new Promise((r) => setTimeout(r, 2000).unref())])
}
