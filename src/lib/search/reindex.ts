import { sql, type PostgresAdapter } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'
import { PUBLIC_EXEMPLAR_STATUSES } from '../../domain/exemplars/status'
import type { IndexedType } from './searchIndex.sql'
import { reindexWithWordsSql } from './searchWords.sql'

type Executor = { execute: (query: ReturnType<typeof sql.raw>) => Promise<unknown> }

/** The request's open transaction, so the index changes commit (or roll back) with the document. */
async function executorFor(req: PayloadRequest): Promise<Executor> {
  const adapter = req.payload.db as unknown as PostgresAdapter & { sessions?: Record<string, { db: Executor }> }
  const id = req.transactionID ? await req.transactionID : undefined
  return (id != null && adapter.sessions?.[String(id)]?.db) || (adapter.drizzle as unknown as Executor)
}

/** Makes the search rows (and the vocabulary) of these documents match their tables: public ones (re)indexed, the others removed. */
export async function reindexDocuments(req: PayloadRequest, type: IndexedType, ids: readonly (number | string)[]): Promise<void> {
  if (!ids.length) return
  const db = await executorFor(req)
  await db.execute(sql.raw(reindexWithWordsSql(type, ids, PUBLIC_EXEMPLAR_STATUSES)))
}
