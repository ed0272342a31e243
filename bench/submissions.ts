/**
 * The last minute before a contest's deadline: SUBMISSIONS journalists (500) each upload a file and submit an entry,
 * all at once; one in ten double-clicks (two identical submits at the same moment) and one in ten retries after the
 * answer. Afterwards the database must hold exactly one entry per journalist, with its file on disk and its receipt
 * mail delivered: 0 lost, 0 duplicated. The baseline is the same clients against a bare Node server that only
 * stores the upload and answers, measured in the same run.
 */
import { randomUUID } from 'node:crypto'
import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import { simpleParser } from 'mailparser'
import type { Payload } from 'payload'
import sharp from 'sharp'
import { newPdf, pdfToBuffer } from '../src/lib/pdf/document'
import { makeUser, PASSWORD } from '../tests/helpers/fixtures'
import { call, inBatches, loginOver } from './lib/http'
import { fixed, percentile, table } from './lib/load'
import { watchMemory } from './lib/memory'

const N = Number(process.env.SUBMISSIONS || 500)
const FILE_KB = Number(process.env.FILE_KB || 1024)
const MINUTE = 60_000

interface Client {
  token: string
  userId: number
  key: string
  behaviour: 'once' | 'doubleClick' | 'retry'
}

interface Outcome {
  ok: boolean
  entryIds: number[]
  mediaId: number | null
  uploadMs: number
  submitMs: number
  totalMs: number
  problem?: string
}

