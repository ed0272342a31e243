import { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'
import { PUBLIC_EXEMPLAR_STATUSES } from '../../domain/exemplars/status'
import type { IndexedType } from './searchIndex.sql'
import { reindexWithWordsSql } from './searchWords.sql'
import { requestDb } from '../db/requestDb'

/** Makes the search rows (and the vocabulary) of these documents match their tables: public ones (re)indexed, the others removed. */
export async function reindexDocuments(req: PayloadRequest, type: IndexedType, ids: readonly (number | string)[]): Promise<void> {
  if (!ids.length) return
  // in the request's transaction: the index changes commit (or roll back) with the document
  const db = await requestDb(req)
  await db.execute(sql.raw(reindexWithWordsSql(type, ids, PUBLIC_EXEMPLAR_STATUSES)))
}
