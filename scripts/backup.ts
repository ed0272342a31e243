/**
 * `npm run backup [-- <folder>]`: the database (pg_dump, custom format) and every upload (MEDIA_DIR or the S3
 * bucket) into a new folder with a manifest; by default backups/<date-time> (BACKUP_DIR sets the parent folder).
 */
import path from 'node:path'
import { createBackup } from '../src/lib/backup/backup'
import { configuredStore } from '../src/lib/backup/fileStore'
import { resolveDatabase } from '../src/db/databaseUri'
import { runMain } from './lib/runMain'

async function main(): Promise<number> {
  const stamp = new Date().toISOString().replace(/[:T]/g, '-').replace(/\..*$/, '')
  const dir = path.resolve(process.argv[2] || path.join(process.env.BACKUP_DIR || 'backups', stamp))
  const db = await resolveDatabase()
  try {
    const started = Date.now()
    const manifest = await createBackup({ databaseUri: db.uri, store: configuredStore(), dir, log: (m) => console.log(`[backup] ${m}`) })
    const bytes = manifest.database.size + manifest.files.reduce((n, f) => n + f.size, 0)
    console.log(
      `[backup] Xong / done: ${dir} — ${manifest.files.length} tệp/files, ${(bytes / 1e6).toFixed(1)} MB, ` +
        `${manifest.migrations.length} migration, ${((Date.now() - started) / 1000).toFixed(1)} s`,
    )
    return 0
  } finally {
    await db.embedded?.stop()
  }
}

runMain('backup', main)
