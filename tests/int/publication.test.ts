import fs from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ensurePublicationPdf, findPublication } from '../../src/server/publications/ensurePublication'
import { loadPublicationInput } from '../../src/server/publications/publicationInput'
import { makeExemplar, makeUnit, makeUser, PASSWORD, uniq } from '../helpers/fixtures'
import { testPayload } from '../helpers/payload'
import { pdfText } from '../helpers/pdfText'
import { login, rest } from '../helpers/rest'

/** A year nobody else's fixtures use, so only the exemplars made here belong to its book. */
const YEAR = 2093
let payload: Payload
let previousProvince: string | null | undefined
const e: Record<string, number> = {}
const a: Record<string, number> = {}
let editorToken: string
let journalistToken: string

beforeAll(async () => {
  payload = await testPayload()
  previousProvince = (await payload.findGlobal({ slug: 'siteSettings', depth: 0 })).provinceName
  await payload.updateGlobal({ slug: 'siteSettings', data: { provinceName: 'tỉnh Cài Đặt' }, overrideAccess: true })
  // the book covers the units of the plans in force in its year: a province of its own with a plan for that year
  const province = await makeUnit(payload, { name: 'Tỉnh Thử Nghiệm', kind: 'province' })
  await payload.create({
    collection: 'plans',
    overrideAccess: true,
    data: { name: 'Kế hoạch ấn phẩm thử', periodFrom: YEAR - 3, periodTo: YEAR + 2, province: province.id, targets: [] },
  })
  const unit = await makeUnit(payload, { name: `Xã ấn phẩm ${uniq()}`, kind: 'commune', parent: province.id })
  // a provincial exemplar of a unit outside every plan is not in the book
  const outside = await makeUnit(payload, { name: `Xã ngoài kế hoạch ${uniq()}`, kind: 'commune' })
  await makeExemplar(payload, { unit: outside.id, status: 'provincial', recognisedYears: [YEAR] })
  const mk = async (key: string, name: string, status: string, years: number[]) => {
    e[key] = (await makeExemplar(payload, { unit: unit.id, status, recognisedYears: years, name: `${name} ${uniq()}` })).id
  }
  await mk('provincial', 'Zung Văn Tỉnh', 'provincial', [YEAR])
  await mk('national', 'Hợp tác xã Toàn Quốc', 'national', [YEAR])
  await mk('central', 'Bùi Thị Trung Ương', 'proposedToCentral', [YEAR - 1, YEAR])
  await mk('recognised', 'Chỉ Cấp Xã', 'recognised', [YEAR])
  await mk('otherYear', 'Năm Khác', 'provincial', [YEAR - 1])
  await mk('proposed', 'Đề Nghị Tỉnh', 'proposedToProvince', [YEAR])

  const admin = await makeUser(payload, 'admin')
  const outlet = await payload.create({
    collection: 'outlets',
    data: { name: `Báo ấn phẩm ${uniq()}`, kind: 'newspaper', _status: 'published' },
    overrideAccess: true,
  })
  const column = await payload.create({
    collection: 'columns',
    data: { name: `Chuyên mục ${uniq()}`, outlet: outlet.id, _status: 'published' },
    overrideAccess: true,
  })
  const review = { sourcesChecked: true, noExaggeration: true, reviewedBy: admin.id }
  const article = async (key: string, exemplar: number, publishedAt: string, extra: Record<string, unknown> = {}) => {
    const published = extra._status !== 'draft'
    a[key] = (
      await payload.create({
        collection: 'articles',
        data: {
          title: `Bài ${key} ${uniq()}`,
          column: column.id,
          exemplars: [exemplar],
          publishedAt,
          excerpt: `Sa-pô của bài ${key}.`,
          _status: 'published',
          review,
          ...extra,
        } as never,
        overrideAccess: true,
        draft: !published,
      })
    ).id
  }
  await article('provincialOld', e.provincial, '2093-03-01T08:00:00+07:00')
  await article('provincialNew', e.provincial, '2093-06-01T08:00:00+07:00')
  await article('nationalFeatured', e.national, '2093-01-01T08:00:00+07:00', { featured: true })
  await article('nationalNewer', e.national, '2093-09-01T08:00:00+07:00')
  await article('centralDraft', e.central, '2093-10-01T08:00:00+07:00', { _status: 'draft' })

  const editor = await makeUser(payload, 'editor', { outlets: [outlet.id] })
  const journalist = await makeUser(payload, 'journalist')
  editorToken = await login(editor.email, PASSWORD)
  journalistToken = await login(journalist.email, PASSWORD)
})
afterAll(async () => {
  await payload.updateGlobal({ slug: 'siteSettings', data: { provinceName: previousProvince ?? '' }, overrideAccess: true })
  await payload.destroy()
})

const pendingBuilds = async () =>
  (
    await payload.find({
      collection: 'payload-jobs',
      where: {
        and: [{ taskSlug: { equals: 'buildPublicationPdf' } }, { completedAt: { exists: false } }, { hasError: { not_equals: true } }],
      },
      overrideAccess: true,
      limit: 100,
    })
  ).docs.filter((j) => Number((j.input as { year?: number })?.year) === YEAR).length

