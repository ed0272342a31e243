/**
 * `npm run restore -- <folder>`: a backup made by `npm run backup` into an EMPTY database (DATABASE_URI) and an
 * EMPTY storage (MEDIA_DIR or the S3 bucket). Anything else is refused before a byte is written.
 */
import path from 'node:path'
import { configuredStore } from '../src/lib/backup/fileStore'
import { restoreBackup } from '../src/lib/backup/restore'
import { resolveDatabase } from '../src/db/databaseUri'
import { runMain } from './lib/runMain'

async function main(): Promise<number> {
  const folder = process.argv[2]
  if (!folder) {
    console.error('Cách dùng / usage: npm run restore -- <thư mục sao lưu / backup folder>')
    return 2
  }
  const db = await resolveDatabase()
  try {
    const manifest = await restoreBackup({
      dir: path.resolve(folder),
      databaseUri: db.uri,
      store: configuredStore(),
      log: (m) => console.log(`[restore] ${m}`),
    })
    console.log(`[restore] Xong / done: ${manifest.files.length} tệp/files, sao lưu lúc / backed up at ${manifest.createdAt}`)
    return 0
  } finally {
    await db.embedded?.stop()
  }
}

runMain('restore', main)
