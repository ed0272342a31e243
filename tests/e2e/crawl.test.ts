import { gunzipSync } from 'node:zlib'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser } from '../helpers/browser'

/**
 * A reader's crawl of the production build: from / by same-origin <a href> links only, breadth first, as an
 * anonymous visitor. Every URL of /sitemap.xml must be reached that way, no reached page may answer 4xx/5xx, and
 * every column and article page must announce its column's RSS feed, which must answer valid RSS 2.0.
 */

const base = () => {
  const url = process.env.E2E_BASE_URL
  if (!url) throw new Error('E2E_BASE_URL is not set: the e2e setup did not start the app')
  return url.replace(/\/+$/, '')
}

/** Enough for the demo data (about a hundred exemplars, 144 units, a few dozen articles) with room to spare. */
const MAX_PAGES = 3000
const PARALLEL = 4
/** Query strings the crawl follows: pagination only; filter and search combinations add no new page types. */
const FOLLOWED_QUERY = new Set(['trang'])
const SKIPPED_PREFIXES = ['/admin', '/api', '/_next']

const decodeEntities = (s: string) =>
  s
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')

/** One spelling per page: decoded path without a trailing slash, plus the query when it is followed. */
function pageKey(url: URL): string {
  let path = url.pathname
  try {
    path = decodeURIComponent(path)
  } catch {
    /* keep the raw path */
  }
  if (path.length > 1) path = path.replace(/\/+$/, '')
  const query = [...url.searchParams.entries()].sort(([a], [b]) => a.localeCompare(b))
  return query.length ? `${path}?${new URLSearchParams(query).toString()}` : path
}

