/**
 * A backup is a folder: database.dump (pg_dump custom format, one consistent snapshot), media/ (every stored
 * upload) and manifest.json (sizes and SHA-256 of every file, the applied migrations). The database is dumped
 * first and the files copied after: uploads are never changed in place, so every file the dump refers to is there.
 */
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import fsp from 'node:fs/promises'
import path from 'node:path'
import pg from 'pg'
import type { FileStore } from './fileStore'
import { assertToolFits, runTool, toolMajor } from './pgTools'

export const MANIFEST = 'manifest.json'
export const DUMP = 'database.dump'

export interface ManifestFile {
  path: string
  size: number
  sha256: string
  contentType?: string
}

export interface Manifest {
  format: 1
  createdAt: string
  storage: string
  pgDump: number
  migrations: string[]
  database: ManifestFile
  files: ManifestFile[]
}

export async function sha256(file: string): Promise<string> {
  const hash = createHash('sha256')
  for await (const chunk of fs.createReadStream(file)) hash.update(chunk as Buffer)
  return hash.digest('hex')
}

async function describeFile(dir: string, rel: string, contentType?: string): Promise<ManifestFile> {
  const full = path.join(dir, rel)
  const { size } = await fsp.stat(full)
  return { path: rel, size, sha256: await sha256(full), ...(contentType ? { contentType } : {}) }
}

export async function appliedMigrations(uri: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: uri })
  await client.connect()
  try {
    const found = await client.query(`SELECT to_regclass('payload_migrations') IS NOT NULL AS present`)
    if (!found.rows[0].present) return []
    return (await client.query<{ name: string }>(`SELECT name FROM payload_migrations WHERE batch > 0 ORDER BY id`)).rows.map((r) => r.name)
  } finally {
    await client.end()
  }
}

export async function createBackup(opts: {
  databaseUri: string
  store: FileStore
  dir: string
  log?: (m: string) => void
}): Promise<Manifest> {
  const { databaseUri, store, dir, log = () => undefined } = opts
  if ((await fsp.readdir(dir).catch(() => [])).length)
    throw new Error(`Thư mục sao lưu ${dir} không trống. / Backup folder ${dir} is not empty.`)
  await assertToolFits('pg_dump', databaseUri)
  await fsp.mkdir(path.join(dir, 'media'), { recursive: true })

  log(`Sao lưu cơ sở dữ liệu / dumping the database…`)
  const migrations = await appliedMigrations(databaseUri)
  await runTool('pg_dump', [
    '--format=custom',
    '--no-owner',
    '--no-privileges',
    `--file=${path.join(dir, DUMP)}`,
    `--dbname=${databaseUri}`,
  ])

  const keys = await store.keys()
  log(`Sao lưu ${keys.length} tệp từ ${store.describe} / copying ${keys.length} files…`)
  const files: ManifestFile[] = []
  for (const key of keys) {
    const contentType = await store.download(key, path.join(dir, 'media', key))
    files.push(await describeFile(path.join(dir, 'media'), key, contentType))
  }
  const manifest: Manifest = {
    format: 1,
    createdAt: new Date().toISOString(),
    storage: store.describe,
    pgDump: await toolMajor('pg_dump'),
    migrations,
    database: await describeFile(dir, DUMP),
    files,
  }
  await fsp.writeFile(path.join(dir, MANIFEST), JSON.stringify(manifest, null, 2))
  return manifest
}
