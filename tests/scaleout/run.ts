/**
 * `npm run test:scaleout`: the deployment shape on one machine. One build; process A (`npm start`) and process B
 * (`next start`), both with JOBS_AUTORUN=0, behind nginx with the project's template (an upstream of both); one
 * worker; Redis for Next's cache; a local S3 server for uploads. Checks what only works when processes share
 * state: a publish on A is seen on B and through nginx within 2 s, a file uploaded through A downloads through B,
 * a report requested on A is built once by the worker, and SIGTERM lets A finish an upload in flight.
 */
import assert from 'node:assert/strict'
import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import { createClient } from '@redis/client'
import { startNginx } from '../../bench/lib/nginx'
import { bin, root, runToEnd, waitForUrl } from '../../scripts/lib/nextServer'
import { TS_NODE_ARGS } from '../../scripts/lib/tsNode'
import { findFreePort } from '../../src/db/embeddedPostgres'
import { freshDatabase } from '../../src/db/freshDatabase'
import { newPdf, pdfToBuffer } from '../../src/lib/pdf/document'
import { DEMO_PASSWORD } from '../../src/seed/accounts'
import { startLocalS3 } from '../helpers/s3'

const started = Date.now()
const cleanups: (() => Promise<unknown> | unknown)[] = []
const launched: { log: string[] }[] = []
const secs = (ms: number) => `${(ms / 1000).toFixed(1)} s`

async function step<T>(name: string, fn: () => Promise<T>): Promise<T> {
  const t = Date.now()
  const result = await fn()
  console.log(`[scaleout] ✓ ${name} (${secs(Date.now() - t)})`)
  return result
}

function launch(name: string, cmd: string, args: string[], env: NodeJS.ProcessEnv): ChildProcess & { log: string[] } {
  const child = spawn(cmd, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] }) as ChildProcess & { log: string[] }
  child.log = []
  launched.push(child)
  const keep = (d: Buffer) =>
    child.log.push(
      ...d
        .toString()
        .split('\n')
        .filter(Boolean)
        .map((l) => `[${name}] ${l}`),
    )
  child.stdout!.on('data', keep)
  child.stderr!.on('data', keep)
  cleanups.push(() => stop(child))
  return child
}

async function stop(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return child.exitCode
  const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)))
  child.kill(signal)
  return exited
}

async function until<T>(what: string, timeoutMs: number, probe: () => Promise<T | undefined | false>): Promise<{ value: T; ms: number }> {
  const t = Date.now()
  for (;;) {
    const value = await probe().catch(() => undefined)
    if (value) return { value, ms: Date.now() - t }
    if (Date.now() - t > timeoutMs) throw new Error(`${what}: not within ${timeoutMs} ms`)
    await new Promise((r) => setTimeout(r, 100))
  }
}

async function api(base: string, method: string, p: string, opts: { token?: string; json?: unknown; body?: BodyInit } = {}) {
  const headers: Record<string, string> = {}
  if (opts.token) headers.Authorization = `JWT ${opts.token}`
  if (opts.json !== undefined) headers['Content-Type'] = 'application/json'
  const res = await fetch(base + p, { method, headers, body: opts.json !== undefined ? JSON.stringify(opts.json) : opts.body })
  return {
    status: res.status,
    body: res.headers.get('content-type')?.includes('json') ? await res.json() : Buffer.from(await res.arrayBuffer()),
  }
}

async function login(base: string, email: string): Promise<string> {
  const res = await api(base, 'POST', '/api/users/login', { json: { email, password: DEMO_PASSWORD } })
  assert.ok(res.body.token, `login ${email}: ${res.status}`)
  return res.body.token
}

/** A multipart upload written in slices over ~2 s; `afterFirst` runs once the first slice is on the wire. */
function slowUpload(base: string, token: string, file: Buffer, afterFirst: () => void): Promise<{ status: number; body: string }> {
  const boundary = `gs${Date.now()}`
  const body = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="dang-tai.pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
    ),
    file,
    Buffer.from(
      `\r\n--${boundary}\r\nContent-Disposition: form-data; ` +
        `name="_payload"\r\n\r\n${JSON.stringify({ visibility: 'private', alt: 'đang tải' })}\r\n--${boundary}--\r\n`,
    ),
  ])
  const url = new URL('/api/media', base)
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: 'POST',
        agent: false,
        headers: {
          'Content-Type': `multipart/form-data; boundary=${boundary}`,
          'Content-Length': body.length,
          Authorization: `JWT ${token}`,
        },
      },
      (res) => {
        let text = ''
        res.on('data', (d) => (text += d))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }))
      },
    )
    req.on('error', reject)
    void (async () => {
      const slices = 8
      for (let i = 0; i < slices; i++) {
        req.write(body.subarray(Math.floor((i * body.length) / slices), Math.floor(((i + 1) * body.length) / slices)))
        if (i === 0) afterFirst()
        await new Promise((r) => setTimeout(r, 250))
      }
      req.end()
    })()
  })
}

