/**
 * Starting the app as production runs it (`next build`, `next start`), for the browser tests and the benchmarks.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'
import { TS_NODE_ARGS } from './tsNode'

export const root = path.resolve(import.meta.dirname, '../..')
export const bin = (name: string) => path.join(root, 'node_modules', '.bin', name)

/** Runs a command to its end in the project folder; rejects when it exits non-zero. */
export function runToEnd(cmd: string, args: string[], env: NodeJS.ProcessEnv, quiet = false): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: root, env, stdio: ['ignore', quiet ? 'ignore' : 'inherit', 'inherit'] })
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${path.basename(cmd)} ${args.join(' ')} exited with ${code}`))))
  })
}

/** Polls `url` until it answers 2xx, failing early when `child` has exited. */
export async function waitForUrl(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${url}: the server exited early`)
    try {
      if ((await fetch(url)).ok) return
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500))
  }
  throw new Error(`${url} did not answer in ${timeoutMs} ms`)
}

export interface RunningServer {
  url: string
  /** the `next start` process */
  pid: number
  stop: () => Promise<void>
}

/**
 * Seeds the demo data unless `seed` is false, builds unless `build` is false, and starts `next start` on `port`;
 * resolves once the home page answers. `publicUrl` is the address visitors use (nginx's, when it is in front).
 */
export async function startProductionApp(opts: {
  port: number
  env: NodeJS.ProcessEnv
  build?: boolean
  seed?: boolean
  publicUrl?: string
  quiet?: boolean
}): Promise<RunningServer> {
  const url = `http://127.0.0.1:${opts.port}`
  const env: NodeJS.ProcessEnv = {
    ...opts.env,
    NEXT_PUBLIC_SERVER_URL: opts.publicUrl ?? url,
    PAYLOAD_PUSH: '0',
    NEXT_TELEMETRY_DISABLED: '1',
  }
  if (opts.seed !== false) await runToEnd(process.execPath, [...TS_NODE_ARGS, 'scripts/run.ts', 'seed'], env, opts.quiet)
  if (opts.build !== false) await runToEnd(bin('next'), ['build'], { ...env, NODE_ENV: 'production' }, opts.quiet)
  const prof = process.env.SERVER_PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${process.env.SERVER_PROFILE_DIR}`] : []
  const server = spawn(process.execPath, [...prof, bin('next'), 'start', '-p', String(opts.port), '-H', '127.0.0.1'], {
    cwd: root,
    env: { ...env, NODE_ENV: 'production' },
    stdio: ['ignore', opts.quiet ? 'ignore' : 'inherit', 'inherit'],
  })
  await waitForUrl(`${url}/`, server, 120_000)
  return {
    url,
    pid: server.pid ?? 0,
    stop: async () => {
      if (server.exitCode !== null) return
      server.kill('SIGTERM')
      await new Promise((r) => server.once('exit', r))
    },
  }
}
