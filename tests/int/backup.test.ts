/**
 * Back up a database with data and uploads, restore it into a NEW database and NEW storage, and compare every
 * table (row count and a checksum of its rows) and every file (SHA-256). Also on S3 (s3rver), bucket to bucket.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createBackup, sha256 } from '../../src/lib/backup/backup'
import { localStore, s3Store } from '../../src/lib/backup/fileStore'
import { serverMajor, toolMajor } from '../../src/lib/backup/pgTools'
import { restoreBackup } from '../../src/lib/backup/restore'
import { dropDatabase, ensureDatabase, withDatabase } from '../../src/db/embeddedPostgres'
import { s3Settings } from '../../src/lib/storage/settings'
import { startLocalS3 } from '../helpers/s3'

const tmp = (name: string) => fs.mkdtempSync(path.join(os.tmpdir(), `gs-${name}-`))
const sourceUri = () => process.env.DATABASE_URI!

/** Row count and an md5 of all rows (in a stable order) for every table of the public schema. */
async function tableDigests(uri: string): Promise<Record<string, string>> {
  const client = new pg.Client({ connectionString: uri })
  await client.connect()
  try {
    const tables = (
      await client.query<{ t: string }>(`SELECT tablename AS t FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`)
    ).rows.map((r) => r.t)
    const out: Record<string, string> = {}
    for (const t of tables) {
      const r = await client.query(
        `SELECT count(*)::int AS n, md5(coalesce(string_agg(x::text, '|' ORDER BY x::text), '')) AS h FROM "${t}" x`,
      )
      out[t] = `${r.rows[0].n}:${r.rows[0].h}`
    }
    return out
  } finally {
    await client.end()
  }
}

async function fileDigests(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {}
  for (const key of await localStore(dir).keys()) out[key] = await sha256(path.join(dir, key))
  return out
}

// pg_dump cannot read a newer server (the embedded PostgreSQL 18 next to Debian's pg_dump 15): say so, skip
const tools = await Promise.all([toolMajor('pg_dump'), serverMajor(withDatabase(sourceUri(), 'postgres'))]).catch(() => [0, 1])
const dumpable = tools[0] >= tools[1]
if (!dumpable)
  console.warn(`backup test skipped: pg_dump ${tools[0]} cannot dump PostgreSQL ${tools[1]} (set PG_DUMP/PG_RESTORE to a newer client)`)

