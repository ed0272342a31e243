/**
 * Resumable uploads (tus) through the real route handler: a contest recording sent in two sessions with a cut in
 * between, finished into a private media document of its uploader; strangers, the signed-out, oversized and fake
 * files are refused in Vietnamese, and no garbage request gets a 5xx.
 */
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import fc from 'fast-check'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mediaDir } from '../../src/lib/storage/settings'
import { handleTus } from '../../src/server/uploads/tusRoute'
import { makeUser, PASSWORD, uniq } from '../helpers/fixtures'
import { testPayload } from '../helpers/payload'
import { login } from '../helpers/rest'
import { wavFile as wav } from '../helpers/wav'

let payload: Payload
let author: { id: number; token: string }
let stranger: { id: number; token: string }
let judgeToken: string
const tusDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gs-tus-'))

type Call = { token?: string; headers?: Record<string, string>; body?: BodyInit }
async function tus(method: string, suffix = '', opts: Call = {}) {
  const headers: Record<string, string> = { 'Tus-Resumable': '1.0.0', ...(opts.headers ?? {}) }
  if (opts.token) headers.Authorization = `JWT ${opts.token}`
  const request = new Request(`http://localhost:3000/api/uploads/tus${suffix}`, {
    method,
    headers,
    body: opts.body,
    duplex: 'half',
  } as RequestInit)
  const res = await handleTus(request, { params: Promise.resolve({ path: suffix.split('/').filter(Boolean) }) })
  const text = method === 'HEAD' ? '' : await res.text()
  let body: any = text
  try {
    body = JSON.parse(text)
  } catch {
    // not JSON
  }
  return { status: res.status, headers: res.headers, body }
}

const b64 = (s: string) => Buffer.from(s).toString('base64')
const metadata = (filename: string, filetype: string) => `filename ${b64(filename)},filetype ${b64(filetype)}`
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex')

/** Starts an upload and answers its path suffix (/<id>). */
async function create(token: string, filename: string, filetype: string, size: number) {
  const res = await tus('POST', '', { token, headers: { 'Upload-Length': String(size), 'Upload-Metadata': metadata(filename, filetype) } })
  expect(res.status, JSON.stringify(res.body)).toBe(201)
  const location = res.headers.get('location')!
  expect(location).toMatch(/^\/api\/uploads\/tus\/[0-9a-f]{32}$/)
  return location.slice('/api/uploads/tus'.length)
}

const patch = (token: string, suffix: string, offset: number, bytes: Buffer) =>
  tus('PATCH', suffix, {
    token,
    headers: { 'Upload-Offset': String(offset), 'Content-Type': 'application/offset+octet-stream' },
    body: new Uint8Array(bytes),
  })

/** A WAV with a varying signal, so its halves differ. */
const wavFile = (samples: number) => wav(samples, (i) => 128 + Math.round(100 * Math.sin(i / 7)))

const leftovers = () => fs.readdirSync(tusDir)

beforeAll(async () => {
  process.env.TUS_DIR = tusDir
  payload = await testPayload()
  const a = await makeUser(payload, 'journalist')
  const s = await makeUser(payload, 'journalist')
  const j = await makeUser(payload, 'judge')
  author = { id: Number(a.id), token: await login(a.email, PASSWORD) }
  stranger = { id: Number(s.id), token: await login(s.email, PASSWORD) }
  judgeToken = await login(j.email, PASSWORD)
})
afterAll(async () => {
  fs.rmSync(tusDir, { recursive: true, force: true })
  await payload.destroy()
})

