#!/usr/bin/env node
/**
 * Load benchmark of the public pages against a static baseline.
 *
 *   BASE_URL=http://127.0.0.1:3000 node bench/run.mjs
 *
 * BASE_URL is a running production server (`next start`, started by whoever runs the benchmark). Options (env):
 *   ARTICLE_PATH  article page (default: the first article linked from the home page, else the demo article)
 *   COLUMN_PATH   column page (default: the first column linked from /chuyen-muc)
 *   SEARCH_PATH   search page (default /tim-kiem?q=nguyen)
 *   CONNECTIONS   concurrent connections (default 50), DURATION seconds per target (default 10)
 *
 * The baseline is the article page's HTML, fetched once and served by a tiny Node static file server started here
 * (nginx is not installed on this machine), so the ratios show what the app costs over plain file serving.
 * Uses autocannon when installed, else a built-in keep-alive loop (same connections and duration; p99 from sorted
 * latencies).
 */
import http from 'node:http'
import { performance } from 'node:perf_hooks'

const BASE_URL = process.env.BASE_URL
if (!BASE_URL) {
  console.error('Đặt BASE_URL tới máy chủ đang chạy (next start), ví dụ BASE_URL=http://127.0.0.1:3000 node bench/run.mjs')
  process.exit(2)
}
const CONNECTIONS = Number(process.env.CONNECTIONS || 50)
const DURATION = Number(process.env.DURATION || 10)

async function firstLink(path, prefix) {
  try {
    const html = await (await fetch(new URL(path, BASE_URL))).text()
    const m = html.match(new RegExp(`href="(${prefix}[^"#?]+)"`))
    return m ? m[1] : null
  } catch {
    return null
  }
}

async function loadWith(url) {
  let autocannon
  try {
    autocannon = (await import('autocannon')).default
  } catch {
    autocannon = null
  }
  if (autocannon) {
    const r = await autocannon({ url, connections: CONNECTIONS, duration: DURATION })
    return { tool: 'autocannon', rps: r.requests.average, p99: r.latency.p99, errors: r.errors + r.non2xx, total: r.requests.total }
  }
  return builtinLoad(url)
}

/** N keep-alive connections, each sending its next request as soon as the previous answer is read. */
async function builtinLoad(url) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: CONNECTIONS })
  const latencies = []
  let errors = 0
  const end = performance.now() + DURATION * 1000
  const one = () =>
    new Promise((resolve) => {
      const t0 = performance.now()
      const req = http.get(url, { agent }, (res) => {
        res.on('data', () => undefined)
        res.on('end', () => {
          if (res.statusCode !== 200) errors++
          latencies.push(performance.now() - t0)
          resolve()
        })
      })
      req.on('error', () => {
        errors++
        resolve()
      })
    })
  const worker = async () => {
    while (performance.now() < end) await one()
  }
  const started = performance.now()
  await Promise.all(Array.from({ length: CONNECTIONS }, worker))
  const seconds = (performance.now() - started) / 1000
  agent.destroy()
  latencies.sort((a, b) => a - b)
  const p99 = latencies.length ? latencies[Math.min(latencies.length - 1, Math.ceil(latencies.length * 0.99) - 1)] : NaN
  return { tool: 'node-http', rps: latencies.length / seconds, p99, errors, total: latencies.length }
}

function staticServer(body) {
  return new Promise((resolve) => {
    const server = http.createServer((req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': body.length })
      res.end(body)
    })
    server.listen(0, '127.0.0.1', () => resolve(server))
  })
}

const articlePath = process.env.ARTICLE_PATH || (await firstLink('/', '/bai-viet/')) || '/bai-viet/co-giao-nguyen-thi-hoa-va-lop-hoc-tinh-thuong-o-phuong-kinh-dinh'
const columnPath = process.env.COLUMN_PATH || (await firstLink('/chuyen-muc', '/chuyen-muc/[^/"]+/')) || '/chuyen-muc'
const searchPath = process.env.SEARCH_PATH || '/tim-kiem?q=nguyen'

const articleRes = await fetch(new URL(articlePath, BASE_URL))
if (!articleRes.ok) {
  console.error(`Trang bài viết ${articlePath} trả về ${articleRes.status}: kiểm tra BASE_URL và dữ liệu mẫu.`)
  process.exit(1)
}
const html = Buffer.from(await articleRes.arrayBuffer())
const server = await staticServer(html)
const staticUrl = `http://127.0.0.1:${server.address().port}${articlePath}`

const targets = [
  ['Bản tĩnh của trang bài viết (mốc so sánh)', staticUrl],
  ['Trang bài viết', new URL(articlePath, BASE_URL).toString()],
  ['Trang chuyên mục', new URL(columnPath, BASE_URL).toString()],
  ['Trang tìm kiếm', new URL(searchPath, BASE_URL).toString()],
]

console.log(`${CONNECTIONS} kết nối, ${DURATION} s mỗi trang; BASE_URL=${BASE_URL}`)
const results = []
for (const [name, url] of targets) {
  process.stdout.write(`… ${name}: ${url}\n`)
  results.push({ name, url, ...(await loadWith(url)) })
}
server.close()

const base = results[0]
const fmt = (n, d = 0) => (Number.isFinite(n) ? n.toFixed(d) : '–')
console.log('\n| Trang | req/s | p99 (ms) | req/s so với bản tĩnh | p99 so với bản tĩnh | lỗi / tổng |')
console.log('|---|---:|---:|---:|---:|---:|')
for (const r of results)
  console.log(`| ${r.name} | ${fmt(r.rps)} | ${fmt(r.p99, 1)} | ${fmt(r.rps / base.rps, 3)} | ${fmt(r.p99 / base.p99, 1)}× | ${r.errors}/${r.total} |`)
console.log(`\nCông cụ: ${base.tool}. Node ${process.version}.`)
