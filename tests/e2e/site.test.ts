import { gunzipSync } from 'node:zlib'
import AxeBuilder from '@axe-core/playwright'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO_PASSWORD } from '../../src/seed/accounts'
import { nominate } from '../helpers/siteJourneys'
import { apiAuth, launchBrowser, vietnameseContext } from '../helpers/browser'

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(() => browser?.close())

const newPage = async (): Promise<Page> => (await vietnameseContext(browser)).newPage()

describe('the public site', () => {
  it('an editor publishes an article: it appears on its column page, in the RSS feed and in the sitemap', async () => {
    const editor = await newPage()
    const auth = await apiAuth(editor, 'bientap@guongsang.local', DEMO_PASSWORD)
    const column = (await (await editor.request.get('/api/columns?where[slug][equals]=nguoi-tot-viec-tot&depth=1', auth)).json()).docs[0]
    const title = `Thắp sáng ước mơ cho trẻ em vùng biển ${Date.now()}`
    const res = await editor.request.post('/api/articles', {
      ...auth,
      data: {
        title,
        column: column.id,
        excerpt: 'Một lớp học miễn phí giữa làng chài.',
        _status: 'published',
        review: { sourcesChecked: true, noExaggeration: true },
      },
    })
    expect(res.status()).toBe(201)
    const article = (await res.json()).doc

    const reader = await newPage()
    const columnPath = `/chuyen-muc/${column.outlet.slug}/${column.slug}`
    await reader.goto(columnPath)
    expect(await reader.locator('main').innerText()).toContain(title)
    const rss = await (await reader.request.get(`${columnPath}/rss.xml`)).text()
    expect(rss).toContain(`/bai-viet/${article.slug}`)
    // the sitemap is an index: the article is in one of its files, refreshed at once on publishing
    const index = await (await reader.request.get('/sitemap.xml')).text()
    const files = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname)
    expect(files).toContain('/sitemap/bai-viet-1.xml.gz')
    // each file is a gzip file of XML, as sitemaps.org allows
    const listed = await Promise.all(files.map(async (f) => gunzipSync(await (await reader.request.get(f)).body()).toString('utf8')))
    expect(listed.some((xml) => xml.includes(`/bai-viet/${article.slug}`))).toBe(true)
    const page = await reader.goto(`/bai-viet/${article.slug}`)
    expect(page?.status()).toBe(200)
    // no client-hint header that makes the browser load the page a second time
    expect(page?.headers()['critical-ch']).toBeUndefined()
    // the favicon and the touch icon are drawn from the emblem
    for (const rel of ['icon', 'apple-touch-icon']) {
      const href = await reader.locator(`head link[rel="${rel}"]`).first().getAttribute('href')
      const icon = await reader.request.get(href!)
      expect(icon.status(), rel).toBe(200)
      expect(icon.headers()['content-type'], rel).toBe('image/png')
    }
  })

  it('search finds names typed without diacritics', async () => {
    const reader = await newPage()
    await reader.goto('/tim-kiem?q=nguyen%20thi%20hoa')
    expect(await reader.locator('main').innerText()).toContain('Nguyễn Thị Hoa')
    await reader.goto('/tim-kiem?q=dang%20van%20duc')
    expect(await reader.locator('main').innerText()).toContain('Đặng Văn Đức')
  })

  it('a unit with more exemplars than a page lists them over pages, each once, newest first', async () => {
    const organiser = await newPage()
    const auth = await apiAuth(organiser, 'sonoivu@guongsang.local', DEMO_PASSWORD)
    const tag = `Trang${Date.now()}`
    const province = (await (await organiser.request.get('/api/units?where[kind][equals]=province&limit=1&depth=0', auth)).json()).docs[0]
    const unitRes = await organiser.request.post('/api/units', {
      ...auth,
      data: { name: `Xã ${tag}`, code: `E2E-${tag}`, kind: 'commune', parent: province.id, validFrom: '2020-01-01' },
    })
    expect(unitRes.status()).toBe(201)
    const unit = (await unitRes.json()).doc
    const names: string[] = []
    for (let i = 0; i < 30; i++) {
      const name = `Gương ${tag} số ${String(i + 1).padStart(2, '0')}`
      const res = await organiser.request.post('/api/exemplars', {
        ...auth,
        data: { name, kind: 'individual', status: 'recognised', unit: unit.id, discoveredOn: `2024-01-${String(i + 1).padStart(2, '0')}` },
      })
      expect(res.status(), await res.text()).toBe(201)
      names.push(name)
    }

    // a reader finds one of them, opens the profile, then the unit, then the next page
    const reader = await newPage()
    await reader.goto('/')
    await reader.getByRole('searchbox').first().fill(names[29])
    await reader.getByRole('searchbox').first().press('Enter')
    await reader.getByRole('link', { name: names[29] }).first().click()
    await reader
      .getByRole('link', { name: `Xã ${tag}` })
      .first()
      .click()
    await expect.poll(() => reader.locator('h1').innerText()).toBe(`Xã ${tag}`)
    const listed = async () => reader.locator('main article.card h3').allInnerTexts()
    const first = (await listed()).filter((t) => t.includes(tag))
    expect(first).toEqual(names.slice(6).reverse())
    await reader.getByRole('link', { name: 'Trang 2' }).click()
    await expect.poll(() => reader.url()).toContain('/trang/2')
    const second = (await listed()).filter((t) => t.includes(tag))
    expect(second).toEqual(names.slice(0, 6).reverse())
  })

  it('a new tagline shows at once on cached and on per-request pages, and goes back the same way', async () => {
    const admin = await newPage()
    const auth = await apiAuth(admin, 'quantri@guongsang.local', DEMO_PASSWORD)
    const before = (await (await admin.request.get('/api/globals/siteSettings?depth=0', auth)).json()).tagline
    const reader = await newPage()
    await reader.goto('/')
    const tagline = `Lan tỏa điều tốt ${Date.now()}`
    try {
      expect((await admin.request.post('/api/globals/siteSettings', { ...auth, data: { tagline } })).status()).toBe(200)
      // the home page (built once, kept) and the search page (built per request) both carry the header
      await reader.reload()
      expect(await reader.locator('header').innerText()).toContain(tagline)
      await reader.getByRole('searchbox').first().fill('nguyen')
      await reader.getByRole('searchbox').first().press('Enter')
      await expect.poll(() => reader.url()).toContain('/tim-kiem')
      expect(await reader.locator('header').innerText()).toContain(tagline)
    } finally {
      await admin.request.post('/api/globals/siteSettings', { ...auth, data: { tagline: before ?? '' } })
    }
    await reader.goto('/')
    expect(await reader.locator('header').innerText()).not.toContain(tagline)
  })

  it('a public nomination becomes a new-factor exemplar with one action', async () => {
    const nominee = `Bác Trần Văn Thiện ${Date.now()}`
    await nominate(await newPage(), nominee)

    const organizer = await newPage()
    const auth = await apiAuth(organizer, 'sonoivu@guongsang.local', DEMO_PASSWORD)
    const nomination = (
      await (await organizer.request.get(`/api/nominations?where[nomineeName][equals]=${encodeURIComponent(nominee)}`, auth)).json()
    ).docs[0]
    const unit = (await (await organizer.request.get('/api/units?where[code][equals]=KH-X-PHUOCHA', auth)).json()).docs[0]
    const accepted = await organizer.request.post(`/api/nominations/${nomination.id}/accept`, {
      ...auth,
      data: { unit: unit.id, kind: 'individual' },
    })
    expect(accepted.status()).toBe(201)
    const exemplar = (await (await organizer.request.get(`/api/exemplars?where[name][equals]=${encodeURIComponent(nominee)}`, auth)).json())
      .docs[0]
    expect(exemplar.status).toBe('newFactor')
  })

  it.each(['/', '/dien-hinh', '/chuyen-muc', '/cuoc-thi', '/tim-kiem?q=muoi', '/gioi-thieu-nguoi-tot', '/dien-hinh/nguyen-thi-hoa'])(
    '%s has no serious accessibility violations',
    async (path) => {
      const page = await newPage()
      await page.goto(path)
      const result = await new AxeBuilder({ page: page as never }).analyze()
      const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
      expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])
    },
  )
})
