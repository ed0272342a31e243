import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'

type Drizzle = PostgresAdapter['drizzle']

/** The drizzle handle of the request's open transaction, or undefined when it has none. */
export async function transactionDb(req: PayloadRequest): Promise<Drizzle | undefined> {
  const adapter = req.payload.db as unknown as PostgresAdapter
  const id = req.transactionID ? await req.transactionID : undefined
  return id != null ? (adapter.sessions?.[String(id)]?.db as Drizzle | undefined) : undefined
}

/** The request's transaction when there is one (so a raw read sees the request's own writes), else the adapter's pool. */
export async function requestDb(req: PayloadRequest): Promise<Drizzle> {
  return (await transactionDb(req)) ?? (req.payload.db as unknown as PostgresAdapter).drizzle
}
