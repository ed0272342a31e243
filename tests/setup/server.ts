/**
 * Runs the app as production does, on the run's fresh (already migrated) database: the demo seed,
 * `next build` and `next start` on a free port. Its URL reaches the tests as E2E_BASE_URL.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'
import { findFreePort } from '../../src/db/embeddedPostgres'

const root = path.resolve(import.meta.dirname, '../..')
const bin = (name: string) => path.join(root, 'node_modules', '.bin', name)

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: root, env, stdio: ['ignore', 'inherit', 'inherit'] })
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${path.basename(cmd)} ${args.join(' ')} exited with ${code}`))))
  })
}

async function waitFor(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error('next start exited early')
    try {
      if ((await fetch(url)).ok) return
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500))
  }
  throw new Error(`${url} did not answer in ${timeoutMs} ms`)
}

export default async function setup() {
  // E2E_EXTERNAL_URL: run the browser tests against an app that is already running (e.g. `npm run dev`)
  if (process.env.E2E_EXTERNAL_URL) {
    process.env.E2E_BASE_URL = process.env.E2E_EXTERNAL_URL
    return
  }
  const port = await findFreePort(3310)
  const baseUrl = `http://127.0.0.1:${port}`
  // the server works its jobs queue itself (mail, reports), every 5 seconds so tests need not wait a minute
  const env: NodeJS.ProcessEnv = { ...process.env, NEXT_PUBLIC_SERVER_URL: baseUrl, PAYLOAD_PUSH: '0', NEXT_TELEMETRY_DISABLED: '1', JOBS_AUTORUN: '1', JOBS_CRON: '*/5 * * * * *' }
  await run(process.execPath, ['--import', 'tsx', 'scripts/run.ts', 'seed'], env)
  await run(bin('next'), ['build'], { ...env, NODE_ENV: 'production' })
  const server = spawn(bin('next'), ['start', '-p', String(port), '-H', '127.0.0.1'], { cwd: root, env: { ...env, NODE_ENV: 'production' }, stdio: ['ignore', 'inherit', 'inherit'] })
  await waitFor(`${baseUrl}/`, server, 120_000)
  process.env.E2E_BASE_URL = baseUrl
  return async () => {
    server.kill('SIGTERM')
    await new Promise((r) => server.once('exit', r))
  }
}
