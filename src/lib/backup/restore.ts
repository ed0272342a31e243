import fsp from 'node:fs/promises'
import path from 'node:path'
import pg from 'pg'
import { appliedMigrations, DUMP, MANIFEST, sha256, type Manifest, type ManifestFile } from './backup'
import type { FileStore } from './fileStore'
import { assertToolFits, runTool } from './pgTools'

async function readManifest(dir: string): Promise<Manifest> {
  try {
    return JSON.parse(await fsp.readFile(path.join(dir, MANIFEST), 'utf8')) as Manifest
  } catch {
    throw new Error(`${dir} không phải bản sao lưu (thiếu ${MANIFEST}). / ${dir} is not a backup (no ${MANIFEST}).`)
  }
}

/** Every file as the manifest says, before anything is written: a damaged backup is refused whole. */
async function verify(dir: string, manifest: Manifest): Promise<void> {
  const check = async (base: string, f: ManifestFile) => {
    const full = path.join(base, f.path)
    const stat = await fsp.stat(full).catch(() => null)
    if (!stat || stat.size !== f.size || (await sha256(full)) !== f.sha256)
      throw new Error(`Bản sao lưu bị hỏng: ${f.path} không khớp với ${MANIFEST}. / Damaged backup: ${f.path} does not match the manifest.`)
  }
  await check(dir, manifest.database)
  for (const f of manifest.files) await check(path.join(dir, 'media'), f)
}

/** Tables, sequences or types in the public schema mean the database is in use. */
async function databaseIsEmpty(uri: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: uri })
  await client.connect()
  try {
    const res = await client.query(
      `SELECT (SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public')
            + (SELECT count(*) FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
               WHERE n.nspname = 'public' AND t.typtype = 'e') AS n`,
    )
    return Number(res.rows[0].n) === 0
  } finally {
    await client.end()
  }
}

/** Brings a backup back into an EMPTY database and an EMPTY storage; refuses anything else before writing. */
export async function restoreBackup(opts: {
  dir: string
  databaseUri: string
  store: FileStore
  log?: (m: string) => void
}): Promise<Manifest> {
  const { dir, databaseUri, store, log = () => undefined } = opts
  const manifest = await readManifest(dir)
  await verify(dir, manifest)
  if (!(await databaseIsEmpty(databaseUri)))
    throw new Error(
      'Cơ sở dữ liệu đích không trống: chỉ khôi phục vào một cơ sở dữ liệu mới tạo. / The target database is not empty: restore ' +
        'into a newly created database.',
    )
  if ((await store.keys()).length)
    throw new Error(`Kho tệp đích ${store.describe} không trống. / The target storage ${store.describe} is not empty.`)
  await assertToolFits('pg_restore', databaseUri)

  log('Khôi phục cơ sở dữ liệu / restoring the database…')
  await runTool('pg_restore', [
    '--no-owner',
    '--no-privileges',
    '--exit-on-error',
    '--single-transaction',
    `--dbname=${databaseUri}`,
    path.join(dir, DUMP),
  ])
  log(`Khôi phục ${manifest.files.length} tệp vào ${store.describe} / restoring files…`)
  for (const f of manifest.files) await store.upload(f.path, path.join(dir, 'media', f.path), f.contentType)

  const migrations = await appliedMigrations(databaseUri)
  if (migrations.join() !== manifest.migrations.join())
    throw new Error('Danh sách migration sau khi khôi phục khác bản sao lưu. / The restored migrations differ from the backup.')
  return manifest
}
