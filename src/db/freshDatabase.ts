import { dropDatabase, ensureDatabase, startEmbeddedPostgres, withDatabase, type EmbeddedServer } from './embeddedPostgres'

export interface FreshDatabase {
  /** Connection string of the new, empty database. */
  uri: string
  /** Drops the database and stops the embedded server when one was started. */
  drop: () => Promise<void>
}

/**
 * A new database for one run of the tests or the benchmarks: on DATABASE_URI's server when set, otherwise on an
 * embedded PostgreSQL kept in `dataDir`. Named `${prefix}_<time>_<pid>` so runs never share data.
 */
export async function freshDatabase(opts: { dataDir: string; port: number; prefix: string }): Promise<FreshDatabase> {
  let embedded: EmbeddedServer | undefined
  let serverUri: string
  if (process.env.DATABASE_URI) {
    serverUri = withDatabase(process.env.DATABASE_URI, 'postgres')
  } else {
    embedded = await startEmbeddedPostgres({ dataDir: opts.dataDir, port: opts.port })
    serverUri = embedded.serverUri
  }
  const database = `${opts.prefix}_${Date.now()}_${process.pid}`
  await ensureDatabase(serverUri, database)
  return {
    uri: withDatabase(serverUri, database),
    drop: async () => {
      await dropDatabase(serverUri, database).catch((err) => console.error('drop database failed', err))
      if (embedded) await embedded.stop()
    },
  }
}
