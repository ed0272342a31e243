/**
 * Public pages under load: an article page, a column page and a search, from `next start` alone and through the
 * deployment's nginx (micro-cache), against nginx serving the same article page as a plain file. The search is
 * measured twice: the same words again and again (what Next's cache of search pages serves), and words never
 * searched before on every request (each one rendered and queried).
 */

/** Words of the demo data; three of them make a search that has not been asked before in a 10-second run. */
const WORDS = [
  'nguyen',
  'thi',
  'hoa',
  'nong',
  'dan',
  'xa',
  'phuong',
  'hoc',
  'tre',
  'lang',
  'nghe',
  'bien',
  'ca',
  'dong',
  'ninh',
  'thuan',
  'gom',
  'muoi',
  'nuoc',
  'song',
]
const freshSearch = (n: number) =>
  `/tim-kiem?q=${[n, Math.floor(n / WORDS.length), Math.floor(n / WORDS.length ** 2)].map((i) => WORDS[i % WORDS.length]).join('+')}`
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { CONNECTIONS, DURATION, fixed, hammer, table, type LoadResult } from './lib/load'
import { nginxBinary, startNginx } from './lib/nginx'

async function firstLink(base: string, page: string, prefix: string): Promise<string | null> {
  const html = await (await fetch(new URL(page, base))).text()
  return html.match(new RegExp(`href="(${prefix}[^"#?]+)"`))?.[1] ?? null
}

async function mustAnswer(url: string): Promise<string> {
  const res = await fetch(url)
  if (!res.ok) throw new Error(`${url} answered ${res.status}`)
  return res.text()
}

export async function benchSite(appUrl: string): Promise<string> {
  const article = process.env.ARTICLE_PATH || (await firstLink(appUrl, '/', '/bai-viet/'))
  const column = process.env.COLUMN_PATH || (await firstLink(appUrl, '/chuyen-muc', '/chuyen-muc/[^/"]+/'))
  const search = process.env.SEARCH_PATH || '/tim-kiem?q=nguyen'
  if (!article || !column) throw new Error('no article or column link found on the home page: is the demo data seeded?')
  // first renders (ISR) happen before measuring
  for (const p of [article, column, search]) for (let i = 0; i < 3; i++) await mustAnswer(appUrl + p)

  const html = await mustAnswer(appUrl + article)
  const pageFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'gs-page-')), 'article.html')
  fs.writeFileSync(pageFile, html)
  console.log(`[bench] article ${article} (${Math.round(Buffer.byteLength(html) / 1024)} KB), column ${column}, search ${search}`)

  const rows: LoadResult[] = []
  let baseline: LoadResult
  const nginx = nginxBinary() ? await startNginx({ upstream: new URL(appUrl).host, staticFile: pageFile }) : null
  try {
    if (nginx) {
      const cached = await fetch(nginx.cachedAppUrl + article).then(() => fetch(nginx.cachedAppUrl + article))
      if (cached.headers.get('x-cache') !== 'HIT' || (await cached.text()) !== html)
        throw new Error('nginx does not serve the article page from its cache')
      baseline = await hammer('nginx: bản tĩnh của trang bài viết (mốc)', nginx.staticUrl + '/')
    } else {
      console.warn('[bench] nginx is not installed (apt-get install -y nginx-light): the baseline is missing')
      baseline = { label: 'nginx (chưa cài)', rps: NaN, p50: NaN, p99: NaN, errors: 0, total: 0 }
    }
    rows.push(baseline)
    for (const [name, p] of [
      ['bài viết', article],
      ['chuyên mục', column],
      ['tìm kiếm', search],
    ] as const) {
      rows.push(await hammer(`Next: trang ${name}`, appUrl + p))
      if (nginx) rows.push(await hammer(`nginx → Next: trang ${name}`, nginx.cachedAppUrl + p))
    }
    rows.push(await hammer('Next: tìm kiếm, mỗi yêu cầu một từ khóa mới', appUrl + '/tim-kiem', {}, freshSearch))
  } finally {
    await nginx?.stop()
    fs.rmSync(path.dirname(pageFile), { recursive: true, force: true })
  }

  const body = table(
    ['Trang', 'req/s', 'p50 (ms)', 'p99 (ms)', 'req/s so với mốc', 'lỗi / tổng'],
    rows.map((r) => [
      r.label,
      Math.round(r.rps),
      fixed(r.p50),
      fixed(r.p99),
      `${fixed(r.rps / baseline.rps, 2)}×`,
      `${r.errors}/${r.total}`,
    ]),
  )
  const served = rows.find((r) => r.label.startsWith('nginx → Next: trang bài viết'))
  const searched = rows.find((r) => r.label === 'Next: trang tìm kiếm')
  const searchVerdict = searched
    ? `Mục tiêu tìm kiếm dưới ${CONNECTIONS} kết nối (≥ 280 req/s từ \`next start\`): ${searched.rps >= 280 ? 'ĐẠT' : 'CHƯA ĐẠT'} ` +
      `(${Math.round(searched.rps)} req/s)`
    : ''
  const verdict = served
    ? `Mục tiêu trang bài viết (≥ 0,5× nginx, p99 < 50 ms): ` +
      `${served.rps >= baseline.rps / 2 && served.p99 < 50 ? 'ĐẠT' : 'CHƯA ĐẠT'} (${fixed(served.rps / baseline.rps, 2)}×, p99 ` +
      `${fixed(served.p99)} ms)`
    : 'Mục tiêu trang bài viết: không đo được (thiếu nginx)'
  return `### Trang công khai (${CONNECTIONS} kết nối, ${DURATION} s mỗi dòng)\n\n${body}\n\n${verdict}\n\n${searchVerdict}\n`
}