/** The attributes of every <tag …> in the html. */
function tags(html: string, tag: string): Record<string, string>[] {
  const out: Record<string, string>[] = []
  for (const m of html.matchAll(new RegExp(`<${tag}\\b([^>]*)>`, 'gi'))) {
    const attrs: Record<string, string> = {}
    for (const a of m[1].matchAll(/([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/g))
      attrs[a[1].toLowerCase()] = decodeEntities(a[2] ?? a[3] ?? a[4] ?? '')
    out.push(attrs)
  }
  return out
}

/** Same-origin pages the crawl follows from `html` found at `pageUrl`. */
function followedLinks(html: string, pageUrl: URL): URL[] {
  const links: URL[] = []
  for (const { href } of tags(html, 'a')) {
    if (!href || /^(mailto|tel|javascript):/i.test(href)) continue
    let url: URL
    try {
      url = new URL(href, pageUrl)
    } catch {
      continue
    }
    url.hash = ''
    if (url.origin !== pageUrl.origin) continue
    if (SKIPPED_PREFIXES.some((p) => url.pathname === p || url.pathname.startsWith(`${p}/`))) continue
    if ([...url.searchParams.keys()].some((k) => !FOLLOWED_QUERY.has(k))) continue
    links.push(url)
  }
  return links
}

interface Crawl {
  reached: Set<string>
  failures: string[]
  /** page key → the RSS feeds it announces (absolute URLs) */
  feeds: Map<string, string[]>
  pages: number
}

async function crawl(): Promise<Crawl> {
  const start = new URL('/', base())
  const seen = new Set<string>([pageKey(start)])
  const reached = new Set<string>()
  const failures: string[] = []
  const feeds = new Map<string, string[]>()
  let queue: { url: URL; from: string }[] = [{ url: start, from: '(start)' }]
  let pages = 0

  const visit = async ({ url, from }: { url: URL; from: string }): Promise<URL[]> => {
    pages++
    let res: Response
    try {
      res = await fetch(url, { redirect: 'follow', headers: { Accept: 'text/html', 'Accept-Language': 'vi-VN' } })
    } catch (err) {
      failures.push(`${pageKey(url)} (from ${from}): ${(err as Error).message}`)
      return []
    }
    const finalUrl = new URL(res.url || url.toString())
    const key = pageKey(finalUrl)
    reached.add(pageKey(url))
    reached.add(key)
    if (res.status >= 400) {
      failures.push(`${pageKey(url)} (from ${from}): HTTP ${res.status}`)
      await res.body?.cancel()
      return []
    }
    if (!(res.headers.get('content-type') ?? '').includes('text/html')) {
      await res.body?.cancel()
      return []
    }
    const html = await res.text()
    const announced = tags(html, 'link')
      .filter((l) => l.rel?.split(/\s+/).includes('alternate') && l.type === 'application/rss+xml' && l.href)
      .map((l) => new URL(l.href, finalUrl).toString())
    feeds.set(key, announced)
    return followedLinks(html, finalUrl)
  }

  while (queue.length) {
    if (pages > MAX_PAGES) throw new Error(`The crawl passed ${MAX_PAGES} pages: a link loop or far more data than the demo has`)
    const next: { url: URL; from: string }[] = []
    for (let i = 0; i < queue.length; i += PARALLEL) {
      const batch = queue.slice(i, i + PARALLEL)
      const found = await Promise.all(batch.map(visit))
      found.forEach((links, j) => {
        for (const link of links) {
          const k = pageKey(link)
          if (seen.has(k)) continue
          seen.add(k)
          next.push({ url: link, from: pageKey(batch[j].url) })
        }
      })
    }
    queue = next
  }
  return { reached, failures, feeds, pages }
}

const locsOf = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => decodeEntities(m[1].trim()))

/** Every page the sitemap lists: /sitemap.xml is an index, each of its files a gzip file of a list of pages. */
async function sitemapKeys(): Promise<string[]> {
  const res = await fetch(`${base()}/sitemap.xml`)
  expect(res.status).toBe(200)
  const index = await res.text()
  expect(index).toContain('<sitemapindex')
  const keys: string[] = []
  for (const file of locsOf(index)) {
    const part = await fetch(`${base()}${new URL(file).pathname}`)
    expect(part.status, file).toBe(200)
    expect(part.headers.get('content-type'), file).toBe('application/gzip')
    const xml = gunzipSync(Buffer.from(await part.arrayBuffer())).toString('utf8')
    keys.push(...locsOf(xml).map((loc) => pageKey(new URL(loc))))
  }
  return keys
}

interface RssReport {
  error: string | null
  root?: string
  version?: string | null
  channel?: { title: string; link: string; description: string } | null
  items?: { title: string; link: string; enclosures: { url: string | null; length: string | null; type: string | null }[] }[]
}

/** Parses the feed in the browser's XML parser and reports what RSS 2.0 requires, or the parse error. */
async function checkRss(page: Page, xml: string): Promise<RssReport> {
  return page.evaluate((text): RssReport => {
    const doc = new DOMParser().parseFromString(text, 'application/xml')
    const error = doc.getElementsByTagName('parsererror')[0]
    if (error) return { error: error.textContent ?? 'parse error' }
    const root = doc.documentElement
    const channel = root.getElementsByTagName('channel')[0]
    const child = (el: Element, name: string) => [...el.children].find((c) => c.tagName === name)?.textContent?.trim() ?? ''
    return {
      error: null,
      root: root.tagName,
      version: root.getAttribute('version'),
      channel: channel
        ? { title: child(channel, 'title'), link: child(channel, 'link'), description: child(channel, 'description') }
        : null,
      items: [...root.getElementsByTagName('item')].map((item) => ({
        title: child(item, 'title'),
        link: child(item, 'link'),
        enclosures: [...item.getElementsByTagName('enclosure')].map((e) => ({
          url: e.getAttribute('url'),
          length: e.getAttribute('length'),
          type: e.getAttribute('type'),
        })),
      })),
    }
  }, xml)
}

let browser: Browser
let result: Crawl
beforeAll(async () => {
  browser = await launchBrowser()
  result = await crawl()
}, 900_000)
afterAll(() => browser?.close())

describe('a crawl from / by links', () => {
  it('answers every reached page without a 4xx or 5xx', () => {
    expect(result.pages).toBeGreaterThan(10)
    expect(result.failures).toEqual([])
  })

  it('reaches every URL of the sitemap', async () => {
    const listed = await sitemapKeys()
    expect(listed.length).toBeGreaterThan(10)
    // every kind of public page is in the sitemap
    for (const kind of ['/dien-hinh/', '/bai-viet/', '/chuyen-muc/', '/cuoc-thi/', '/don-vi/', '/an-pham/'])
      expect(
        listed.some((k) => k.startsWith(kind)),
        kind,
      ).toBe(true)
    expect(listed).toContain('/gioi-thieu-nguoi-tot')
    expect(listed.filter((k) => !result.reached.has(k))).toEqual([])
  })

  it('column and article pages announce their column feed, which answers valid RSS 2.0', async () => {
    const isColumn = (k: string) => /^\/chuyen-muc\/[^/?]+\/[^/?]+(\/trang\/\d+)?$/.test(k)
    const isArticle = (k: string) => /^\/bai-viet\/[^/?]+$/.test(k)
    const announcing = [...result.feeds.entries()].filter(([k]) => isColumn(k) || isArticle(k))
    expect(announcing.some(([k]) => isColumn(k))).toBe(true)
    expect(announcing.some(([k]) => isArticle(k))).toBe(true)
    expect(announcing.filter(([, feeds]) => feeds.length !== 1).map(([k]) => k)).toEqual([])

    const page = await (await browser.newContext()).newPage()
    const feedUrls = [...new Set(announcing.flatMap(([, feeds]) => feeds))]
    for (const url of feedUrls) {
      const res = await fetch(url)
      expect(res.status, url).toBe(200)
      expect(res.headers.get('content-type'), url).toMatch(/^application\/rss\+xml/)
      const rss = await checkRss(page, await res.text())
      expect(rss.error, url).toBeNull()
      expect(rss, url).toMatchObject({
        root: 'rss',
        version: '2.0',
        channel: { title: expect.any(String), link: expect.stringMatching(/^https?:\/\//) },
      })
      expect(rss.channel?.title, url).not.toBe('')
      for (const item of rss.items ?? []) {
        expect(item.link, url).toMatch(/^https?:\/\//)
        expect(item.enclosures.length, url).toBeLessThanOrEqual(1)
        for (const e of item.enclosures) {
          expect(e.url, url).toMatch(/^https?:\/\//)
          expect(e.length, url).toMatch(/^\d+$/)
          expect(e.type, url).toMatch(/^(audio|video|image)\//)
        }
      }
    }
    // a column page's feed is its own
    for (const [k, feeds] of announcing.filter(([key]) => isColumn(key)))
      expect(pageKey(new URL(feeds[0])), k).toBe(`${k.replace(/\/trang\/\d+$/, '')}/rss.xml`)
  })
})