describe('a resumable upload of a contest recording', () => {
  it('is sent in two sessions, resumed from the offset the server reports, and becomes a private media document of its owner', async () => {
    const wav = wavFile(300_000)
    const name = `phong-su-${uniq()}.wav`
    const at = await create(author.token, name, 'audio/wav', wav.length)
    const half = Math.floor(wav.length / 2)

    // first session: half the file, then the connection is cut
    const first = await patch(author.token, at, 0, wav.subarray(0, half))
    expect(first.status).toBe(204)
    expect(first.headers.get('upload-offset')).toBe(String(half))

    // second session: the client asks where to go on
    const head = await tus('HEAD', at, { token: author.token })
    expect(head.status).toBe(200)
    expect(head.headers.get('upload-offset')).toBe(String(half))
    expect(head.headers.get('upload-length')).toBe(String(wav.length))
    // a piece sent from the wrong offset changes nothing
    const wrong = await patch(author.token, at, 0, wav.subarray(0, 10))
    expect(wrong.status).toBe(409)
    expect(wrong.body.errors[0].message).toMatch(/Vị trí tiếp tục/)
    const rest = await patch(author.token, at, half, wav.subarray(half))
    expect(rest.status).toBe(204)
    expect(rest.headers.get('upload-offset')).toBe(String(wav.length))

    const done = await tus('POST', `${at}/hoan-tat`, { token: author.token })
    expect(done.status, JSON.stringify(done.body)).toBe(201)
    const doc = await payload.findByID({ collection: 'media', id: done.body.doc.id, depth: 0, overrideAccess: true })
    expect(doc.visibility).toBe('private')
    expect(doc.owner).toBe(author.id)
    expect(doc.mimeType).toBe('audio/wav')
    expect(doc.filesize).toBe(wav.length)
    expect(doc.receivedAt).toBeTruthy()
    expect(sha256(fs.readFileSync(path.join(mediaDir(), doc.filename!)))).toBe(sha256(wav))
    // the partial upload is gone; finishing again finds nothing
    expect(leftovers().filter((f) => f.startsWith(at.slice(1)))).toEqual([])
    expect((await tus('POST', `${at}/hoan-tat`, { token: author.token })).status).toBe(404)
  })

  it('answers only to its creator: another journalist can neither see, continue, cancel nor finish it', async () => {
    const wav = wavFile(2_000)
    const at = await create(author.token, `ban-ghi-${uniq()}.wav`, 'audio/wav', wav.length)
    expect((await patch(author.token, at, 0, wav.subarray(0, 1000))).status).toBe(204)
    for (const res of [
      await tus('HEAD', at, { token: stranger.token }),
      await patch(stranger.token, at, 1000, wav.subarray(1000)),
      await tus('DELETE', at, { token: stranger.token }),
      await tus('POST', `${at}/hoan-tat`, { token: stranger.token }),
    ])
      expect(res.status).toBe(403)
    expect(
      (
        await tus('PATCH', at, {
          token: stranger.token,
          headers: { 'Upload-Offset': '1000', 'Content-Type': 'application/offset+octet-stream' },
          body: 'x',
        })
      ).body.errors[0].message,
    ).toBe('Phiên tải lên này thuộc tài khoản khác.')
    // untouched by the stranger's attempts
    const head = await tus('HEAD', at, { token: author.token })
    expect(head.headers.get('upload-offset')).toBe('1000')
    // a client cannot claim another owner in its metadata
    const forged = await tus('POST', '', {
      token: stranger.token,
      headers: { 'Upload-Length': '10', 'Upload-Metadata': `${metadata('x.wav', 'audio/wav')},owner ${b64(String(author.id))}` },
    })
    expect(forged.status).toBe(201)
    expect((await tus('HEAD', forged.headers.get('location')!.slice('/api/uploads/tus'.length), { token: author.token })).status).toBe(403)
    // unfinished uploads cannot be finished
    const early = await tus('POST', `${at}/hoan-tat`, { token: author.token })
    expect(early.status).toBe(409)
    expect(early.body.errors[0].message).toMatch(/chưa tải lên xong \(48 %\)/)
    expect((await tus('DELETE', at, { token: author.token })).status).toBe(204)
    expect((await tus('HEAD', at, { token: author.token })).status).toBe(404)
  })

  it('is refused to the signed-out (401) and to accounts that cannot enter the contest (403)', async () => {
    const anon = await tus('POST', '', { headers: { 'Upload-Length': '100', 'Upload-Metadata': metadata('a.wav', 'audio/wav') } })
    expect(anon.status).toBe(401)
    expect(anon.body.errors[0].message).toBe('Bạn cần đăng nhập để tải tệp lên.')
    const junk = await tus('POST', '', { headers: { 'Upload-Length': '100', Authorization: 'JWT rac.rac.rac' } })
    expect(junk.status).toBe(401)
    const judge = await tus('POST', '', {
      token: judgeToken,
      headers: { 'Upload-Length': '100', 'Upload-Metadata': metadata('a.wav', 'audio/wav') },
    })
    expect(judge.status).toBe(403)
    expect(judge.body.errors[0].message).toMatch(/không được gửi tác phẩm/)
  })

  it('over the size limit is refused with 413 before any byte is stored', async () => {
    const before = leftovers().length
    process.env.TUS_MAX_BYTES = '5000'
    try {
      const res = await tus('POST', '', {
        token: author.token,
        headers: { 'Upload-Length': '5001', 'Upload-Metadata': metadata('dai.mp4', 'video/mp4') },
      })
      expect(res.status).toBe(413)
      expect(res.body.errors[0].message).toBe('Tệp quá lớn: tải lên từng phần nhận tệp tối đa 4,9 KB.')
      expect(
        (
          await tus('POST', '', {
            token: author.token,
            headers: { 'Upload-Length': '5000', 'Upload-Metadata': metadata('vua.mp4', 'video/mp4') },
          })
        ).status,
      ).toBe(201)
    } finally {
      delete process.env.TUS_MAX_BYTES
    }
    // the per-type ceiling of the media library still applies: audio up to 200 MB
    const wavTooBig = await tus('POST', '', {
      token: author.token,
      headers: { 'Upload-Length': String(201 * 1024 * 1024), 'Upload-Metadata': metadata('dai.wav', 'audio/wav') },
    })
    expect(wavTooBig.status).toBe(413)
    expect(wavTooBig.body.errors[0].message).toBe('Tệp quá lớn: tối đa 200 MB cho loại tệp này.')
    expect(leftovers().length).toBe(before + 2) // only the accepted upload (data and its .json)
  })

  it('of a type the contest does not take is refused at creation (415)', async () => {
    for (const [name, type] of [
      ['chuong-trinh.exe', 'application/x-msdownload'],
      ['anh.jpg', 'image/jpeg'],
      ['khong-ten', ''],
    ]) {
      const res = await tus('POST', '', {
        token: author.token,
        headers: { 'Upload-Length': '100', 'Upload-Metadata': metadata(name, type) },
      })
      expect(res.status, name).toBe(415)
      expect(res.body.errors[0].message).toMatch(/Định dạng tệp không được hỗ trợ/)
    }
  })

  it('of a fake recording (text renamed .mp3) is refused when finished, leaving no media document nor the partial file', async () => {
    const fake = Buffer.from('Đây không phải tệp âm thanh, chỉ là văn bản đổi tên thành .mp3\n'.repeat(50))
    const name = `gia-mao-${uniq()}.mp3`
    const at = await create(author.token, name, 'audio/mpeg', fake.length)
    expect((await patch(author.token, at, 0, fake)).status).toBe(204)
    const done = await tus('POST', `${at}/hoan-tat`, { token: author.token })
    expect(done.status).toBe(400)
    expect(done.body.errors[0].message).toMatch(/Định dạng tệp không được hỗ trợ/)
    const docs = await payload.find({ collection: 'media', where: { alt: { equals: name } }, overrideAccess: true })
    expect(docs.totalDocs).toBe(0)
    expect(leftovers().filter((f) => f.startsWith(at.slice(1)))).toEqual([])
  })
})

