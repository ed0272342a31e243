import { gunzipSync } from 'node:zlib'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { generateMetadata as articleMetadata } from '../../src/app/(site)/bai-viet/[slug]/page'
import { GET as columnRss } from '../../src/app/(site)/chuyen-muc/[outlet]/[column]/rss.xml/route'
import { columnMetadata } from '../../src/components/site/ColumnArticles'
import robots from '../../src/app/robots'
import { GET as sitemapIndex } from '../../src/app/sitemap.xml/route'
import { GET as sitemapFile } from '../../src/app/sitemap/[part]/route'
import { sitemapPageOfId, sitemapPartName, sitemapParts } from '../../src/domain/site/sitemapParts'
import { sitemapPagesWithRows, sitemapPartEntries } from '../../src/lib/seo/sitemap/entries'
import { makeExemplar, makeUnit, makeUser, PASSWORD, uniq } from '../helpers/fixtures'
import { makeJudgingContest } from '../helpers/judgingFixtures'
import { testPayload } from '../helpers/payload'
import { login, rest } from '../helpers/rest'
import { wavFile } from '../helpers/wav'

let payload: Payload
let editorToken: string
let outlet: { id: number; slug?: string | null }
let column: { id: number; slug?: string | null }
const origin = (process.env.NEXT_PUBLIC_SERVER_URL || 'http://localhost:3000').replace(/\/+$/, '')

const feed = async () => {
  const res = await columnRss(new Request(`${origin}/rss.xml`), { params: Promise.resolve({ outlet: outlet.slug!, column: column.slug! }) })
  return { status: res.status, type: res.headers.get('content-type'), xml: await res.text() }
}
/** One file of the sitemap as a crawler reads it: a gzip file holding the XML. */
async function sitemapFileXml(part: string): Promise<{ status: number; type: string | null; xml: string }> {
  const res = await sitemapFile(new Request(`${origin}/sitemap/${part}`), { params: Promise.resolve({ part }) })
  const bytes = Buffer.from(await res.arrayBuffer())
  return { status: res.status, type: res.headers.get('content-type'), xml: res.ok ? gunzipSync(bytes).toString('utf8') : '' }
}
const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1].replace(/&amp;/g, '&'))
/** Every URL of the sitemap, read as a crawler does: the index, then each file it names. */
async function sitemapUrls(): Promise<string[]> {
  const index = await sitemapIndex()
  expect(index.headers.get('content-type')).toContain('application/xml')
  const indexXml = await index.text()
  expect(indexXml).toContain('<sitemapindex')
  const urls: string[] = []
  for (const file of locs(indexXml)) {
    expect(file.startsWith(`${origin}/sitemap/`)).toBe(true)
    const res = await sitemapFileXml(file.split('/').pop()!)
    expect(res.status).toBe(200)
    expect(res.type).toBe('application/gzip')
    urls.push(...locs(res.xml))
  }
  return urls
}

// a 1×1 PNG
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64')

beforeAll(async () => {
  payload = await testPayload()
  const tag = uniq('feed')
  outlet = await payload.create({
    collection: 'outlets',
    data: { name: `Báo Nguồn Tin ${tag}`, kind: 'newspaper', _status: 'published' },
    overrideAccess: true,
  })
  column = await payload.create({
    collection: 'columns',
    data: { name: `Người tốt & việc tốt ${tag}`, outlet: outlet.id, _status: 'published' },
    overrideAccess: true,
  })
  const editor = await makeUser(payload, 'editor', { outlets: [outlet.id] })
  editorToken = await login(editor.email, PASSWORD)
})
afterAll(() => payload.destroy())

