/** The clients of the submission surge (bench/submissions.ts), its bare baseline server, and the check of what was stored. */
import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import { simpleParser } from 'mailparser'
import type { Payload } from 'payload'
import sharp from 'sharp'
import { newPdf, pdfToBuffer } from '../../src/lib/pdf/document'
import { call } from './http'

export interface Client {
  /** the client's own copy of the PDF (see clientFile) */
  file: Blob
  token: string
  userId: number
  key: string
  behaviour: 'once' | 'doubleClick' | 'retry'
}

export interface Outcome {
  ok: boolean
  entryIds: number[]
  mediaId: number | null
  uploadMs: number
  submitMs: number
  totalMs: number
  problem?: string
}

/** A real PDF of about `kb` KB: a page of text and a photo-like image of random pixels (which does not compress). */
export async function pdfOf(kb: number): Promise<Buffer> {
  const side = Math.max(8, Math.round(Math.sqrt((kb * 1024) / 3)))
  const noise = Buffer.from(Array.from({ length: side * side * 3 }, () => Math.floor(Math.random() * 256)))
  const png = await sharp(noise, { raw: { width: side, height: side, channels: 3 } })
    .png({ compressionLevel: 0 })
    .toBuffer()
  const doc = newPdf()
  doc.font('regular').fontSize(14).text('Người giữ lửa làng nghề gốm Bàu Trúc — bài dự thi (bản đo tải)')
  doc.image(png, { width: 400 })
  return pdfToBuffer(doc)
}

export async function submitOne(
  base: { upload: string; entries: string },
  client: Client,
  entry: Record<string, unknown>,
): Promise<Outcome> {
  const t0 = performance.now()
  const form = new FormData()
  form.append('file', client.file, 'bai-du-thi.pdf')
  form.append('_payload', JSON.stringify({ visibility: 'private', alt: 'Bài dự thi' }))
  const up = await call<{ doc?: { id: number } }>(base.upload, { token: client.token, body: form })
  const t1 = performance.now()
  const mediaId = up.body?.doc?.id ?? null
  if (up.status >= 300 || mediaId == null)
    return {
      ok: false,
      entryIds: [],
      mediaId,
      uploadMs: t1 - t0,
      submitMs: 0,
      totalMs: t1 - t0,
      problem: `upload ${up.status} ${JSON.stringify(up.body).slice(0, 300)}`,
    }
  const json = { ...entry, files: [mediaId], submissionKey: client.key }
  const send = () => call<{ doc?: { id: number } }>(base.entries, { token: client.token, json })
  const answers = client.behaviour === 'doubleClick' ? await Promise.all([send(), send()]) : [await send()]
  if (client.behaviour === 'retry') answers.push(await send())
  const t2 = performance.now()
  const bad = answers.find((a) => a.status >= 300 || a.body?.doc?.id == null)
  return {
    ok: !bad,
    entryIds: answers.map((a) => a.body?.doc?.id).filter((id): id is number => id != null),
    mediaId,
    uploadMs: t1 - t0,
    submitMs: t2 - t1,
    totalMs: t2 - t0,
    problem: bad ? `submit ${bad.status} ${JSON.stringify(bad.body).slice(0, 200)}` : undefined,
  }
}

const MARK_BYTES = 16
// seven places spread over the file's middle, clear of the head a type check reads and the tail the PDF check reads
const markPlaces = (size: number) => Array.from({ length: 7 }, (_, k) => Math.floor((size * (k + 1)) / 8))
const markOf = (index: number) => Buffer.from(`client-${index}`.padEnd(MARK_BYTES, '.'), 'latin1')

/**
 * The file client `index` uploads: the same PDF with 16 bytes naming the client at seven places inside its data
 * (same size, same structure), so a stored file shows whose upload it is and two uploads mixed up are caught.
 */
export function clientFile(pdf: Buffer, index: number): Blob {
  const bytes = new Uint8Array(pdf)
  for (const at of markPlaces(pdf.length)) bytes.set(markOf(index), at)
  return new Blob([bytes], { type: 'application/pdf' })
}

/** Whether the stored file is client `index`'s upload, whole: its size and every mark. */
function isUploadOf(file: string, index: number, size: number): boolean {
  if (fs.statSync(file, { throwIfNoEntry: false })?.size !== size) return false
  const handle = fs.openSync(file, 'r')
  try {
    const mark = Buffer.alloc(MARK_BYTES)
    return markPlaces(size).every((at) => {
      fs.readSync(handle, mark, 0, MARK_BYTES, at)
      return mark.equals(markOf(index))
    })
  } finally {
    fs.closeSync(handle)
  }
}

