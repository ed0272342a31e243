/**
 * The last minute before a contest's deadline: SUBMISSIONS journalists (500) each upload a file and submit an entry,
 * all at once; one in ten double-clicks (two identical submits at the same moment) and one in ten retries after the
 * answer. Afterwards the database must hold exactly one entry per journalist, with its own file on disk and its receipt
 * mail delivered: 0 lost, 0 duplicated. Two shapes of the deployment take the same burst, each into a contest of its
 * own: one web process (`npm start`), and two web processes behind nginx sharing Redis (README "Triển khai"; not
 * measured without nginx). The baseline is the same clients against a bare Node server that only stores the upload
 * and answers, measured in the same run.
 */
import { randomUUID } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'
import { makeUser, PASSWORD } from '../tests/helpers/fixtures'
import { cpuBetween, cpuSnapshot, type CpuSnapshot } from './lib/cpu'
import { call, inBatches, loginOver } from './lib/http'
import { fixed, percentile, table } from './lib/load'
import { watchMemory } from './lib/memory'
import { nginxBinary } from './lib/nginx'
import { burst, checkStored, clientFile, countReceipts, pdfOf, startBareServer, type Client, type Outcome, type Stored } from './lib/surge'
import { startWebPair } from './lib/webPair'

const N = Number(process.env.SUBMISSIONS || 500)
const FILE_KB = Number(process.env.FILE_KB || 1024)
const MINUTE = 60_000

interface Ctx {
  appUrl: string
  appPid: number
  payload: Payload
  mailDir: string
  mediaDir: string
}

type Burst = Awaited<ReturnType<typeof burst>>

interface ShapeResult {
  label: string
  burst: Burst
  stored: Stored
  receipts: { received: number; waitedMs: number }
  memory: { startMb: number; peakMb: number }
  cpu: CpuSnapshot
  beforeDeadline: boolean
}

const entryIn = (contest: number | string, category: number | string) => ({
  contest,
  category,
  title: 'Người giữ lửa làng nghề',
  publishedOn: '2026-06-01',
  status: 'submitted',
  originalityDeclared: true,
})

