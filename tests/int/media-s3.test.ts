/**
 * Uploads through S3-compatible object storage (a real s3rver on loopback): the content checks, the private-file
 * rules and the download route work as they do on the local disk, and nothing is written to the local folder.
 */
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startLocalS3, type LocalS3 } from '../helpers/s3'

let s3: LocalS3
let mediaDir: string
let payload: Payload
let api: typeof import('../helpers/rest')
let handlers: typeof import('../../src/lib/api/restHandlers').restHandlers
const tokens: Record<string, string> = {}
let PDF: Buffer
let PNG: Buffer
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex')

async function upload(token: string, data: Buffer, name: string, type: string, visibility = 'private') {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(data)], { type }), name)
  form.append('_payload', JSON.stringify({ visibility, alt: name }))
  return api.rest('POST', '/media', { token, body: form })
}

/** GET /api/media/file/<name> as a browser would, keeping the body as bytes. */
async function download(filename: string, token?: string) {
  const url = `http://localhost:3000/api/media/file/${encodeURIComponent(filename)}`
  const res = await handlers.GET(new Request(url, { headers: token ? { Authorization: `JWT ${token}` } : {} }), {
    params: Promise.resolve({ slug: ['media', 'file', filename] }),
  })
  return { status: res.status, body: Buffer.from(await res.arrayBuffer()), type: res.headers.get('content-type') }
}

describe('media on S3-compatible storage', () => {
  beforeAll(async () => {
    s3 = await startLocalS3()
    mediaDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gs-media-s3-'))
    // the configuration reads these when it is first imported, below
    Object.assign(process.env, s3.env, { MEDIA_DIR: mediaDir })
    api = await import('../helpers/rest')
    handlers = (await import('../../src/lib/api/restHandlers')).restHandlers
    payload = await (await import('../helpers/payload')).testPayload()
    const { makeUser, PASSWORD } = await import('../helpers/fixtures')
    for (const [key, role] of [
      ['a', 'journalist'],
      ['b', 'journalist'],
      ['editor', 'editor'],
      ['organizer', 'organizer'],
    ] as const) {
      const user = await makeUser(payload, role)
      tokens[key] = await api.login(user.email, PASSWORD)
    }
    const { newPdf, pdfToBuffer } = await import('../../src/lib/pdf/document')
    const doc = newPdf()
    doc.text('Bài dự thi lưu trên kho S3')
    PDF = await pdfToBuffer(doc)
    PNG = await sharp({ create: { width: 800, height: 600, channels: 3, background: { r: 10, g: 120, b: 200 } } })
      .png()
      .toBuffer()
  })
  afterAll(async () => {
    await payload?.destroy()
    await s3?.close()
    fs.rmSync(mediaDir, { recursive: true, force: true })
  })

  it('a public image goes to the bucket with its sizes, is served by /api/media/file and never written locally', async () => {
    const up = await upload(tokens.editor, PNG, 'anh-dien-hinh.png', 'image/png', 'public')
    expect(up.status).toBe(201)
    const doc = up.body.doc
    expect(doc.mimeType).toBe('image/webp')
    // the URL goes through Payload's access control, never straight to the bucket
    expect(doc.url).toBe(`${process.env.NEXT_PUBLIC_SERVER_URL}/api/media/file/${doc.filename}`)
    const keys = await s3.keys()
    expect(keys).toContain(doc.filename)
    expect(keys).toContain(doc.sizes.thumbnail.filename)
    const res = await download(doc.filename)
    expect(res.status).toBe(200)
    expect(res.type).toBe('image/webp')
    expect(sha(res.body)).toBe(sha(await s3.read(doc.filename)))
    expect((await sharp(res.body).metadata()).format).toBe('webp')
    expect(fs.readdirSync(mediaDir)).toEqual([])
  })

  it('the content check reads the bytes: an .exe named .pdf is refused and nothing reaches the bucket', async () => {
    const before = await s3.keys()
    const EXE = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(62), Buffer.from('PE\0\0'), Buffer.alloc(200, 1)])
    const up = await upload(tokens.a, EXE, 'bai-viet.pdf', 'application/pdf')
    expect(up.status).toBe(400)
    expect(JSON.stringify(up.body)).toContain('Định dạng tệp không được hỗ trợ')
    const cut = await upload(tokens.a, PDF.subarray(0, Math.floor(PDF.length / 2)), 'do-dang.pdf', 'application/pdf')
    expect(cut.status).toBe(400)
    expect(JSON.stringify(cut.body)).toContain('Tệp PDF không hoàn chỉnh')
    expect(await s3.keys()).toEqual(before)
  })

  it('a private PDF: its owner and the organizers download the same bytes; other users, editors and visitors are refused', async () => {
    const up = await upload(tokens.a, PDF, 'tac-pham-rieng.pdf', 'application/pdf')
    expect(up.status).toBe(201)
    const { filename, url } = up.body.doc
    expect(url).toBe(`${process.env.NEXT_PUBLIC_SERVER_URL}/api/media/file/${filename}`)
    expect(sha(await s3.read(filename))).toBe(sha(PDF))

    const owner = await download(filename, tokens.a)
    expect(owner.status).toBe(200)
    expect(sha(owner.body)).toBe(sha(PDF))
    expect(sha((await download(filename, tokens.organizer)).body)).toBe(sha(PDF))

    for (const other of [await download(filename, tokens.b), await download(filename, tokens.editor), await download(filename)]) {
      expect(other.status).toBe(403)
      expect(other.body.includes(Buffer.from('%PDF'))).toBe(false)
    }
  })

  it('deleting the document removes its object from the bucket', async () => {
    const up = await upload(tokens.a, PDF, 'xoa-di.pdf', 'application/pdf')
    const { id, filename } = up.body.doc
    expect(await s3.keys()).toContain(filename)
    expect((await api.rest('DELETE', `/media/${id}`, { token: tokens.a })).status).toBe(200)
    expect(await s3.keys()).not.toContain(filename)
  })

  it('the health check writes to the bucket and leaves nothing there', async () => {
    const before = await s3.keys()
    const { healthResponse } = await import('../../src/lib/ops/healthRoute')
    const res = await healthResponse()
    expect(res.status).toBe(200)
    expect((await res.json()).checks.storage).toBe('ok')
    expect(await s3.keys()).toEqual(before)
  })

  it('storage refusing the write: a clear Vietnamese error and no document pointing at a missing file', async () => {
    const before = (await payload.count({ collection: 'media', overrideAccess: true })).totalDocs
    await s3.stop()
    const up = await upload(tokens.a, PDF, 'kho-tu-choi.pdf', 'application/pdf')
    expect(up.status).toBe(503)
    expect(up.body.errors[0].message).toBe('Kho lưu tệp đang không nhận tệp mới, tệp chưa được lưu. Vui lòng thử lại sau ít phút.')
    expect((await payload.count({ collection: 'media', overrideAccess: true })).totalDocs).toBe(before)
  })
})
