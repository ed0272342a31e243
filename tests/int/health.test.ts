import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { GET } from '../../src/app/(payload)/api/health/route'
import { defaultHealthInput, healthResponse } from '../../src/lib/ops/healthRoute'
import { localStorageProbe } from '../../src/lib/storage/probe'

describe('/api/health', () => {
  let dir: string
  const savedMediaDir = process.env.MEDIA_DIR
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gs-health-'))
    process.env.MEDIA_DIR = dir
  })
  afterAll(() => {
    if (savedMediaDir === undefined) delete process.env.MEDIA_DIR
    else process.env.MEDIA_DIR = savedMediaDir
    fs.rmSync(dir, { recursive: true, force: true })
  })

  it('answers 200 with every check ok, uncached, and leaves nothing in the storage', async () => {
    const res = await GET()
    expect(res.status).toBe(200)
    expect(res.headers.get('cache-control')).toBe('no-store')
    expect(await res.json()).toEqual({ status: 'ok', checks: { database: 'ok', migrations: 'ok', storage: 'ok' } })
    expect(fs.readdirSync(dir)).toEqual([])
  })

  it('answers 503 naming the storage when the upload folder cannot be written', async () => {
    // a path below a regular file: no process, not even root, can create it
    const file = path.join(dir, 'not-a-folder')
    fs.writeFileSync(file, 'x')
    const res = await healthResponse({ ...defaultHealthInput(), probeStorage: localStorageProbe(path.join(file, 'media')) })
    expect(res.status).toBe(503)
    const body = await res.json()
    expect(body.message).toBe('Không ghi được vào kho lưu tệp tải lên.')
    expect(body.checks).toEqual({ database: 'ok', migrations: 'ok', storage: 'failed' })
    fs.rmSync(file)
  })

  it('answers 503 naming the migration this code expects and the database lacks', async () => {
    const input = defaultHealthInput()
    const res = await healthResponse({ ...input, expectedMigrations: [...input.expectedMigrations, '20991231_000000_future'] })
    expect(res.status).toBe(503)
    const body = await res.json()
    expect(body.message).toBe('Cơ sở dữ liệu chưa chạy hết migration: 20991231_000000_future.')
    expect(body.pendingMigrations).toEqual(['20991231_000000_future'])
    expect(body.checks.migrations).toBe('failed')
  })

  it('answers 503 naming the database when it does not answer, within the timeout', async () => {
    const dead = new pg.Pool({ connectionString: 'postgres://postgres@127.0.0.1:1/none', connectionTimeoutMillis: 500 })
    dead.on('error', () => undefined)
    const started = Date.now()
    const res = await healthResponse({ ...defaultHealthInput(), query: (sql) => dead.query(sql), timeoutMs: 1000 })
    expect(Date.now() - started).toBeLessThan(3000)
    expect(res.status).toBe(503)
    const body = await res.json()
    expect(body.message).toBe('Không kết nối được cơ sở dữ liệu.')
    expect(body.checks).toEqual({ database: 'failed', migrations: 'skipped', storage: 'ok' })
    await dead.end()
  })
})