/** A contest whose deadline is one minute away, and the entry every client submits to it. */
async function openContest(payload: Payload, title: string) {
  const now = Date.now()
  const contest = await payload.create({
    collection: 'contests',
    overrideAccess: true,
    data: {
      title,
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
  return { contestId: contest.id, entry: entryIn(contest.id, category.id), deadline: now + MINUTE }
}

/** One burst of every client (each with a new submission key) into a new contest through `url`, and what it left. */
async function surge(ctx: Ctx, shape: { label: string; url: string; pids: number[] }, users: Client[]): Promise<ShapeResult> {
  const clients = users.map((c) => ({ ...c, key: randomUUID() }))
  const { contestId, entry, deadline } = await openContest(ctx.payload, `Cuộc thi đo tải ${shape.label} ${Date.now().toString(36)}`)
  console.log(`[bench] burst: ${shape.label}`)
  const memory = watchMemory(shape.pids)
  const cpuBefore = cpuSnapshot(shape.pids)
  const result = await burst({ upload: `${shape.url}/api/media?depth=0`, entries: `${shape.url}/api/entries?depth=0` }, clients, entry)
  const cpu = cpuBetween(cpuBefore, cpuSnapshot(shape.pids))
  const serverMemory = memory.stop()
  const beforeDeadline = Date.now() < deadline
  const stored = await checkStored(ctx.payload, {
    contestId,
    clients,
    outcomes: result.outcomes,
    mediaDir: ctx.mediaDir,
  })
  const receipts = await countReceipts(ctx.mailDir, stored.codes, 180_000)
  return { label: shape.label, burst: result, stored, receipts, memory: serverMemory, cpu, beforeDeadline }
}

/** The two-process shape, or why it was not measured. */
async function surgeOnPair(ctx: Ctx, users: Client[]): Promise<ShapeResult | string> {
  if (!nginxBinary()) return 'nginx chưa cài (apt-get install -y nginx-light)'
  const pair = await startWebPair(process.env, process.env.REDIS_URL || 'redis://127.0.0.1:6379').catch((err: Error) => err)
  if (pair instanceof Error) return `không khởi động được (${pair.message})`
  try {
    // fresh processes: the first requests load the API's modules, as the single server's did during the logins
    await inBatches(users.slice(0, 40), 4, (c) => call(`${pair.url}/api/users/me`, { token: c.token }))
    return await surge(ctx, { label: 'hai tiến trình web sau nginx', url: pair.url, pids: pair.pids }, users)
  } finally {
    await pair.stop()
  }
}

async function bareFloor(clients: Client[]): Promise<Burst> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gs-bare-'))
  const bare = await startBareServer(dir)
  try {
    return await burst({ upload: `${bare.url}/upload`, entries: `${bare.url}/entries` }, clients, entryIn(1, 1))
  } finally {
    await bare.close()
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

/** Where the burst's CPU went: the web processes' share per journalist, and whether the cores were saturated. */
function cpuLine(cpu: CpuSnapshot): string {
  const busy = cpu.machineTotal > 0 ? (100 * cpu.machineBusy) / cpu.machineTotal : NaN
  return (
    `CPU trong đợt gửi: web ${fixed(cpu.web, 1)} s (${fixed((1000 * cpu.web) / N, 0)} ms mỗi người gửi), PostgreSQL ` +
    `${fixed(cpu.postgres, 1)} s, nginx ${fixed(cpu.nginx, 1)} s, người gửi (tiến trình đo) ${fixed(cpu.clients, 1)} s; cả máy ` +
    `bận ${fixed(busy, 0)}% của ${os.cpus().length} nhân.`
  )
}

const totals = (b: Burst) => b.outcomes.map((o) => o.totalMs)

function report(shapes: ShapeResult[], skipped: string | null, floor: Burst, clients: Client[]): string {
  const row = (label: string, r: Burst, pick: (o: Outcome) => number) => {
    const xs = r.outcomes.map(pick)
    return [label, fixed(percentile(xs, 50), 0), fixed(percentile(xs, 99), 0), fixed(r.wallMs / 1000, 1)]
  }
  const ratio = (b: Burst, p: number) => `${fixed(percentile(totals(b), p) / percentile(totals(floor), p), 1)}×`
  const counts = {
    doubleClick: clients.filter((c) => c.behaviour === 'doubleClick').length,
    retry: clients.filter((c) => c.behaviour === 'retry').length,
  }
  const rows = shapes.flatMap((s) => [
    row(`Gương Sáng, ${s.label}: tải tệp + nộp bài`, s.burst, (o) => o.totalMs),
    row('… trong đó tải tệp (POST /api/media)', s.burst, (o) => o.uploadMs),
    row('… trong đó nộp bài (POST /api/entries, kể cả bấm đúp / gửi lại)', s.burst, (o) => o.submitMs),
  ])
  const lines = shapes.flatMap((s) => [
    `**${s.label}** — so với mốc: p50 ${ratio(s.burst, 50)}, p99 ${ratio(s.burst, 99)}. Cơ sở dữ liệu có ${s.stored.entries} bài ` +
      `của ${s.stored.authors} tác giả; **mất ${s.stored.lost}, trùng ${s.stored.duplicated}**; tệp trên đĩa đúng kích thước: ` +
      `${s.stored.filesOk}/${N}; thư xác nhận nhận được: ${s.receipts.received}/${s.stored.codes.size} (sau ` +
      `${fixed(s.receipts.waitedMs / 1000, 0)} s); xong trước hạn chót: ${s.beforeDeadline ? 'có' : 'KHÔNG'}. Bộ nhớ máy chủ web ` +
      `(RSS của mọi tiến trình \`next start\`): ${fixed(s.memory.startMb, 0)} MB lúc bắt đầu, cao nhất ${fixed(s.memory.peakMb, 0)} MB ` +
      `trong đợt gửi.`,
    cpuLine(s.cpu),
    '',
  ])
  return [
    `### ${N} bài dự thi gửi cùng lúc trong phút cuối (tệp PDF ${FILE_KB} KB mỗi bài)`,
    '',
    table(
      ['Đo', 'p50 (ms)', 'p99 (ms)', 'cả đợt (s)'],
      [...rows, row('Mốc: máy chủ Node trần nhận cùng tệp và JSON', floor, (o) => o.totalMs)],
    ),
    '',
    `${N} người gửi (${counts.doubleClick} bấm đúp, ${counts.retry} gửi lại sau khi nhận trả lời), ${N} × ${FILE_KB} KB = ` +
      `${fixed((N * FILE_KB) / 1024, 0)} MB tải lên mỗi đợt.`,
    '',
    ...lines,
    ...(skipped ? [`Hai tiến trình web sau nginx: không đo — ${skipped}.`, ''] : []),
  ].join('\n')
}

export async function benchSubmissions(ctx: Ctx): Promise<string> {
  const { payload, appUrl } = ctx
  console.log(`[bench] ${N} journalists, ${FILE_KB} KB PDF each`)
  const users = await inBatches(
    Array.from({ length: N }, (_, i) => i),
    8,
    (i) => makeUser(payload, 'journalist', { fullName: `Phóng viên ${i + 1}` }),
  )
  const tokens = await inBatches(users, 16, (u) => loginOver(appUrl, u.email, PASSWORD))
  const behaviour = (i: number): Client['behaviour'] => (i % 10 === 3 ? 'doubleClick' : i % 10 === 7 ? 'retry' : 'once')
  const pdf = await pdfOf(FILE_KB)
  const clients: Client[] = users.map((u, i) => ({
    token: tokens[i],
    userId: u.id as number,
    key: '',
    behaviour: behaviour(i),
    file: clientFile(pdf, i),
  }))

  const shapes = [await surge(ctx, { label: 'một tiến trình web', url: appUrl, pids: [ctx.appPid] }, clients)]
  const pair = await surgeOnPair(ctx, clients)
  if (typeof pair !== 'string') shapes.push(pair)
  const floor = await bareFloor(clients)
  return report(shapes, typeof pair === 'string' ? pair : null, floor, clients)
}
