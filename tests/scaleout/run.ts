/**
 * `npm run test:scaleout`: the deployment shape on one machine. One build; process A (`npm start`) and process B
 * (`next start`), both with JOBS_AUTORUN=0, behind nginx with the project's template (an upstream of both); one
 * worker; Redis for Next's cache; a local S3 server for uploads. Checks what only works when processes share
 * state: a publish on A is seen on B and through nginx within 2 s, a file uploaded through A downloads through B,
 * uploads reaching A and B at the same moment each keep their own bytes and none is left in tmp/, a report
 * requested on A is built once by the worker, and SIGTERM lets A finish an upload in flight.
 */
import assert from 'node:assert/strict'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createClient } from '@redis/client'
import { startNginx } from '../../bench/lib/nginx'
import { bin, root, runToEnd, waitForUrl } from '../../scripts/lib/nextServer'
import { TS_NODE_ARGS } from '../../scripts/lib/tsNode'
import { findFreePort } from '../../src/db/embeddedPostgres'
import { freshDatabase } from '../../src/db/freshDatabase'
import { newPdf, pdfToBuffer } from '../../src/lib/pdf/document'
import { startLocalS3 } from '../helpers/s3'
import { api, cleanups, launch, launched, login, secs, slowUpload, step, stop, until, waitingUploads } from './helpers'

const started = Date.now()

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

  // rounds of four uploads at one moment, two to each server: the servers' upload counters move together, so in
  // every round each server is naming a waiting file while the other does the same (Payload names it after its
  // counter and the millisecond)
  await step('100 uploads reaching A and B at the same moments each keep their own bytes, and none is left waiting', async () => {
    const files = await Promise.all(
      Array.from({ length: 100 }, async (_, i) => {
        const doc = newPdf()
        doc.text(`Tác phẩm dự thi số ${i + 1} — ${'nội dung riêng '.repeat(i + 1)}`)
        return pdfToBuffer(doc)
      }),
    )
    const upload = (bytes: Buffer, i: number) => {
      const form = new FormData()
      form.append('file', new Blob([new Uint8Array(bytes)], { type: 'application/pdf' }), `tac-pham-${i + 1}.pdf`)
      form.append('_payload', JSON.stringify({ visibility: 'private', alt: `tác phẩm ${i + 1}` }))
      return api(i % 2 ? B : A, 'POST', '/api/media', { token: author, body: form })
    }
    const waitingBefore = waitingUploads(env)
    const uploads: Awaited<ReturnType<typeof upload>>[] = []
    for (let round = 0; round < files.length; round += 4)
      uploads.push(...(await Promise.all(files.slice(round, round + 4).map((bytes, k) => upload(bytes, round + k)))))
    for (const [i, up] of uploads.entries()) {
      assert.equal(up.status, 201, `upload ${i + 1}: ${JSON.stringify(up.body)}`)
      const down = await api(nginx.cachedAppUrl, 'GET', `/api/media/file/${up.body.doc.filename}`, { token: author })
      assert.ok(Buffer.compare(down.body, files[i]) === 0, `upload ${i + 1} is stored with other bytes than were sent`)
    }
    // once stored in the bucket, no upload is left waiting in the servers' temporary folders
    assert.equal(waitingUploads(env), waitingBefore, 'uploads left in tmp/ after they were stored')
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
