/**
 * What a load balancer needs to know about one server process: can it reach the database, is the schema the one
 * this code expects, can it store an upload. Each check is small and bounded by a timeout so a hung dependency
 * answers 503 quickly instead of holding the probe.
 */
export type CheckName = 'database' | 'migrations' | 'storage'

export interface HealthInput {
  /** runs one SQL query on the application database */
  query: (sql: string) => Promise<{ rows: Record<string, unknown>[] }>
  /** migration names this code ships (src/migrations/index.ts) */
  expectedMigrations: string[]
  /** writes and removes a small object in the upload storage; throws when it cannot */
  probeStorage: () => Promise<void>
  timeoutMs?: number
}

export interface HealthReport {
  ok: boolean
  checks: Record<CheckName, 'ok' | 'failed' | 'skipped'>
  /** Vietnamese, names the first failing check */
  message?: string
  pendingMigrations?: string[]
}

const MESSAGES: Record<CheckName, string> = {
  database: 'Không kết nối được cơ sở dữ liệu.',
  migrations: 'Cơ sở dữ liệu chưa chạy hết migration',
  storage: 'Không ghi được vào kho lưu tệp tải lên.',
}

function within<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timeout after ${ms} ms`)), ms)
  })
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer))
}

/** Names in `expected` that the database has not applied (batch -1 is Payload's marker of a pushed schema, not a migration). */
export async function pendingMigrations(query: HealthInput['query'], expected: string[]): Promise<string[]> {
  const table = await query(`SELECT to_regclass('payload_migrations') IS NOT NULL AS present`)
  if (!table.rows[0]?.present) return expected
  const applied = new Set((await query(`SELECT name FROM payload_migrations WHERE batch > 0`)).rows.map((r) => String(r.name)))
  return expected.filter((name) => !applied.has(name))
}

export async function checkHealth(input: HealthInput): Promise<HealthReport> {
  const ms = input.timeoutMs ?? 3000
  const report: HealthReport = { ok: true, checks: { database: 'skipped', migrations: 'skipped', storage: 'skipped' } }
  const fail = (name: CheckName, detail?: string) => {
    report.checks[name] = 'failed'
    if (report.ok) report.message = detail ? `${MESSAGES[name]}: ${detail}.` : MESSAGES[name]
    report.ok = false
  }
  try {
    await within(input.query('SELECT 1'), ms)
    report.checks.database = 'ok'
  } catch {
    fail('database')
  }
  if (report.checks.database === 'ok') {
    try {
      const pending = await within(pendingMigrations(input.query, input.expectedMigrations), ms)
      if (pending.length) {
        report.pendingMigrations = pending
        fail('migrations', pending.join(', '))
      } else report.checks.migrations = 'ok'
    } catch {
      fail('migrations', 'không đọc được bảng payload_migrations')
    }
  }
  try {
    await within(input.probeStorage(), ms)
    report.checks.storage = 'ok'
  } catch {
    fail('storage')
  }
  return report
}
