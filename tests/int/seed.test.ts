import type { Payload } from 'payload'
import { renderToStaticMarkup } from 'react-dom/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { demoAccounts, DEMO_PASSWORD } from '../../src/seed/accounts'
import { exemplars } from '../../src/seed/data/exemplars'
import { fields } from '../../src/seed/data/fields'
import { units } from '../../src/seed/data/units'
import { seedDemo } from '../../src/seed/run'
import { CRITERIA_YEARS } from '../../src/seed/criteriaSets'
import { JUDGE_EMAIL, judgingContestTitle } from '../../src/seed/judgingContest'
import { loadQuota } from '../../src/lib/quota/loadQuota'
import { loadPublicationInput } from '../../src/server/publications/publicationInput'
import { outletsInYear } from '../../src/domain/outlets/outletsInYear'
import { refId } from '../../src/lib/ids'
import { loadYearScope } from '../../src/lib/yearScope'
import { testPayload } from '../helpers/payload'
import { login, rest } from '../helpers/rest'
import { loadPublicResults } from '../../src/app/(site)/cuoc-thi/[slug]/ket-qua/results'
import { verifyCertificate } from '../../src/server/contest/certificate'
import { pdfText } from '../helpers/pdfText'
import { RECORDINGS, recordingBytes } from '../../src/seed/recordings'
import ArticlePage from '../../src/app/(site)/bai-viet/[slug]/page'
import { ColumnArticles } from '../../src/components/site/ColumnArticles'
import { GET as columnFeed } from '../../src/app/(site)/chuyen-muc/[outlet]/[column]/rss.xml/route'
import { restHandlers } from '../../src/lib/api/restHandlers'
import type { Column, Media, Outlet } from '../../src/payload-types'

let payload: Payload
type Counted =
  | 'units'
  | 'exemplars'
  | 'articles'
  | 'events'
  | 'fields'
  | 'plans'
  | 'users'
  | 'contests'
  | 'media'
  | 'criteriaSets'
  | 'commendations'
  | 'inspections'
  | 'budgetLines'
  | 'nominations'
  | 'entries'
  | 'judgeAssignments'
  | 'scores'
  | 'campaignDates'
const COUNTED: Counted[] = [
  'units',
  'exemplars',
  'articles',
  'events',
  'plans',
  'users',
  'contests',
  'media',
  'criteriaSets',
  'commendations',
  'inspections',
  'budgetLines',
  'nominations',
  'entries',
  'judgeAssignments',
  'scores',
  'campaignDates',
]
const count = async (collection: Counted) => (await payload.count({ collection, overrideAccess: true })).totalDocs

beforeAll(async () => {
  payload = await testPayload()
  await seedDemo(payload)
}, 300_000)
afterAll(() => payload.destroy())