/** A real PDF of about `kb` KB: a page of text and a photo-like image of random pixels (which does not compress). */
async function pdfOf(kb: number): Promise<Buffer> {
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

async function submitOne(
  base: { upload: string; entries: string },
  file: Blob,
  client: Client,
  entry: Record<string, unknown>,
): Promise<Outcome> {
  const t0 = performance.now()
  const form = new FormData()
  form.append('file', file, 'bai-du-thi.pdf')
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

/** The floor: a Node server that writes each upload to a file and answers JSON, nothing else. */
async function startBareServer(dir: string): Promise<{ url: string; close: () => Promise<void> }> {
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

async function burst(base: { upload: string; entries: string }, file: Blob, clients: Client[], entry: Record<string, unknown>) {
  const start = performance.now()
  const outcomes = await Promise.all(clients.map((c) => submitOne(base, file, c, entry)))
  return { outcomes, wallMs: performance.now() - start }
}

async function countReceipts(mailDir: string, codes: Set<string>, timeoutMs: number): Promise<{ received: number; waitedMs: number }> {
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

export async function benchSubmissions(ctx: {
  appUrl: string
  appPid: number
  payload: Payload
  mailDir: string
  mediaDir: string
}): Promise<string> {
  const { payload, appUrl } = ctx
  const run = Date.now().toString(36)
  console.log(`[bench] ${N} journalists, ${FILE_KB} KB PDF each`)
  const users = await inBatches(
    Array.from({ length: N }, (_, i) => i),
    8,
    (i) => makeUser(payload, 'journalist', { fullName: `Phóng viên ${i + 1}` }),
  )
  const tokens = await inBatches(users, 16, (u) => loginOver(appUrl, u.email, PASSWORD))
  const behaviour = (i: number): Client['behaviour'] => (i % 10 === 3 ? 'doubleClick' : i % 10 === 7 ? 'retry' : 'once')
  const clients: Client[] = users.map((u, i) => ({ token: tokens[i], userId: u.id as number, key: randomUUID(), behaviour: behaviour(i) }))

  // the deadline is one minute away when the burst starts
  const now = Date.now()
  const contest = await payload.create({
    collection: 'contests',
    overrideAccess: true,
    data: {
      title: `Cuộc thi đo tải ${run}`,
      year: 2026,
      status: 'open',
      opensAt: new Date(now - 7 * 86_400_000).toISOString(),
      deadline: new Date(now + MINUTE).toISOString(),
      worksFrom: '2025-01-01',
      worksTo: '2026-12-31',
      maxEntriesPerAuthor: 1,
    } as never,
  })
  const category = await payload.create({
    collection: 'contestCategories',
    overrideAccess: true,
    data: { contest: contest.id, name: 'Báo in', medium: 'print', maxCoAuthors: 2 } as never,
  })
  const entry = {
    contest: contest.id,
    category: category.id,
    title: 'Người giữ lửa làng nghề',
    publishedOn: '2026-06-01',
    status: 'submitted',
    originalityDeclared: true,
  }

  const file = new Blob([new Uint8Array(await pdfOf(FILE_KB))], { type: 'application/pdf' })
  const memory = watchMemory(ctx.appPid)
  const app = await burst({ upload: `${appUrl}/api/media?depth=0`, entries: `${appUrl}/api/entries?depth=0` }, file, clients, entry)
  const serverMemory = memory.stop()
  const beforeDeadline = Date.now() < now + MINUTE

  // what the database holds
  const stored = await payload.find({
    collection: 'entries',
    where: { contest: { equals: contest.id } },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
  })
  const byAuthor = new Map<number, number[]>()
  for (const e of stored.docs) byAuthor.set(e.author as number, [...(byAuthor.get(e.author as number) ?? []), e.id])
  const media = await payload.find({
    collection: 'media',
    where: { id: { in: app.outcomes.map((o) => o.mediaId).filter(Boolean) } },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
  })
  const fileOk = new Set(
    media.docs
      .filter((m) => fs.statSync(path.join(ctx.mediaDir, m.filename as string), { throwIfNoEntry: false })?.size === file.size)
      .map((m) => m.id),
  )
  let lost = 0
  clients.forEach((c, i) => {
    const o = app.outcomes[i]
    const mine = byAuthor.get(c.userId) ?? []
    const stored1 = stored.docs.find((e) => e.id === mine[0])
    const intact =
      mine.length === 1 &&
      o.ok &&
      o.entryIds.every((id) => id === mine[0]) &&
      stored1?.submissionKey === c.key &&
      (stored1?.files as number[] | undefined)?.includes(o.mediaId as number) &&
      fileOk.has(o.mediaId as number)
    if (!intact) {
      lost++
      if (lost <= 5) console.warn(`[bench] client ${i} (${c.behaviour}): ${o.problem ?? 'stored entry does not match'}`)
    }
  })
  const duplicated = stored.docs.length - byAuthor.size
  const codes = new Set(stored.docs.map((e) => e.code).filter((c): c is string => !!c))
  const receipts = await countReceipts(ctx.mailDir, codes, 180_000)

  const baseDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gs-bare-'))
  const bare = await startBareServer(baseDir)
  const floor = await burst({ upload: `${bare.url}/upload`, entries: `${bare.url}/entries` }, file, clients, entry)
  await bare.close()
  fs.rmSync(baseDir, { recursive: true, force: true })

  const row = (label: string, r: typeof app, pick: (o: Outcome) => number) => {
    const xs = r.outcomes.map(pick)
    return [label, fixed(percentile(xs, 50), 0), fixed(percentile(xs, 99), 0), fixed(r.wallMs / 1000, 1)]
  }
  const ratio = (p: number) =>
    `${fixed(
      percentile(
        app.outcomes.map((o) => o.totalMs),
        p,
      ) /
        percentile(
          floor.outcomes.map((o) => o.totalMs),
          p,
        ),
      1,
    )}×`
  const counts = {
    doubleClick: clients.filter((c) => c.behaviour === 'doubleClick').length,
    retry: clients.filter((c) => c.behaviour === 'retry').length,
  }
  return [
    `### ${N} bài dự thi gửi cùng lúc trong phút cuối (tệp PDF ${FILE_KB} KB mỗi bài)`,
    '',
    table(
      ['Đo', 'p50 (ms)', 'p99 (ms)', 'cả đợt (s)'],
      [
        row('Gương Sáng: tải tệp + nộp bài', app, (o) => o.totalMs),
        row('… trong đó tải tệp (POST /api/media)', app, (o) => o.uploadMs),
        row('… trong đó nộp bài (POST /api/entries, kể cả bấm đúp / gửi lại)', app, (o) => o.submitMs),
        row('Mốc: máy chủ Node trần nhận cùng tệp và JSON', floor, (o) => o.totalMs),
      ],
    ),
    '',
    `So với mốc: p50 ${ratio(50)}, p99 ${ratio(99)}.`,
    `Kết quả: ${N} người gửi (${counts.doubleClick} bấm đúp, ${counts.retry} gửi lại sau khi nhận trả lời), cơ sở dữ liệu có ` +
      `${stored.docs.length} bài của ${byAuthor.size} tác giả; **mất ${lost}, trùng ${duplicated}**; tệp trên đĩa đúng kích thước: ` +
      `${fileOk.size}/${N}; thư xác nhận nhận được: ${receipts.received}/${codes.size} (sau ${fixed(receipts.waitedMs / 1000, 0)} ` +
      `s); xong trước hạn chót: ${beforeDeadline ? 'có' : 'KHÔNG'}.`,
    `Bộ nhớ máy chủ web (RSS của \`next start\`) / web server memory: ${fixed(serverMemory.startMb, 0)} MB lúc bắt đầu, ` +
      `cao nhất ${fixed(serverMemory.peakMb, 0)} MB trong đợt gửi (${N} × ${FILE_KB} KB = ${fixed((N * FILE_KB) / 1024, 0)} MB tải lên).`,
    '',
  ].join('\n')
}
