import type { Payload } from 'payload'
import { closePayload } from './closePayload'
import { poolOf } from '../lib/db/pool'

/**
 * A database whose schema was pushed (PAYLOAD_PUSH=1) carries Payload's dev marker; migrating it would stop at an
 * interactive question and then fail on tables that already exist. Say so and stop instead.
 */
async function refusePushedSchema(payload: Payload): Promise<void> {
  const pool = poolOf(payload)
  const found = await pool.query(`SELECT to_regclass('payload_migrations') IS NOT NULL AS present`)
  if (!found.rows[0]?.present) return
  const pushed = await pool.query(`SELECT 1 FROM payload_migrations WHERE batch = -1 LIMIT 1`)
  if (!pushed.rowCount) return
  throw new Error(
    'Cơ sở dữ liệu này được tạo bằng "push" (PAYLOAD_PUSH=1), không theo migration: hãy dùng một cơ sở dữ liệu mới ' +
      '(với PostgreSQL nhúng: xóa thư mục .data/postgres) hoặc tiếp tục với PAYLOAD_PUSH=1.\n' +
      'This database was created by schema push (PAYLOAD_PUSH=1), not by the migrations: use a new database ' +
      '(embedded PostgreSQL: delete .data/postgres) or keep PAYLOAD_PUSH=1.',
  )
}

/**
 * Runs the committed migrations (src/migrations) in this process. Used by build, start and the tests instead of
 * the `payload migrate` CLI, which can exit 0 without migrating.
 */
export async function runMigrations(): Promise<void> {
  process.env.PAYLOAD_PUSH = '0'
  const [{ getPayload }, { default: config }, { migrations }] = await Promise.all([
    import('payload'),
    import('../../payload.config'),
    import('../migrations'),
  ])
  const payload: Payload = await getPayload({ config })
  try {
    await refusePushedSchema(payload)
    await payload.db.migrate({
      migrations: migrations as unknown as Parameters<typeof payload.db.migrate>[0] extends { migrations?: infer M } ? M : never,
    })
  } finally {
    await closePayload(payload)
  }
}