async function main() {
  const db = await step('fresh database', () =>
    freshDatabase({ dataDir: path.resolve('.data', 'postgres-scaleout'), port: 55632, prefix: 'gs_scaleout' }),
  )
  cleanups.push(db.drop)
  const s3 = await step('local S3 server (s3rver)', () => startLocalS3('guong-sang-scaleout'))
  cleanups.push(s3.close)
  const redisUrl = process.env.REDIS_URL || 'redis://127.0.0.1:6379'
  const redisPrefix = `gs-scaleout-${process.pid}`
  const redis = createClient({ url: redisUrl })
  await redis.connect()
  cleanups.push(async () => {
    for (const key of await redis.keys(`${redisPrefix}:*`)) await redis.del(key)
    redis.destroy()
  })

  const portA = await findFreePort(3410)
  const portB = await findFreePort(portA + 1)
  const nginx = await step('nginx with the project template, upstream A and B', () =>
    startNginx({ upstream: `127.0.0.1:${portA}; server 127.0.0.1:${portB}`, staticFile: path.join(root, 'README.md') }),
  )
  cleanups.push(nginx.stop)
  const mediaDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gs-scaleout-media-'))
  cleanups.push(() => fs.rmSync(mediaDir, { recursive: true, force: true }))
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URI: db.uri,
    PAYLOAD_SECRET: `scaleout-${process.pid}-${Date.now()}`,
    NEXT_PUBLIC_SERVER_URL: nginx.cachedAppUrl,
    ...s3.env,
    MEDIA_DIR: mediaDir,
    REDIS_URL: redisUrl,
    REDIS_KEY_PREFIX: redisPrefix,
    JOBS_AUTORUN: '0',
    PAYLOAD_PUSH: '0',
    NEXT_TELEMETRY_DISABLED: '1',
  }
  await step('migrations and demo data', () => runToEnd(process.execPath, [...TS_NODE_ARGS, 'scripts/run.ts', 'seed'], env, true))
  // one build serves any deployment: Redis is chosen when each server starts (REDIS_URL), not at build time.
  // SCALEOUT_REUSE_BUILD=1 takes an existing build (CI runs this after the browser tests, which build).
  const reuse = process.env.SCALEOUT_REUSE_BUILD === '1' && fs.existsSync(path.join(root, '.next', 'BUILD_ID'))
  const buildEnv = { ...env, NODE_ENV: 'production' as const, REDIS_URL: '', REDIS_KEY_PREFIX: '' }
  if (!reuse) await step('next build (without REDIS_URL)', () => runToEnd(bin('next'), ['build'], buildEnv, true))

  const A = `http://127.0.0.1:${portA}`
  const B = `http://127.0.0.1:${portB}`
  const procA = launch('A', process.execPath, [...TS_NODE_ARGS, 'scripts/run.ts', 'start', '-p', String(portA), '-H', '127.0.0.1'], env)
  const procB = launch('B', bin('next'), ['start', '-p', String(portB), '-H', '127.0.0.1'], { ...env, NODE_ENV: 'production' })
  const worker = launch('worker', process.execPath, [...TS_NODE_ARGS, 'scripts/worker.ts'], { ...env, WORKER_POLL_MS: '500' })
  await step('A and B healthy (/api/health)', () =>
    Promise.all([waitForUrl(`${A}/api/health`, procA, 120_000), waitForUrl(`${B}/api/health`, procB, 120_000)]),
  )
  assert.equal((await fetch(`${nginx.cachedAppUrl}/api/health`)).status, 200)

  await step('an article published through A is served by B and by nginx within 2 s', async () => {
    const editor = await login(A, 'bientap@guongsang.local')
    const column = (await api(A, 'GET', '/api/columns?where[slug][equals]=nguoi-tot-viec-tot&depth=1', { token: editor })).body.docs[0]
    const columnPath = `/chuyen-muc/${column.outlet.slug}/${column.slug}`
    // every cache holds the column page before the publish (B alone would serve it for 300 s), and both servers
    // have rendered it once, as in a running deployment
    for (const base of [A, B, nginx.cachedAppUrl, nginx.cachedAppUrl]) assert.equal((await fetch(base + columnPath)).status, 200)
    assert.equal((await fetch(B + columnPath)).headers.get('x-nextjs-cache'), 'HIT')
    assert.ok(
      (await redis.keys(`${redisPrefix}:*`)).some((k) => k.includes(columnPath)),
      'the column page is not in Redis',
    )
    const title = `Người giữ lửa làng chài ${Date.now()}`
    const res = await api(A, 'POST', '/api/articles', {
      token: editor,
      json: {
        title,
        column: column.id,
        excerpt: 'Một lớp học miễn phí giữa làng chài.',
        _status: 'published',
        review: { sourcesChecked: true, noExaggeration: true },
      },
    })
    assert.equal(res.status, 201, JSON.stringify(res.body))
    const shows = (base: string) => async () => (await (await fetch(base + columnPath)).text()).includes(title)
    const [onB, onNginx] = await Promise.all([
      until('column page on B', 2000, shows(B)),
      until('column page through nginx', 2000, shows(nginx.cachedAppUrl)),
    ])
    console.log(`[scaleout]   B after ${onB.ms} ms, nginx after ${onNginx.ms} ms`)
    const page = await fetch(`${B}/bai-viet/${res.body.doc.slug}`)
    assert.equal(page.status, 200)
    assert.ok((await page.text()).includes(title))
  })

  const pdfDoc = newPdf()
  pdfDoc.text('Tác phẩm dự thi — bản lưu trên kho dùng chung')
  const pdf = await pdfToBuffer(pdfDoc)
  const author = await login(A, 'phongvien@guongsang.local')

  await step('a file uploaded through A downloads through B (and is refused to visitors)', async () => {
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(pdf)], { type: 'application/pdf' }), 'tac-pham.pdf')
    form.append('_payload', JSON.stringify({ visibility: 'private', alt: 'tác phẩm' }))
    const up = await api(A, 'POST', '/api/media', { token: author, body: form })
    assert.equal(up.status, 201, JSON.stringify(up.body))
    const file = `/api/media/file/${up.body.doc.filename}`
    const down = await api(B, 'GET', file, { token: author })
    assert.equal(down.status, 200)
    assert.ok(Buffer.compare(down.body, pdf) === 0, 'downloaded bytes differ')
    assert.equal((await fetch(nginx.cachedAppUrl + file)).status, 403)
    assert.ok((await s3.keys()).includes(up.body.doc.filename))
    assert.deepEqual(fs.readdirSync(mediaDir), [])
  })

  await step('a report requested on A is built once by the worker', async () => {
    const organizer = await login(A, 'sonoivu@guongsang.local')
    const res = await api(A, 'POST', '/api/annualReports', { token: organizer, json: { year: 2025 } })
    assert.equal(res.status, 201, JSON.stringify(res.body))
    const id = res.body.doc.id
    const { value: done, ms } = await until('report built', 120_000, async () => {
      const doc = (await api(B, 'GET', `/api/annualReports/${id}?depth=0`, { token: organizer })).body
      assert.notEqual(doc.status, 'failed', doc.message)
      return doc.status === 'done' ? doc : undefined
    })
    console.log(`[scaleout]   built in ${ms} ms`)
    const files = (await api(B, 'GET', `/api/media?where[filename][like]=bao-cao-2025-${id}&limit=10&depth=0`, { token: organizer })).body
      .docs
    assert.equal(files.length, 2, `expected one PDF and one XLSX, found ${files.map((f: { filename: string }) => f.filename).join(', ')}`)
    const report = await api(B, 'GET', `/api/media/file/${files.find((f: { id: number }) => f.id === done.pdf).filename}`, {
      token: organizer,
    })
    assert.equal(report.status, 200)
    assert.equal(report.body.subarray(0, 4).toString(), '%PDF')
    const ran = worker.log.filter((l) => l.includes('Running 1 jobs')).length
    assert.equal(ran, 1, `the worker ran ${ran} jobs`)
    for (const proc of [procA, procB]) assert.ok(!proc.log.some((l) => /Running \d+ jobs/.test(l)), 'a web process ran a job')
  })

  await step('SIGTERM to A (npm start) during an upload: the upload completes, A exits, nginx goes on through B', async () => {
    let exited: Promise<number | null> = Promise.resolve(null)
    const upload = await slowUpload(A, author, pdf, () => {
      exited = new Promise((r) => procA.once('exit', (code) => r(code)))
      setTimeout(() => procA.kill('SIGTERM'), 100)
    })
    assert.equal(upload.status, 201, upload.body)
    const code = await exited
    console.log(`[scaleout]   A exited with ${code}`)
    assert.ok(code === 143 || code === 0, `A exited with ${code}`)
    for (let i = 0; i < 5; i++) assert.equal((await fetch(`${nginx.cachedAppUrl}/api/health`)).status, 200)
  })

  await step('the worker stops on SIGTERM with exit code 0', async () => assert.equal(await stop(worker), 0))
}

main()
  .then(
    () => {
      console.log(`[scaleout] Tất cả đạt / all passed in ${secs(Date.now() - started)}`)
      return 0
    },
    (err: unknown) => {
      console.error(`[scaleout] THẤT BẠI / FAILED: ${err instanceof Error ? err.stack : err}`)
      return 1
    },
  )
  .then(async (code) => {
    if (code) for (const child of launched) for (const line of child.log.slice(-30)) console.error(line)
    for (const c of cleanups.reverse()) await Promise.resolve(c()).catch(() => undefined)
    process.exit(code)
  })