describe('the tus route under garbage', () => {
  it('never answers 5xx', async () => {
    const id = 'a'.repeat(32)
    const suffix = fc.constantFrom('', `/${id}`, `/${id}/hoan-tat`, '/..', '/%2e%2e', '/x/y/z', `/${id}/khac`, '/' + '9'.repeat(40), '/%00')
    const method = fc.constantFrom('GET', 'POST', 'PATCH', 'PUT', 'DELETE', 'HEAD', 'OPTIONS')
    const header = fc.record(
      {
        'Upload-Length': fc.constantFrom('-1', 'abc', '1e309', '0', '10', String(2 ** 60), ''),
        'Upload-Offset': fc.constantFrom('-5', 'x', '0', '99999999999'),
        'Upload-Metadata': fc.constantFrom('', 'filename', 'filename ***', 'filename YS53YXY=,filetype YXVkaW8vd2F2', 'a b,a b', ','),
        'Upload-Defer-Length': fc.constantFrom('1', 'x'),
        'Upload-Concat': fc.constantFrom('partial', 'final;/a /b'),
        'Content-Type': fc.constantFrom('application/offset+octet-stream', 'text/plain', 'application/json', ''),
        'Tus-Resumable': fc.constantFrom('1.0.0', '0.2', ''),
      },
      { requiredKeys: [] },
    )
    const who = fc.constantFrom<'anon' | 'author' | 'junk'>('anon', 'author', 'junk')
    const body = fc.option(fc.oneof(fc.string({ maxLength: 200 }), fc.uint8Array({ maxLength: 300 })), { nil: undefined })
    await fc.assert(
      fc.asyncProperty(suffix, method, header, who, body, async (s, m, h, w, b) => {
        const headers: Record<string, string> = { ...h }
        if (w === 'author') headers.Authorization = `JWT ${author.token}`
        if (w === 'junk') headers.Authorization = 'JWT x.y.z'
        const request = new Request(`http://localhost:3000/api/uploads/tus${s}`, {
          method: m,
          headers,
          body: m === 'GET' || m === 'HEAD' ? undefined : b,
          duplex: 'half',
        } as RequestInit)
        const res = await handleTus(request, { params: Promise.resolve({ path: s.split('/').filter(Boolean).map(decodeURIComponent) }) })
        await res.arrayBuffer().catch(() => undefined)
        expect(res.status, `${m} ${s} ${JSON.stringify(h)}`).toBeLessThan(500)
      }),
      { numRuns: 250 },
    )
  })
})
