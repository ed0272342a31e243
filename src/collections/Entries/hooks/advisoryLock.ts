import { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'

type Executor = { execute: (query: ReturnType<typeof sql>) => Promise<unknown> }

/**
 * Serialises concurrent requests on `key` until the caller's transaction ends (pg_advisory_xact_lock).
 * Without a transaction there is nothing to hold the lock, so it is skipped.
 */
export async function advisoryLock(req: PayloadRequest, key: string): Promise<void> {
  const adapter = req.payload.db as unknown as { sessions?: Record<string, { db?: Executor }> }
  const id = req.transactionID ? await req.transactionID : null
  const db = id != null ? adapter.sessions?.[String(id)]?.db : undefined
  if (!db) return
  await db.execute(sql`select pg_advisory_xact_lock(hashtext(${key}))`)
}
