import type { Payload } from 'payload'

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
    await payload.db.migrate({ migrations: migrations as unknown as Parameters<typeof payload.db.migrate>[0] extends { migrations?: infer M } ? M : never })
  } finally {
    // the caller exits the process: the pool may still hold the migration's session, so it is not awaited here
    await payload.destroy()
  }
}
