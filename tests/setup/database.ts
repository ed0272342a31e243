/**
 * A fresh database per run, created here and dropped at the end: on DATABASE_URI's server when set,
 * otherwise on an embedded PostgreSQL kept in .data/postgres-test. A local SMTP server keeps every mail
 * as a file in a temporary mailbox that tests read.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { freshDatabase } from '../../src/db/freshDatabase'
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
    execFileSync(process.execPath, ['--import', 'tsx', 'scripts/run.ts', 'migrate'], { env: process.env, stdio: ['ignore', 'ignore', 'inherit'] })
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

