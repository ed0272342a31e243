import path from 'node:path'
import { ensureDatabase, startEmbeddedPostgres, withDatabase, type EmbeddedServer } from './embeddedPostgres'

export const APP_DATABASE = 'guong_sang'

export interface Database {
  uri: string
  embedded?: EmbeddedServer
}

/** DATABASE_URI when given (a real deployment); otherwise the embedded server in `.data/postgres`. */
export async function resolveDatabase(): Promise<Database> {
  if (process.env.DATABASE_URI) return { uri: process.env.DATABASE_URI }
  const embedded = await startEmbeddedPostgres({
    dataDir: path.resolve('.data', 'postgres'),
    port: process.env.PG_PORT ? Number(process.env.PG_PORT) : undefined,
  })
  await ensureDatabase(embedded.serverUri, APP_DATABASE)
  const uri = withDatabase(embedded.serverUri, APP_DATABASE)
  console.log(`[db] PostgreSQL nhúng / embedded PostgreSQL: 127.0.0.1:${embedded.port} (dữ liệu trong .data/postgres)`)
  return { uri, embedded }
}