/** The floor: a Node server that writes each upload to a file and answers JSON, nothing else. */
export async function startBareServer(dir: string): Promise<{ url: string; close: () => Promise<void> }> {
  let id = 0
  const server = http.createServer((req, res) => {
    const n = ++id
    const sink = req.url === '/upload' ? fs.createWriteStream(path.join(dir, `${n}.bin`)) : null
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => (sink ? sink.write(c) : chunks.push(c)))
    req.on('end', () => {
      const reply = () => {
        res.writeHead(201, { 'Content-Type': 'application/json' })
        res.end(JSON.stringify({ doc: { id: n } }))
      }
      if (sink) sink.end(reply)
      else reply()
    })
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  const { port } = server.address() as { port: number }
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(() => r())) }
}

export async function burst(base: { upload: string; entries: string }, clients: Client[], entry: Record<string, unknown>) {
  const start = performance.now()
  const outcomes = await Promise.all(clients.map((c) => submitOne(base, c, entry)))
  return { outcomes, wallMs: performance.now() - start }
}

export async function countReceipts(
  mailDir: string,
  codes: Set<string>,
  timeoutMs: number,
): Promise<{ received: number; waitedMs: number }> {
  const start = Date.now()
  const seen = new Map<string, number>()
  const read = new Set<string>()
  while (Date.now() - start < timeoutMs) {
    for (const file of fs.readdirSync(mailDir).filter((f) => f.endsWith('.eml') && !read.has(f))) {
      read.add(file)
      const subject = (await simpleParser(fs.readFileSync(path.join(mailDir, file)))).subject ?? ''
      const code = [...codes].find((c) => subject.includes(c))
      if (code) seen.set(code, (seen.get(code) ?? 0) + 1)
    }
    if (seen.size >= codes.size) break
    await new Promise((r) => setTimeout(r, 1000))
  }
  return { received: seen.size, waitedMs: Date.now() - start }
}

export interface Stored {
  entries: number
  authors: number
  lost: number
  duplicated: number
  filesOk: number
  codes: Set<string>
}

/**
 * What the database and the disk hold after a burst into one contest: a client is lost unless exactly one entry is
 * stored for it, with its key, its own file whole on disk, and every answer it got naming that entry.
 */
export async function checkStored(
  payload: Payload,
  run: { contestId: number | string; clients: Client[]; outcomes: Outcome[]; mediaDir: string },
): Promise<Stored> {
  const { clients, outcomes } = run
  const stored = await payload.find({
    collection: 'entries',
    where: { contest: { equals: run.contestId } },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
  })
  const byAuthor = new Map<number, number[]>()
  for (const e of stored.docs) byAuthor.set(e.author as number, [...(byAuthor.get(e.author as number) ?? []), e.id])
  const media = await payload.find({
    collection: 'media',
    where: { id: { in: outcomes.map((o) => o.mediaId).filter(Boolean) } },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
  })
  const filenames = new Map(media.docs.map((m) => [m.id, m.filename as string]))
  const fileOk = new Set(
    outcomes
      .map((o, i) => ({ id: o.mediaId, name: filenames.get(o.mediaId as number), i }))
      .filter(({ name, i }) => name && isUploadOf(path.join(run.mediaDir, name), i, clients[i].file.size))
      .map(({ id }) => id),
  )
  let lost = 0
  clients.forEach((c, i) => {
    const o = outcomes[i]
    const mine = byAuthor.get(c.userId) ?? []
    const entry = stored.docs.find((e) => e.id === mine[0])
    const intact =
      mine.length === 1 &&
      o.ok &&
      o.entryIds.every((id) => id === mine[0]) &&
      entry?.submissionKey === c.key &&
      (entry?.files as number[] | undefined)?.includes(o.mediaId as number) &&
      fileOk.has(o.mediaId as number)
    if (!intact) {
      lost++
      if (lost <= 5) console.warn(`[bench] client ${i} (${c.behaviour}): ${o.problem ?? 'stored entry does not match'}`)
    }
  })
  return {
    entries: stored.docs.length,
    authors: byAuthor.size,
    lost,
    duplicated: stored.docs.length - byAuthor.size,
    filesOk: fileOk.size,
    codes: new Set(stored.docs.map((e) => e.code).filter((c): c is string => !!c)),
  }
}
