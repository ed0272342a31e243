/**
 * One entry for dev/build/start/seed/payload: starts the embedded PostgreSQL when DATABASE_URI is not set,
 * runs the command with DATABASE_URI pointing at it, and stops Postgres only after the command has exited.
 */
import { spawn } from 'node:child_process'
import path from 'node:path'
import { resolveDatabase } from '../src/db/databaseUri'
import { runMigrations } from '../src/db/migrate'
import { productionEnvMessage, productionEnvProblems } from '../src/lib/config/productionEnv'
import { startMailCatcher } from '../src/mail/mailCatcher'
import { bin } from './lib/nextServer'
import { TS_NODE_ARGS } from './lib/tsNode'

const [command = 'dev', ...args] = process.argv.slice(2)

function run(cmd: string, cmdArgs: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(cmd, cmdArgs, { stdio: 'inherit', env })
    const forward = (signal: NodeJS.Signals) => () => child.kill(signal)
    const onInt = forward('SIGINT')
    const onTerm = forward('SIGTERM')
    process.on('SIGINT', onInt)
    process.on('SIGTERM', onTerm)
    child.on('exit', (code, signal) => {
      process.off('SIGINT', onInt)
      process.off('SIGTERM', onTerm)
      resolve(code ?? (signal ? 0 : 1))
    })
  })
}

/** Migrations run in a process of their own, so the command's Payload starts on the migrated schema. */
const migrateIn = (env: NodeJS.ProcessEnv) => run(process.execPath, [...TS_NODE_ARGS, 'scripts/run.ts', 'migrate'], env)

async function main(): Promise<number> {
  const db = await resolveDatabase()
  const env: NodeJS.ProcessEnv = { NEXT_TELEMETRY_DISABLED: '1', ...process.env, DATABASE_URI: db.uri }
  const cleanups: (() => Promise<void>)[] = []
  if (db.embedded) cleanups.push(db.embedded.stop)
  try {
    if (command === 'dev' && !process.env.SMTP_HOST) {
      const catcher = await startMailCatcher(path.resolve('.data', 'mail'), { log: true })
      env.SMTP_HOST = '127.0.0.1'
      env.SMTP_PORT = String(catcher.port)
      cleanups.unshift(catcher.close)
      console.log(`[mail] Chưa cấu hình SMTP_HOST: thư được giữ tại .data/mail (SMTP 127.0.0.1:${catcher.port})`)
      console.log(`[mail] No SMTP_HOST set: mail is kept in .data/mail (SMTP 127.0.0.1:${catcher.port})`)
    }
    if (command === 'dev' || command === 'seed') {
      if (process.env.PAYLOAD_PUSH !== '1' && (await migrateIn(env)) !== 0) return 1
      process.env.DATABASE_URI = db.uri
      const { seedIfEmpty, seed } = await import('../src/seed/run')
      await (command === 'seed' ? seed({ verbose: true }) : seedIfEmpty())
      if (command === 'seed') return 0
    }
    switch (command) {
      case 'dev':
        return await run(bin('next'), ['dev', ...args], env)
      case 'migrate':
        process.env.DATABASE_URI = db.uri
        await runMigrations()
        return 0
      case 'build':
        if ((await migrateIn(env)) !== 0) return 1
        return await run(bin('next'), ['build', ...args], env)
      case 'start': {
        const problems = productionEnvProblems(process.env)
        if (problems.length) {
          console.error(productionEnvMessage(problems))
          return 1
        }
        if ((await migrateIn(env)) !== 0) return 1
        return await run(bin('next'), ['start', ...args], { ...env, NODE_ENV: 'production' })
      }
      case 'payload':
        return await run(bin('payload'), args, env)
      default:
        console.error(`Lệnh không hợp lệ / unknown command: ${command}`)
        return 2
    }
  } finally {
    for (const cleanup of cleanups) await cleanup().catch(() => undefined)
  }
}

// A module import left unsettled while loading (see scripts/lib/tsNode.ts) leaves Node nothing to wait for: it would
// exit 0 as if the command had succeeded (`npm start` would go on to serve an unmigrated schema). An exit before the
// command finished is a failure.
let finished = false
process.once('beforeExit', () => {
  if (finished) return
  console.error(`[run] "${command}" dừng giữa chừng khi đang nạp mã / stopped while loading, before it finished`)
  process.exit(1)
})

main().then(
  (code) => {
    finished = true
    process.exit(code)
  },
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : err)
    process.exit(1)
  },
)