describe('demo data', () => {
  it('loads the province, its units before and after 1/7/2025, the 14 fields and about 40 exemplars', async () => {
    const unitsBefore = await count('units')
    expect(unitsBefore).toBeGreaterThanOrEqual(units.length)
    expect(await count('fields')).toBeGreaterThanOrEqual(14)
    expect(fields).toHaveLength(14)
    expect(exemplars.length).toBeGreaterThanOrEqual(38)
    const nt = (await payload.find({ collection: 'units', where: { code: { equals: 'NT' } }, overrideAccess: true })).docs[0]
    expect(nt.name).toBe('Tỉnh Ninh Thuận')
    expect(nt.validTo?.slice(0, 10)).toBe('2025-06-30')
    const districts = await payload.find({
      collection: 'units',
      where: { kind: { equals: 'district' }, parent: { equals: nt.id } },
      overrideAccess: true,
      limit: 20,
    })
    expect(districts.docs.map((d) => d.name).sort()).toEqual(
      [
        'Huyện Bác Ái',
        'Huyện Ninh Hải',
        'Huyện Ninh Phước',
        'Huyện Ninh Sơn',
        'Huyện Thuận Bắc',
        'Huyện Thuận Nam',
        'Thành phố Phan Rang - Tháp Chàm',
      ].sort(),
    )
  })

  it('holds the 2022–2025 plan’s targets exactly as section V.1.đ states them', async () => {
    const nt = (await payload.find({ collection: 'units', where: { code: { equals: 'NT' } }, overrideAccess: true })).docs[0]
    const plan = (
      await payload.find({
        collection: 'plans',
        where: { periodFrom: { equals: 2022 }, province: { equals: nt.id } },
        overrideAccess: true,
      })
    ).docs[0]
    expect(plan.periodTo).toBe(2025)
    expect(plan.targets?.map((t) => `${t.unitKind}:${t.minPerYear}:${t.rule}`)).toEqual([
      'department:10:recognised',
      'massOrganisation:10:recognised',
      'subordinate:1:propagated',
      'province:15:recognised',
      'district:5:recognised',
      'commune:2:recognised',
      'department:1:propagated',
    ])
  })

  it('is idempotent: a second run adds nothing', async () => {
    const planned = async () =>
      (await payload.find({ collection: 'campaignDates', limit: 0, pagination: false, depth: 0, overrideAccess: true })).docs.flatMap(
        (d) => d.plannedArticles ?? [],
      ).length
    const drafts = async () =>
      (await payload.count({ collection: 'articles', where: { _status: { equals: 'draft' } }, draft: true, overrideAccess: true } as never))
        .totalDocs
    const before = [...(await Promise.all(COUNTED.map(count))), await planned(), await drafts()]
    await seedDemo(payload)
    const after = [...(await Promise.all(COUNTED.map(count))), await planned(), await drafts()]
    expect(after).toEqual(before)
  })

  it('leaves work in every state: a contest in judging, criteria gaps, commendations, inspections, budget, nominations', async () => {
    const judging = await payload.find({ collection: 'contests', where: { status: { equals: 'judging' } }, depth: 0, overrideAccess: true })
    // other test files of the run may add contests of their own
    expect(judging.docs.map((c) => c.title)).toContain(judgingContestTitle(new Date().getFullYear()))
    const judge = (await payload.find({ collection: 'users', where: { email: { equals: JUDGE_EMAIL } }, depth: 0, overrideAccess: true }))
      .docs[0]
    const assignments = await payload.find({
      collection: 'judgeAssignments',
      where: { judge: { equals: judge.id } },
      depth: 0,
      limit: 0,
      pagination: false,
      overrideAccess: true,
    })
    expect(assignments.docs.map((a) => a.status).sort()).toEqual(['assigned', 'assigned', 'assigned', 'submitted', 'submitted'])
    const sheets = await payload.find({ collection: 'scores', where: { judge: { equals: judge.id } }, depth: 0, overrideAccess: true })
    expect(sheets.docs.map((s) => !!s.locked).sort()).toEqual([false, true, true])

    for (const year of CRITERIA_YEARS) {
      const sets = await payload.count({ collection: 'criteriaSets', where: { year: { equals: year } }, overrideAccess: true })
      const valid = units.filter(
        (u) => (!u.validFrom || u.validFrom <= `${year}-12-31`) && (!u.validTo || u.validTo >= `${year}-01-01`),
      ).length
      expect(sets.totalDocs, String(year)).toBeGreaterThan(valid / 2)
      expect(sets.totalDocs, String(year)).toBeLessThan(valid)
    }
    const statuses = async (collection: 'commendations' | 'inspections' | 'nominations', field: string) =>
      [
        ...new Set(
          (await payload.find({ collection, depth: 0, limit: 0, pagination: false, overrideAccess: true })).docs.map(
            (d) => (d as unknown as Record<string, string>)[field],
          ),
        ),
      ].sort()
    expect(await statuses('commendations', 'status')).toEqual(['appraising', 'approved', 'proposed', 'returned'])
    expect(await statuses('inspections', 'followUpStatus')).toEqual(['done', 'inProgress', 'open'])
    expect(await statuses('nominations', 'status')).toEqual(['new', 'rejected'])
    expect(await count('budgetLines')).toBeGreaterThanOrEqual(3)
  })

  it('gives one working login per role', async () => {
    for (const account of demoAccounts) expect(await login(account.email, DEMO_PASSWORD)).toBeTruthy()
  })

  it('makes the 2024 and 2025 dashboards show real counts, 2025 across the reorganisation', async () => {
    const y2024 = await loadQuota(payload, 2024)
    const y2025 = await loadQuota(payload, 2025)
    const achieved = (rows: typeof y2024.rows) => rows.reduce((sum, r) => sum + r.lines.reduce((s, l) => s + l.achieved, 0), 0)
    expect(achieved(y2024.rows)).toBeGreaterThan(0)
    // other test files add provinces of their own: look at the demo province's units only
    const kinds2025 = new Set(y2025.rows.filter((r) => /^(NT|KH)(-|$)/.test(r.unit.code)).map((r) => r.unit.code.split('-')[0]))
    expect(kinds2025).toEqual(new Set(['NT', 'KH']))
    const newCommune = y2025.rows.find((r) => r.unit.code.startsWith('KH-') && r.predecessors.length > 0)
    expect(newCommune).toBeTruthy()
  })

  it('has last year’s contest finished: published results, and the demo journalist’s prize with its certificate', async () => {
    const year = new Date().getFullYear() - 1
    const contest = (await payload.find({ collection: 'contests', where: { year: { equals: year } }, overrideAccess: true })).docs[0]
    expect(contest.status).toBe('resultsPublished')
    const results = await loadPublicResults(payload, contest.slug!)
    const winners = results!.categories.flatMap((c) => c.winners)
    expect(winners.map((w) => w.prizeLabel).sort()).toEqual(['Giải A', 'Giải A', 'Giải B', 'Giải C'])
    expect(winners.every((w) => /^GS-/.test(w.certificateCode ?? ''))).toBe(true)

    const token = await login('phongvien@guongsang.local', DEMO_PASSWORD)
    const mine = await rest('GET', `/entries?where[status][equals]=awarded&depth=0`, { token })
    expect(mine.body.docs.map((e: { title: string; prize: string }) => [e.title, e.prize])).toEqual([
      ['Người thầy mang con chữ lên núi Tà Năng', 'B'],
    ])
    const entry = mine.body.docs[0]
    const verified = await verifyCertificate(payload, entry.certificateCode)
    expect(verified).toMatchObject({ title: entry.title, prize: 'Giải B', authors: ['Đỗ Thị Mai Anh (Phóng viên)', 'Phạm Gia Huy'] })

    const { restHandlers } = await import('../../src/lib/api/restHandlers')
    const res = await restHandlers.GET(
      new Request(`http://localhost:3000/api/entries/${entry.id}/certificate`, { headers: { Authorization: `JWT ${token}` } }),
      {
        params: Promise.resolve({ slug: ['entries', String(entry.id), 'certificate'] }),
      },
    )
    expect(res.status).toBe(200)
    const text = await pdfText(Buffer.from(await res.arrayBuffer()))
    expect(text).toContain('Người thầy mang con chữ lên núi Tà Năng')
    expect(text).toContain('GIẢI B')
    expect(text).toContain(entry.certificateCode)
  })

  it('follows the 2025 reorganisation: outlets of the contest year, books titled after the year’s province', async () => {
    const outlets = await payload.find({ collection: 'outlets', limit: 0, pagination: false, depth: 0, overrideAccess: true })
    const names = async (year: number) =>
      outletsInYear(
        outlets.docs.map((o) => ({ ...o, unit: o.unit == null ? null : Number(refId(o.unit)) })),
        await loadYearScope(payload, year),
      ).map((o) => o.name)
    const y2024 = await names(2024)
    const y2026 = await names(2026)
    expect(y2024).toContain('Báo Ninh Thuận')
    expect(y2024).not.toContain('Báo và Phát thanh, Truyền hình Khánh Hòa')
    expect(y2026).toContain('Báo và Phát thanh, Truyền hình Khánh Hòa')
    expect(y2026).not.toContain('Báo Ninh Thuận')
    expect((await loadPublicationInput(payload, 2024)).title).toContain('tỉnh Ninh Thuận')
    expect((await loadPublicationInput(payload, 2023)).title).not.toContain('Khánh Hòa')
    expect((await loadPublicationInput(payload, 2025)).title).toContain('tỉnh Khánh Hòa')
  })

  it('gives 2024 one set of figures: the dashboard’s, the e-publication’s', async () => {
    const quota = await loadQuota(payload, 2024)
    const book = await loadPublicationInput(payload, 2024)
    expect(quota.figures.recognised).toBeGreaterThan(0)
    expect(book.chapters.length).toBe(quota.figures.inPublication)
  })

  it('has a radio piece and a TV piece, published in their columns, that play real recordings and carry transcripts', async () => {
    expect(RECORDINGS.map((r) => r.field).sort()).toEqual(['audio', 'video'])
    for (const r of RECORDINGS) {
      // read as a visitor: only what the public site can see
      const found = await payload.find({
        collection: 'articles',
        where: { slug: { equals: r.article } },
        depth: 1,
        overrideAccess: false,
        locale: 'vi',
      })
      const article = found.docs[0]
      expect(article?._status, r.article).toBe('published')
      expect(article.format).toBe(r.field)
      expect(article.transcript).toMatch(/^Lời dẫn: .+\n\n.+: /s)
      const file = article[r.field] as Media
      expect(file.mimeType).toBe(r.mimetype)
      expect(file.filename).toMatch(r.field === 'audio' ? /\.mp3$/ : /\.mp4$/)
      const bytes = await recordingBytes(r)
      expect(bytes.length).toBeLessThan(r.field === 'audio' ? 100_000 : 300_000)
      expect(file.filesize).toBe(bytes.length)

      // served to anyone, byte for byte
      const res = await restHandlers.GET(new Request(`http://localhost:3000/api/media/file/${file.filename}`), {
        params: Promise.resolve({ slug: ['media', 'file', file.filename!] }),
      })
      expect(res.status).toBe(200)
      expect(res.headers.get('content-type')).toBe(r.mimetype)
      expect(Buffer.from(await res.arrayBuffer()).equals(bytes)).toBe(true)

      // the article page plays it, with the transcript under the player
      const page = renderToStaticMarkup(await ArticlePage({ params: Promise.resolve({ slug: r.article }) }))
      expect(page).toContain(`<${r.field} controls="" preload="metadata"`)
      expect(page).toContain(`<source src="${file.url}" type="${r.mimetype}"/>`)
      expect(page).toContain('Lời thoại (bản ghi chữ)')
      expect(page).toContain(article.transcript!.split('\n\n')[0].slice(0, 60))

      // and its column lists it
      const column = article.column as Column
      const outlet = article.outlet as Outlet
      const listing = renderToStaticMarkup(
        await ColumnArticles({ params: Promise.resolve({ outlet: outlet.slug!, column: column.slug! }) }),
      )
      expect(listing).toContain(`/bai-viet/${r.article}`)
      // and its feed carries the recording, so podcast apps play it
      const feed = await (
        await columnFeed(new Request('http://localhost:3000/'), { params: Promise.resolve({ outlet: outlet.slug!, column: column.slug! }) })
      ).text()
      const item = feed.split('<item>').find((i) => i.includes(`/bai-viet/${r.article}`))
      expect(item).toMatch(new RegExp(`<enclosure url="[^"]+${file.filename}" type="${r.mimetype}" length="${bytes.length}"/>`))
    }
  })
})