describe.skipIf(!dumpable)('backup and restore', () => {
  let payload: Payload
  const mediaDir = tmp('backup-media')
  const cleanups: (() => Promise<void> | void)[] = []

  beforeAll(async () => {
    process.env.MEDIA_DIR = mediaDir
    payload = await (await import('../helpers/payload')).testPayload()
    const { makeExemplar, makeUnit, makeUser } = await import('../helpers/fixtures')
    const unit = await makeUnit(payload, { name: 'Xã Phước Dinh', kind: 'commune' })
    await makeUser(payload, 'unitOfficer', { unit: unit.id })
    await makeExemplar(payload, { unit: unit.id, name: 'Bà Nguyễn Thị Đào' })
    const { newPdf, pdfToBuffer } = await import('../../src/lib/pdf/document')
    const doc = newPdf()
    doc.text('Hồ sơ điển hình')
    const pdf = await pdfToBuffer(doc)
    await payload.create({
      collection: 'media',
      data: { visibility: 'private', alt: 'hồ sơ' },
      file: { data: pdf, name: 'ho-so.pdf', mimetype: 'application/pdf', size: pdf.length },
      overrideAccess: true,
    })
  })
  afterAll(async () => {
    for (const c of cleanups.reverse()) await c()
    await payload?.destroy()
    fs.rmSync(mediaDir, { recursive: true, force: true })
  })

  async function newDatabase(name: string) {
    const server = withDatabase(sourceUri(), 'postgres')
    const db = `${name}_${Date.now()}_${process.pid}`
    await ensureDatabase(server, db)
    cleanups.push(() => dropDatabase(server, db))
    return withDatabase(server, db)
  }

  it('restores every table row and every file into a new database and folder, identical', async () => {
    const dir = tmp('backup')
    cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }))
    fs.rmdirSync(dir)
    const manifest = await createBackup({ databaseUri: sourceUri(), store: localStore(mediaDir), dir })
    expect(manifest.files.length).toBeGreaterThan(0)
    expect(manifest.migrations).toEqual((await import('../../src/migrations')).migrations.map((m) => m.name))
    expect(manifest.files.map((f) => f.path)).toEqual(Object.keys(await fileDigests(mediaDir)))

    const target = await newDatabase('gs_restore')
    const targetMedia = tmp('restore-media')
    cleanups.push(() => fs.rmSync(targetMedia, { recursive: true, force: true }))
    await restoreBackup({ dir, databaseUri: target, store: localStore(targetMedia) })

    const [before, after] = [await tableDigests(sourceUri()), await tableDigests(target)]
    expect(Object.keys(after)).toEqual(Object.keys(before))
    expect(after).toEqual(before)
    expect(Number(before.exemplars.split(':')[0])).toBeGreaterThan(0)
    expect(await fileDigests(targetMedia)).toEqual(await fileDigests(mediaDir))

    // a second restore finds both the database and the folder in use, and writes nothing
    await expect(restoreBackup({ dir, databaseUri: target, store: localStore(tmp('empty')) })).rejects.toThrow(
      'Cơ sở dữ liệu đích không trống',
    )
    await expect(restoreBackup({ dir, databaseUri: await newDatabase('gs_restore_b'), store: localStore(targetMedia) })).rejects.toThrow(
      'Kho tệp đích',
    )

    // a damaged file is found before anything is written
    const first = manifest.files[0].path
    fs.appendFileSync(path.join(dir, 'media', first), 'x')
    const fresh = await newDatabase('gs_restore_c')
    await expect(restoreBackup({ dir, databaseUri: fresh, store: localStore(tmp('empty2')) })).rejects.toThrow(
      `Bản sao lưu bị hỏng: ${first}`,
    )
    expect(Object.keys(await tableDigests(fresh))).toEqual([])
  })

  it('backs up a bucket and restores it into another bucket with the same bytes and content types', async () => {
    const s3 = await startLocalS3('nguon')
    cleanups.push(() => s3.close())
    const source = s3Store(s3Settings(s3.env)!)
    const files = tmp('s3-files')
    cleanups.push(() => fs.rmSync(files, { recursive: true, force: true }))
    fs.writeFileSync(path.join(files, 'a.pdf'), '%PDF-1.4 tệp thử\n%%EOF')
    fs.writeFileSync(path.join(files, 'b.txt'), 'xin chào')
    await source.upload('a.pdf', path.join(files, 'a.pdf'), 'application/pdf')
    await source.upload('thu-muc/b.txt', path.join(files, 'b.txt'), 'text/plain')

    const dir = path.join(tmp('backup-s3'), 'out')
    cleanups.push(() => fs.rmSync(path.dirname(dir), { recursive: true, force: true }))
    const manifest = await createBackup({ databaseUri: sourceUri(), store: source, dir })
    expect(manifest.files.map((f) => [f.path, f.contentType])).toEqual([
      ['a.pdf', 'application/pdf'],
      ['thu-muc/b.txt', 'text/plain'],
    ])

    const other = await startLocalS3('dich')
    cleanups.push(() => other.close())
    await restoreBackup({ dir, databaseUri: await newDatabase('gs_restore_s3'), store: s3Store(s3Settings(other.env)!) })
    expect(await other.keys()).toEqual(['a.pdf', 'thu-muc/b.txt'])
    expect(await sha256Of(other.read('thu-muc/b.txt'))).toBe(await sha256(path.join(files, 'b.txt')))
  })
})

async function sha256Of(buf: Promise<Buffer>) {
  const { createHash } = await import('node:crypto')
  return createHash('sha256')
    .update(await buf)
    .digest('hex')
}
