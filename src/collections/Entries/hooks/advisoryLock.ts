import { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'
import { transactionDb } from '@/lib/db/requestDb'

/**
 * Serialises concurrent requests on `key` until the caller's transaction ends (pg_advisory_xact_lock).
 * Without a transaction there is nothing to hold the lock, so it is skipped.
 */
export async function advisoryLock(req: PayloadRequest, key: string): Promise<void> {
  const db = await transactionDb(req)
  if (!db) return
  await db.execute(sql`select pg_advisory_xact_lock(hashtext(${key}))`)
}