describe('compiling the year’s book', () => {
  it('takes the provincial, proposed-to-central and national exemplars of the year, national first, with their best article', async () => {
    const input = await loadPublicationInput(payload, YEAR)
    // titled after the plan's province (a unit), not the site settings' name
    expect(input.title).toBe(`Điển hình tiên tiến tỉnh Thử Nghiệm năm ${YEAR}`)
    expect(input.chapters.map((c) => c.exemplar.id)).toEqual([e.national, e.central, e.provincial])
    // national: the featured article beats the newer one; provincial: the newer one; central: only a draft → none
    expect(input.chapters.map((c) => c.article?.id ?? null)).toEqual([a.nationalFeatured, null, a.provincialNew])
    expect(input.chapters[0].exemplar.unitName).toMatch(/^Xã ấn phẩm/)
  })
})

describe('the PDF', () => {
  let firstHash: string

  it('refuses the public and bad input; staff queue a build', async () => {
    expect((await rest('POST', '/publications/build', { json: { year: YEAR } })).status).toBe(403)
    expect((await rest('POST', '/publications/build', { token: journalistToken, json: { year: YEAR } })).status).toBe(403)
    const bad = await rest('POST', '/publications/build', { token: editorToken, json: { year: 'năm ngoái' } })
    expect(bad.status).toBe(400)
    expect(JSON.stringify(bad.body)).toContain('Năm không hợp lệ')
    const empty = await rest('POST', '/publications/build', { token: editorToken, json: { year: 2099 } })
    expect(empty.status).toBe(400)
    const res = await rest('POST', '/publications/build', { token: editorToken, json: { year: YEAR } })
    expect(res.status).toBe(202)
    expect(res.body.action).toBe('queue')
    expect(res.body.status).toBe('queued')
    firstHash = res.body.hash
    // asking again while it waits does not queue a second build
    const again = await rest('POST', '/publications/build', { token: editorToken, json: { year: YEAR } })
    expect(again.body.action).toBe('wait')
    expect(await pendingBuilds()).toBe(1)
  })

  it('is built by the job: a real PDF with a table of contents and one page per chapter, linked when current', async () => {
    await payload.jobs.run({ limit: 500 })
    const pub = await findPublication(payload, YEAR)
    expect(pub?.status).toBe('ready')
    expect(pub?.progress).toBe(100)
    expect(pub?.hash).toBe(firstHash)
    const media = pub!.file as { filename: string; mimeType: string }
    expect(media.mimeType).toBe('application/pdf')
    const bytes = fs.readFileSync(path.resolve('media', media.filename))
    expect(bytes.subarray(0, 4).toString('latin1')).toBe('%PDF')
    const text = bytes.toString('latin1')
    expect(text).toContain('/Outlines') // bookmarks, one per chapter
    expect(text).toMatch(/\/Type \/Pages\s*\/Count 5\b/) // cover + table of contents + 3 chapters
    // the reader's text: the year and the names of the exemplars in the book, diacritics intact
    const words = await pdfText(bytes)
    expect(words).toContain(String(YEAR))
    const included = await payload.findByID({ collection: 'exemplars', id: e.provincial, overrideAccess: true })
    expect(words).toContain(included.name)
    const state = await ensurePublicationPdf(payload, YEAR)
    expect(state.action).toBe('serve')
    expect(state.url).toContain(media.filename)
    // the cached page asks for the PDF's state without signing in, and gets the link once it is built
    const asked = await rest('GET', `/publications/pdf?year=${YEAR}`)
    expect(asked.status).toBe(200)
    expect(asked.body).toMatchObject({ action: 'serve', progress: 100 })
    expect(asked.body.url).toContain(media.filename)
    expect((await rest('GET', '/publications/pdf?year=19x5')).status).toBe(400)
    expect((await rest('GET', '/publications/pdf?year=2099')).body.errors[0].message).toBe('Chưa có ấn phẩm năm 2099.')
  })

  it('stays cached when a record outside the book changes', async () => {
    await payload.update({
      collection: 'exemplars',
      id: e.recognised,
      data: { summary: 'Đổi nội dung ngoài ấn phẩm' },
      overrideAccess: true,
    })
    const state = await ensurePublicationPdf(payload, YEAR)
    expect(state.action).toBe('serve')
    expect(state.input.hash).toBe(firstHash)
  })

  it('changes hash when an included exemplar changes, and a rebuild is queued', async () => {
    await payload.update({
      collection: 'exemplars',
      id: e.provincial,
      data: { summary: 'Tóm tắt mới sau khi thẩm định lại' },
      overrideAccess: true,
    })
    const state = await ensurePublicationPdf(payload, YEAR)
    expect(state.input.hash).not.toBe(firstHash)
    expect(state.action).toBe('queue')
    const pub = await findPublication(payload, YEAR)
    expect(pub?.status).toBe('queued')
    expect(pub?.targetHash).toBe(state.input.hash)
    expect(await pendingBuilds()).toBe(1)
    await payload.jobs.run({ limit: 500 })
    const rebuilt = await findPublication(payload, YEAR)
    expect(rebuilt?.status).toBe('ready')
    expect(rebuilt?.hash).toBe(state.input.hash)
    expect((await ensurePublicationPdf(payload, YEAR)).action).toBe('serve')
  })

  it('nobody writes the publications collection through the API', async () => {
    expect((await rest('POST', '/publications', { token: editorToken, json: { year: 2095 } })).status).toBe(403)
  })
})
