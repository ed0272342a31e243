/**
 * Object storage (a real s3rver) refusing writes during uploads through REST: a clear Vietnamese 503 with
 * Retry-After, never a 500 or "An unknown error occurred.", and no media document pointing at a file the bucket
 * does not have: neither a new one nor one whose file was being replaced.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { STORAGE_DOWN } from '../../src/plugins/mediaStorage'
import { startLocalS3, type LocalS3 } from '../helpers/s3'

let s3: LocalS3
let mediaDir: string
let payload: Payload
let api: typeof import('../helpers/rest')
const tokens: Record<string, string> = {}
let PDF: Buffer
let PNG: Buffer

function form(data: Buffer, name: string, type: string, fields: Record<string, unknown> = { visibility: 'private', alt: name }) {
  const body = new FormData()
  body.append('file', new Blob([new Uint8Array(data)], { type }), name)
  body.append('_payload', JSON.stringify(fields))
  return body
}

const mediaCount = async () => (await payload.count({ collection: 'media', overrideAccess: true })).totalDocs

/** The last media id before this file's tests: earlier files of the run stored theirs elsewhere. */
let lastEarlierMedia = 0

/** Every file a media document of this file's tests names (the original and its sizes) that the bucket does not have. */
async function missingFiles(): Promise<string[]> {
  const keys = new Set(await s3.keys())
  const docs = (
    await payload.find({
      collection: 'media',
      where: { id: { greater_than: lastEarlierMedia } },
      limit: 1000,
      depth: 0,
      overrideAccess: true,
    })
  ).docs
  const named = docs
    .flatMap((d) => [d.filename, ...Object.values(d.sizes ?? {}).map((s) => s?.filename)])
    .filter((f): f is string => Boolean(f))
  return named.filter((f) => !keys.has(f))
}

function expectStorageDown(res: { status: number; body: any; headers: Headers }) {
  expect(res.status, JSON.stringify(res.body)).toBe(503)
  expect(res.body.errors[0].message).toBe(STORAGE_DOWN)
  expect(res.headers.get('retry-after')).toMatch(/^\d+$/)
}

describe('storage refusing a write during an upload', () => {
  beforeAll(async () => {
    s3 = await startLocalS3()
    mediaDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gs-faults-storage-'))
    // the configuration reads these when it is first imported, below
    Object.assign(process.env, s3.env, { MEDIA_DIR: mediaDir })
    api = await import('../helpers/rest')
    payload = await (await import('../helpers/payload')).testPayload()
    lastEarlierMedia = Number(
      (await payload.find({ collection: 'media', sort: '-id', limit: 1, depth: 0, overrideAccess: true })).docs[0]?.id ?? 0,
    )
    const { makeUser, PASSWORD } = await import('../helpers/fixtures')
    for (const role of ['journalist', 'editor'] as const) tokens[role] = await api.login((await makeUser(payload, role)).email, PASSWORD)
    const { newPdf, pdfToBuffer } = await import('../../src/lib/pdf/document')
    const doc = newPdf()
    doc.text('Bài dự thi khi kho lưu tệp ngừng nhận')
    PDF = await pdfToBuffer(doc)
    PNG = await sharp({ create: { width: 640, height: 480, channels: 3, background: { r: 200, g: 120, b: 10 } } })
      .png()
      .toBuffer()
  })
  afterAll(async () => {
    await payload?.destroy()
    await s3?.close()
    fs.rmSync(mediaDir, { recursive: true, force: true })
  })

  it('a new upload: 503 in Vietnamese with Retry-After, no document, nothing stored; it works once storage is back', async () => {
    const before = { count: await mediaCount(), keys: await s3.keys() }
    await s3.stop()
    try {
      expectStorageDown(
        await api.rest('POST', '/media', { token: tokens.journalist, body: form(PDF, 'bai-du-thi.pdf', 'application/pdf') }),
      )
      // an image: its resized copies are written too, and all of them are refused together
      expectStorageDown(
        await api.rest('POST', '/media', {
          token: tokens.editor,
          body: form(PNG, 'anh-dien-hinh.png', 'image/png', { visibility: 'public', alt: 'Ảnh' }),
        }),
      )
      expect(await mediaCount()).toBe(before.count)
    } finally {
      await s3.start()
    }
    expect(await s3.keys()).toEqual(before.keys)
    expect(fs.readdirSync(mediaDir)).toEqual([])

    const again = await api.rest('POST', '/media', { token: tokens.journalist, body: form(PDF, 'bai-du-thi.pdf', 'application/pdf') })
    expect(again.status, JSON.stringify(again.body)).toBe(201)
    expect(await s3.keys()).toContain(again.body.doc.filename)
    expect(await missingFiles()).toEqual([])
  })

  it('replacing a file while storage refuses keeps the document on its old file, which stays downloadable', async () => {
    const up = await api.rest('POST', '/media', {
      token: tokens.editor,
      body: form(PNG, 'anh-cu.png', 'image/png', { visibility: 'public', alt: 'Ảnh cũ' }),
    })
    expect(up.status, JSON.stringify(up.body)).toBe(201)
    const { id, filename } = up.body.doc
    const other = await sharp({ create: { width: 500, height: 500, channels: 3, background: { r: 0, g: 90, b: 30 } } })
      .png()
      .toBuffer()
    await s3.stop()
    try {
      expectStorageDown(
        await api.rest('PATCH', `/media/${id}`, {
          token: tokens.editor,
          body: form(other, 'anh-moi.png', 'image/png', { alt: 'Ảnh mới' }),
        }),
      )
    } finally {
      await s3.start()
    }
    const doc = await payload.findByID({ collection: 'media', id, depth: 0, overrideAccess: true })
    expect(doc.filename).toBe(filename)
    expect(await missingFiles()).toEqual([])
    const file = await api.rest('GET', `/media/file/${encodeURIComponent(filename)}`)
    expect(file.status).toBe(200)
  })
})
