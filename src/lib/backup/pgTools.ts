import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import pg from 'pg'

const run = promisify(execFile)

/** pg_dump / pg_restore: PG_DUMP and PG_RESTORE when set, otherwise the ones on PATH (Debian's postgresql-client). */
export const pgBinary = (name: 'pg_dump' | 'pg_restore') => (name === 'pg_dump' ? process.env.PG_DUMP : process.env.PG_RESTORE) || name

export async function toolMajor(name: 'pg_dump' | 'pg_restore'): Promise<number> {
  try {
    const { stdout } = await run(pgBinary(name), ['--version'])
    const match = /(\d+)(?:\.\d+)?/.exec(stdout.replace(/^[^0-9]*/, ''))
    return match ? Number(match[1]) : 0
  } catch {
    throw new Error(
      `Không tìm thấy ${name} (cài gói postgresql-client hoặc đặt ${name === 'pg_dump' ? 'PG_DUMP' : 'PG_RESTORE'}). / ${name} not ` +
        `found (install postgresql-client or set ${name === 'pg_dump' ? 'PG_DUMP' : 'PG_RESTORE'}).`,
    )
  }
}

export async function serverMajor(uri: string): Promise<number> {
  const client = new pg.Client({ connectionString: uri })
  await client.connect()
  try {
    const res = await client.query<{ v: string }>(`SELECT current_setting('server_version_num') AS v`)
    return Math.floor(Number(res.rows[0].v) / 10000)
  } finally {
    await client.end()
  }
}

/** pg_dump cannot read a server newer than itself: say which client to install instead of failing midway. */
export async function assertToolFits(name: 'pg_dump' | 'pg_restore', uri: string): Promise<void> {
  const [tool, server] = await Promise.all([toolMajor(name), serverMajor(uri)])
  if (tool < server)
    throw new Error(
      `${name} ${tool} không dùng được với PostgreSQL ${server}: cài postgresql-client-${server} hoặc đặt ` +
        `${name === 'pg_dump' ? 'PG_DUMP' : 'PG_RESTORE'}. / ${name} ${tool} cannot work with PostgreSQL ${server}: install ` +
        `postgresql-client-${server}.`,
    )
}

export async function runTool(name: 'pg_dump' | 'pg_restore', args: string[]): Promise<void> {
  try {
    await run(pgBinary(name), args, { maxBuffer: 16 * 1024 * 1024 })
  } catch (err) {
    const stderr = (err as { stderr?: string }).stderr?.trim()
    throw new Error(`${name} thất bại / failed: ${stderr || (err as Error).message}`)
  }
}
