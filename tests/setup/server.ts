/**
 * Runs the app as production does, on the run's fresh (already migrated) database: the demo seed,
 * `next build` and `next start` on a free port. Its URL reaches the tests as E2E_BASE_URL.
 */
import { startProductionApp } from '../../scripts/lib/nextServer'
import { findFreePort } from '../../src/db/embeddedPostgres'

export default async function setup() {
  // E2E_EXTERNAL_URL: run the browser tests against an app that is already running (e.g. `npm run dev`)
  if (process.env.E2E_EXTERNAL_URL) {
    process.env.E2E_BASE_URL = process.env.E2E_EXTERNAL_URL
    return
  }
  // the server works its jobs queue itself (mail, reports), every 5 seconds so tests need not wait a minute
  const app = await startProductionApp({
    port: await findFreePort(3310),
    env: { ...process.env, JOBS_AUTORUN: '1', JOBS_CRON: '*/5 * * * * *' },
  })
  process.env.E2E_BASE_URL = app.url
  return app.stop
}
