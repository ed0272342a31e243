import fs from 'node:fs'
import path from 'node:path'
import { ensureDatabase, findFreePort, startEmbeddedPostgres, withDatabase, type EmbeddedServer } from '../../src/db/embeddedPostgres'

export interface OwnPostgres {
  /** the application database, empty: migrate it with the test's Payload (payload.db.migrate) */
  uri: string
  port: number
  /** stops the server (fast shutdown: open sessions are ended, as in a restart) */
  stop: () => Promise<void>
  /** starts it again on the same port and data */
  start: () => Promise<void>
  /** stops it and deletes its data */
  close: () => Promise<void>
}

/**
 * An embedded PostgreSQL of the test's own, on a free port and a temporary data folder, whatever DATABASE_URI says:
 * a test may stop and restart it without touching the server other tests use.
 */
export async function startOwnPostgres(): Promise<OwnPostgres> {
  fs.mkdirSync(path.resolve('.data'), { recursive: true })
  const dataDir = path.join(fs.mkdtempSync(path.resolve('.data', 'postgres-own-')), 'data')
  // a start spread by process id: two test runs side by side rarely probe the same port at the same moment
  const port = await findFreePort(56432 + (process.pid % 100))
  let server: EmbeddedServer | null = await startEmbeddedPostgres({ dataDir, port, quiet: true })
  await ensureDatabase(server.serverUri, 'gs_faults')
  const uri = withDatabase(server.serverUri, 'gs_faults')
  const stop = async () => {
    await server?.stop()
    server = null
  }
  return {
    uri,
    port,
    stop,
    start: async () => {
      server = await startEmbeddedPostgres({ dataDir, port, quiet: true })
      if (server.port !== port) throw new Error(`port ${port} was taken while PostgreSQL was stopped`)
    },
    close: async () => {
      await stop()
      fs.rmSync(path.dirname(dataDir), { recursive: true, force: true })
    },
  }
}