describe('RSS and sitemap follow what editors publish', () => {
  it('an article published through REST appears in the column feed and the sitemap; a draft does not', async () => {
    const title = `Chị Hoa <"giữ lửa"> & bếp ăn 0 đồng ${uniq()}`
    const published = await rest('POST', '/articles', {
      token: editorToken,
      json: {
        title,
        excerpt: 'Mười năm nấu cơm cho bệnh nhân nghèo.',
        column: column.id,
        byline: 'Minh Anh',
        review: { sourcesChecked: true, noExaggeration: true },
        _status: 'published',
      },
    })
    expect(published.status).toBe(201)
    const draftTitle = `Bản nháp chưa đăng ${uniq()}`
    const draft = await rest('POST', '/articles?draft=true', {
      token: editorToken,
      json: { title: draftTitle, column: column.id, _status: 'draft' },
    })
    expect(draft.status).toBe(201)
    const slug = published.body.doc.slug as string
    const draftSlug = draft.body.doc.slug as string

    const { status, type, xml } = await feed()
    expect(status).toBe(200)
    expect(type).toBe('application/rss+xml; charset=utf-8')
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true)
    // escaped text, absolute links
    expect(xml).toContain(
      `<title>${title.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')}</title>`,
    )
    expect(xml).toContain(`<link>${origin}/bai-viet/${slug}</link>`)
    expect(xml).toContain(`<link>${origin}/chuyen-muc/${outlet.slug}/${column.slug}</link>`)
    expect(xml).toContain('<dc:creator>Minh Anh</dc:creator>')
    expect(xml).toContain(`<title>Người tốt &amp; việc tốt`)
    expect(xml).not.toContain(draftTitle)
    expect(xml).not.toContain(`/bai-viet/${draftSlug}<`)

    const urls = await sitemapUrls()
    expect(urls).toContain(`${origin}/bai-viet/${slug}`)
    expect(urls).toContain(`${origin}/chuyen-muc/${outlet.slug}/${column.slug}`)
    expect(urls).not.toContain(`${origin}/bai-viet/${draftSlug}`)
  })

  it("an article's sitemap entry carries its last change: the later of its publication and its last edit, in UTC", async () => {
    const publishedAt = '2031-03-04T05:06:07.089Z'
    const res = await rest('POST', '/articles', {
      token: editorToken,
      json: {
        title: `Bài có ngày đăng ${uniq()}`,
        column: column.id,
        publishedAt,
        review: { sourcesChecked: true, noExaggeration: true },
        _status: 'published',
      },
    })
    expect(res.status).toBe(201)
    const doc = res.body.doc as { id: number; slug: string; updatedAt: string }
    const lastmodOf = async () => {
      const part = sitemapPartName({ kind: 'bai-viet', page: sitemapPageOfId(doc.id) })
      const { xml } = await sitemapFileXml(part)
      const entry = xml.split('<url>').find((u) => u.includes(`<loc>${origin}/bai-viet/${doc.slug}</loc>`))
      return /<lastmod>([^<]+)<\/lastmod>/.exec(entry ?? '')?.[1]
    }
    // published in the future: that date is the later one
    expect(await lastmodOf()).toBe(publishedAt)
    const edit = await rest('PATCH', `/articles/${doc.id}`, { token: editorToken, json: { publishedAt: '2020-01-02T03:04:05.000Z' } })
    expect(edit.status).toBe(200)
    expect(await lastmodOf()).toBe(new Date(edit.body.doc.updatedAt as string).toISOString())
  })

  it('unpublishing takes the article out of both', async () => {
    const title = `Bài sẽ gỡ ${uniq()}`
    const res = await rest('POST', '/articles', {
      token: editorToken,
      json: { title, column: column.id, review: { sourcesChecked: true, noExaggeration: true }, _status: 'published' },
    })
    expect(res.status).toBe(201)
    expect((await feed()).xml).toContain(title)
    const unpublish = await rest('PATCH', `/articles/${res.body.doc.id}`, { token: editorToken, json: { _status: 'draft' } })
    expect(unpublish.status).toBe(200)
    expect((await feed()).xml).not.toContain(title)
    expect(await sitemapUrls()).not.toContain(`${origin}/bai-viet/${res.body.doc.slug}`)
  })

  it('the feed keeps only the latest 30 articles', async () => {
    const reviewer = (await makeUser(payload, 'organizer')).id
    const times = Array.from({ length: 32 }, (_, i) => new Date(Date.UTC(2020, 0, 1 + i)).toISOString())
    for (const [i, publishedAt] of times.entries())
      await payload.create({
        collection: 'articles',
        data: {
          title: `Tin cũ số ${i}`,
          column: column.id,
          publishedAt,
          review: { sourcesChecked: true, noExaggeration: true, reviewedBy: reviewer },
          _status: 'published',
        } as never,
        overrideAccess: true,
        context: { disableRevalidate: true },
      })
    const items = [...(await feed()).xml.matchAll(/<item>/g)]
    expect(items).toHaveLength(30)
    const { xml } = await feed()
    expect(xml).not.toContain('Tin cũ số 0<')
    expect(xml).not.toContain('Tin cũ số 1<')
  })

  it('the column page and its articles announce the column feed', async () => {
    const res = await rest('POST', '/articles', {
      token: editorToken,
      json: {
        title: `Bài có nguồn tin ${uniq()}`,
        column: column.id,
        review: { sourcesChecked: true, noExaggeration: true },
        _status: 'published',
      },
    })
    expect(res.status).toBe(201)
    const feedUrl = `${origin}/chuyen-muc/${outlet.slug}/${column.slug}/rss.xml`
    const expected = { 'application/rss+xml': [{ url: feedUrl, title: expect.stringContaining('Người tốt & việc tốt') }] }
    const ofColumn = await columnMetadata(Promise.resolve({ outlet: outlet.slug!, column: column.slug! }))
    expect(ofColumn.alternates?.types).toEqual(expected)
    const ofPage2 = await columnMetadata(Promise.resolve({ outlet: outlet.slug!, column: column.slug!, page: '2' }))
    expect(ofPage2.alternates?.types).toEqual(expected)
    const ofArticle = await articleMetadata({ params: Promise.resolve({ slug: res.body.doc.slug }) })
    expect(ofArticle.alternates?.types).toEqual(expected)
  })

  it('a radio piece is enclosed as its recording (URL, bytes, MIME type), not its cover image', async () => {
    const wav = wavFile(800)
    const audio = await payload.create({
      collection: 'media',
      data: { alt: 'Bản ghi' },
      file: { data: wav, mimetype: 'audio/wav', name: `phong-su-${uniq()}.wav`, size: wav.length },
      overrideAccess: true,
    })
    const cover = await payload.create({
      collection: 'media',
      data: { alt: 'Ảnh bìa' },
      file: { data: PNG, mimetype: 'image/png', name: `bia-${uniq()}.png`, size: PNG.length },
      overrideAccess: true,
    })
    const title = `Phóng sự phát thanh ${uniq()}`
    const res = await rest('POST', '/articles', {
      token: editorToken,
      json: {
        title,
        format: 'audio',
        audio: audio.id,
        coverImage: cover.id,
        transcript: 'Lời dẫn: xin chào quý thính giả.',
        column: column.id,
        review: { sourcesChecked: true, noExaggeration: true },
        _status: 'published',
      },
    })
    expect(res.status).toBe(201)
    const { xml } = await feed()
    const item = xml.split('<item>').find((i) => i.includes(title))!
    const enclosures = [...item.matchAll(/<enclosure url="([^"]+)" type="([^"]+)" length="(\d+)"\/>/g)]
    expect(enclosures).toHaveLength(1)
    const [, url, type, length] = enclosures[0]
    expect(url).toBe(`${origin}/api/media/file/${audio.filename}`)
    expect(type).toBe(audio.mimeType)
    expect(type).toMatch(/^audio\//)
    expect(Number(length)).toBe(wav.length)

    // a text piece keeps its cover image
    const text = `Bài viết có ảnh ${uniq()}`
    expect(
      (
        await rest('POST', '/articles', {
          token: editorToken,
          json: {
            title: text,
            coverImage: cover.id,
            column: column.id,
            review: { sourcesChecked: true, noExaggeration: true },
            _status: 'published',
          },
        })
      ).status,
    ).toBe(201)
    const textItem = (await feed()).xml.split('<item>').find((i) => i.includes(text))!
    expect(textItem).toContain(
      `<enclosure url="${origin}/api/media/file/${cover.filename}" type="${cover.mimeType}" length="${cover.filesize}"/>`,
    )
  })

  it('an unknown column is a 404', async () => {
    const res = await columnRss(new Request(`${origin}/x`), { params: Promise.resolve({ outlet: outlet.slug!, column: 'khong-co' }) })
    expect(res.status).toBe(404)
  })

  it('the sitemap lists public exemplars and their unit pages, never new factors', async () => {
    const unit = await makeUnit(payload, { name: 'Xã Sơ Đồ', kind: 'commune', code: uniq('SD') })
    const pub = await makeExemplar(payload, { unit: unit.id, status: 'provincial' })
    const internal = await makeExemplar(payload, { unit: unit.id, status: 'newFactor' })
    const urls = await sitemapUrls()
    expect(urls).toContain(`${origin}/dien-hinh/${pub.slug}`)
    expect(urls).not.toContain(`${origin}/dien-hinh/${internal.slug}`)
    expect(urls).toContain(`${origin}/don-vi/${unit.code}`)
    expect(urls[0]).toBe(`${origin}/`)
  })

  it('the sitemap lists every public page type a reader reaches by links: e-publications, results, nominations; not search', async () => {
    const unit = await makeUnit(payload, { name: 'Xã Ấn Phẩm', kind: 'commune', code: uniq('AP') })
    await makeExemplar(payload, { unit: unit.id, status: 'provincial', recognisedYears: [2031] })
    const { contest } = await makeJudgingContest(payload)
    await payload.db.updateOne({ collection: 'contests', id: contest.id, data: { status: 'resultsPublished' } })
    // an article whose column is not published cannot be reached from the home page
    const hidden = await payload.create({
      collection: 'columns',
      data: { name: `Chuyên mục nháp ${uniq()}`, outlet: outlet.id, _status: 'draft' },
      overrideAccess: true,
      draft: true,
    })
    const reviewer = (await makeUser(payload, 'organizer')).id
    const orphan = await payload.create({
      collection: 'articles',
      data: {
        title: `Bài của chuyên mục nháp ${uniq()}`,
        column: hidden.id,
        review: { sourcesChecked: true, noExaggeration: true, reviewedBy: reviewer },
        _status: 'published',
      } as never,
      overrideAccess: true,
      context: { disableRevalidate: true },
    })

    const urls = await sitemapUrls()
    expect(urls).toEqual(
      expect.arrayContaining([
        `${origin}/an-pham`,
        `${origin}/an-pham/2031`,
        `${origin}/gioi-thieu-nguoi-tot`,
        `${origin}/cuoc-thi/${contest.slug}`,
        `${origin}/cuoc-thi/${contest.slug}/ket-qua`,
      ]),
    )
    expect(urls.filter((u) => u.includes('/tim-kiem'))).toEqual([])
    expect(urls).not.toContain(`${origin}/bai-viet/${orphan.slug}`)
    expect(new Set(urls).size).toBe(urls.length)
  })

  it('the sitemap is an index of id ranges of at most the range size; cut small, the files hold the same URLs', async () => {
    const unit = await makeUnit(payload, { name: 'Xã Nhiều Tệp', kind: 'commune', code: uniq('NT') })
    for (let i = 0; i < 3; i++) await makeExemplar(payload, { unit: unit.id, status: 'provincial' })
    const whole = await sitemapUrls()
    const size = 2
    const parts = sitemapParts(await sitemapPagesWithRows(payload, size))
    expect(parts.filter((p) => p.kind === 'dien-hinh').length).toBeGreaterThanOrEqual(2)
    const cut: string[] = []
    for (const part of parts) {
      const entries = await sitemapPartEntries(payload, part, part.kind === 'trang' ? undefined : size)
      if (part.kind !== 'trang') expect(entries.length, sitemapPartName(part)).toBeGreaterThan(0)
      if (part.kind !== 'trang') expect(entries.length).toBeLessThanOrEqual(size)
      cut.push(...entries.map((e) => e.url))
    }
    expect(cut.sort()).toEqual([...whole].sort())
  })

  it('a new public record changes only the file of its id range; the other files stay as they were', async () => {
    const unit = await makeUnit(payload, { name: 'Xã Tệp Ổn Định', kind: 'commune', code: uniq('OD') })
    await makeExemplar(payload, { unit: unit.id, status: 'provincial' })
    const size = 1
    const files = async () => {
      const out = new Map<string, string[]>()
      for (const part of sitemapParts(await sitemapPagesWithRows(payload, size)).filter((p) => p.kind === 'dien-hinh'))
        out.set(
          sitemapPartName(part),
          (await sitemapPartEntries(payload, part, size)).map((e) => e.url),
        )
      return out
    }
    const before = await files()
    const added = await makeExemplar(payload, { unit: unit.id, status: 'provincial' })
    const after = await files()
    const name = sitemapPartName({ kind: 'dien-hinh', page: sitemapPageOfId(Number(added.id), size) })
    expect(after.get(name)).toEqual([`${origin}/dien-hinh/${added.slug}`])
    expect(before.has(name)).toBe(false)
    for (const [file, urls] of before) expect(after.get(file), file).toEqual(urls)
  })

  it('an unknown sitemap file is a 404; a file’s uncompressed name, as the index once listed it, moves to the compressed one', async () => {
    for (const part of ['khac-1.xml.gz', 'bai-viet-0.xml.gz', 'dien-hinh-9999.xml.gz', 'khac-1.xml', 'trang-2.xml', 'bai-viet-1.xml.gz.gz'])
      expect((await sitemapFileXml(part)).status, part).toBe(404)
    const moved = await sitemapFile(new Request(`${origin}/sitemap/trang-1.xml`), { params: Promise.resolve({ part: 'trang-1.xml' }) })
    expect(moved.status).toBe(301)
    expect(moved.headers.get('location')).toBe(`${origin}/sitemap/trang-1.xml.gz`)
  })

  it('robots allows the site, keeps crawlers out of /admin and /api, names the sitemap', () => {
    expect(robots()).toMatchObject({
      rules: [{ userAgent: '*', allow: '/', disallow: ['/admin', '/api'] }],
      sitemap: `${origin}/sitemap.xml`,
    })
  })
})
