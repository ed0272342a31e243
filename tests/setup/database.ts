/**
 * A fresh database per run, created here and dropped at the end: on DATABASE_URI's server when set,
 * otherwise on an embedded PostgreSQL kept in .data/postgres-test. A local SMTP server keeps every mail
 * as a file in a temporary mailbox that tests read.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { TS_NODE_ARGS } from '../../scripts/lib/tsNode'
import { freshDatabase } from '../../src/db/freshDatabase'
import { migrations } from '../../src/migrations'
import { startMailbox } from '../helpers/mailbox'

export default async function setup() {
  const db = await freshDatabase({ dataDir: path.resolve('.data', 'postgres-test'), port: 55432, prefix: 'gs_test' })
  process.env.DATABASE_URI = db.uri
  process.env.PAYLOAD_SECRET = 'test-secret'
  process.env.JOBS_AUTORUN = '0'
  // the schema comes from the migrations, as in production; nothing is pushed
  // (TEST_SCHEMA=push lets a developer try schema changes before creating their migration)
  if (process.env.TEST_SCHEMA === 'push') {
    process.env.PAYLOAD_PUSH = '1'
  } else {
    process.env.PAYLOAD_PUSH = '0'
    await migrateFully(db.uri)
  }
  process.env.NEXT_PUBLIC_SERVER_URL = process.env.NEXT_PUBLIC_SERVER_URL || 'http://localhost:3000'

  const mailDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gs-mailbox-'))
  const mailbox = await startMailbox(mailDir)
  process.env.MAILBOX_DIR = mailDir
  process.env.SMTP_HOST = '127.0.0.1'
  process.env.SMTP_PORT = String(mailbox.port)

  return async () => {
    await mailbox.close()
    fs.rmSync(mailDir, { recursive: true, force: true })
    await db.drop()
  }
}

const appliedMigrations = async (uri: string): Promise<number> => {
  const client = new pg.Client({ connectionString: uri })
  await client.connect()
  try {
    const found = await client.query(`SELECT to_regclass('payload_migrations') IS NOT NULL AS present`)
    if (!found.rows[0]?.present) return 0
    return Number((await client.query('SELECT count(*) AS n FROM payload_migrations WHERE batch > 0')).rows[0].n)
  } finally {
    await client.end()
  }
}

/**
 * Runs the migrations in a process of their own and checks the result in the database: a migrate process that
 * ended without migrating (an import left unsettled while loading, see scripts/lib/tsNode.ts) is run again, so no
 * test starts on a bare schema.
 */
async function migrateFully(uri: string): Promise<void> {
  for (let attempt = 1; attempt <= 3; attempt++) {
    try {
      execFileSync(process.execPath, [...TS_NODE_ARGS, 'scripts/run.ts', 'migrate'], {
        env: process.env,
        stdio: ['ignore', 'ignore', 'inherit'],
      })
    } catch {
      // a migrate that stalled while loading exits 1 (scripts/run.ts); the applied count below decides
    }
    const applied = await appliedMigrations(uri)
    if (applied >= migrations.length) return
    console.warn(`[test setup] migrations applied: ${applied} of ${migrations.length} after attempt ${attempt}; running them again`)
  }
  throw new Error('The test database could not be migrated (see the output above).')
}
