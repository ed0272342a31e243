import fs from 'node:fs'
import path from 'node:path'
import ExcelJS from 'exceljs'
import { createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadPublicationInput } from '../../src/server/publications/publicationInput'
import { restHandlers } from '../../src/lib/api/restHandlers'
import { quotaFilters, quotaView } from '../../src/lib/quota/quotaView'
import { makeExemplar, makeUnit, makeUser, PASSWORD, uniq } from '../helpers/fixtures'
import { testPayload } from '../helpers/payload'
import { login, rest } from '../helpers/rest'

/**
 * A year built by hand across a merger, like Ninh Thuận into Khánh Hòa on 1/7/2025: province P (until 30/6/2025)
 * > district D > communes A, B (merged into N) and C (re-parented as C2); province Q from 1/7/2025 > N, C2.
 * The plan 2022–2025 was issued by P. Names carry a tag so other test files' units cannot be mistaken for ours.
 */
const tag = uniq('')
const name = (n: string) => `${n} ${tag}`
let payload: Payload
let organizer: Awaited<ReturnType<typeof makeUser>>
let token: string
const u: Record<string, number> = {}
const x: Record<string, number> = {}

beforeAll(async () => {
  payload = await testPayload()
  const closes = { validTo: '2025-06-30' }
  const opens = { validFrom: '2025-07-01' }
  const P = await makeUnit(payload, { name: name('Tỉnh Hạ'), kind: 'province', ...closes })
  const Q = await makeUnit(payload, { name: name('Tỉnh Thượng'), kind: 'province', ...opens })
  const D = await makeUnit(payload, { name: name('Huyện Giữa'), kind: 'district', parent: P.id, ...closes })
  const A = await makeUnit(payload, { name: name('Xã A'), kind: 'commune', parent: D.id, ...closes })
  const B = await makeUnit(payload, { name: name('Xã B'), kind: 'commune', parent: D.id, ...closes })
  const C = await makeUnit(payload, { name: name('Xã C'), kind: 'commune', parent: D.id, ...closes })
  const N = await makeUnit(payload, { name: name('Xã N'), kind: 'commune', parent: Q.id, ...opens })
  const C2 = await makeUnit(payload, { name: name('Xã C mới'), kind: 'commune', parent: Q.id, ...opens })
  const outside = await makeUnit(payload, { name: name('Xã Ngoài'), kind: 'commune' })
  const link = (from: number, to: number) =>
    payload.update({ collection: 'units', id: from, data: { successors: [to], endReason: 'merged' }, overrideAccess: true })
  await Promise.all([link(P.id, Q.id), link(A.id, N.id), link(B.id, N.id), link(C.id, C2.id)])
  Object.assign(u, { P: P.id, Q: Q.id, D: D.id, A: A.id, B: B.id, C: C.id, N: N.id, C2: C2.id, outside: outside.id })

  await payload.create({
    collection: 'plans',
    overrideAccess: true,
    data: {
      name: name('Kế hoạch thử'),
      periodFrom: 2022,
      periodTo: 2025,
      province: P.id,
      targets: [
        { appliesTo: 'kind', unitKind: 'province', minPerYear: 10, rule: 'recognised' },
        { appliesTo: 'kind', unitKind: 'district', minPerYear: 5, rule: 'recognised' },
        { appliesTo: 'kind', unitKind: 'commune', minPerYear: 2, rule: 'recognised' },
      ],
    },
  })

  // each record in the unit it was made in, valid on its discovery day
  const mk = async (key: string, unit: number, status: string, recognisedYears: number[], discoveredOn: string) => {
    x[key] = (await makeExemplar(payload, { unit, status, recognisedYears, discoveredOn, name: name(`Điển hình ${key}`) })).id
  }
  await mk('x1', A.id, 'recognised', [2024], '2024-01-10')
  await mk('x2', A.id, 'provincial', [2024, 2025], '2024-02-10')
  await mk('x3', B.id, 'archived', [2024], '2024-03-10')
  await mk('x4', D.id, 'proposedToProvince', [2024], '2024-04-10')
  await mk('x5', C.id, 'national', [2025], '2025-03-10')
  await mk('x6', N.id, 'proposedToCentral', [2025], '2025-08-10')
  await mk('x7', C2.id, 'recognised', [2025], '2025-09-10')
  await mk('x8', N.id, 'provincial', [2026], '2025-10-10')
  await mk('x9', outside.id, 'provincial', [2024, 2025], '2024-05-10')

  organizer = await makeUser(payload, 'organizer')
  token = await login(organizer.email, PASSWORD)
})
afterAll(() => payload.destroy())

/**
 * Expected, by hand (the recognised rule: recognised that year, not archived; the book: provincial or higher):
 * 2024 — A: x1, x2 = 2; B: x3 archived = 0; C: 0; D (subtree) = x1, x2, x4 = 3; P = 3; Q not yet valid.
 *        Book: x2.
 * 2025 — A: x2 = 1; B: 0; C: x5 = 1; D: 2; P: 2; N: x6 = 1; C2: x7 = 1; Q: 2; each record once, 4 in all.
 *        Book: x5 (national), x6 (proposed to central), x2 (provincial). x8 is 2026's; x9 is outside every plan.
 */
const expected = {
  2024: { rows: { 'Tỉnh Hạ': 3, 'Huyện Giữa': 3, 'Xã A': 2, 'Xã B': 0, 'Xã C': 0 }, recognised: 3, book: ['x2'] },
  2025: {
    rows: { 'Tỉnh Hạ': 2, 'Tỉnh Thượng': 2, 'Huyện Giữa': 2, 'Xã A': 1, 'Xã B': 0, 'Xã C': 1, 'Xã N': 1, 'Xã C mới': 1 },
    recognised: 4,
    book: ['x5', 'x6', 'x2'],
  },
} as const
const untag = (s: string) => s.replace(` ${tag}`, '')
const ours = (s: unknown) => typeof s === 'string' && s.endsWith(` ${tag}`)

async function dashboard(year: number) {
  const req = await createLocalReq({ user: { ...organizer, collection: 'users' } as never }, payload)
  const view = await quotaView(req, quotaFilters({ nam: String(year) }))
  return {
    view,
    rows: Object.fromEntries(view.rows.filter((r) => ours(r.unit.name)).map((r) => [untag(r.unit.name), r.lines[0].achieved])),
  }
}

async function exportBook(year: number) {
  const res = await restHandlers.GET(
    new Request(`http://localhost:3000/api/quota/export?nam=${year}`, { headers: { Authorization: `JWT ${token}` } }),
    {
      params: Promise.resolve({ slug: ['quota', 'export'] }),
    },
  )
  expect(res.status).toBe(200)
  const book = new ExcelJS.Workbook()
  await book.xlsx.load((await res.arrayBuffer()) as never)
  const rows: Record<string, number> = {}
  book.getWorksheet(`Chỉ tiêu ${year}`)!.eachRow((row, i) => {
    if (i > 1 && ours(row.getCell(1).value)) rows[untag(String(row.getCell(1).value))] = Number(row.getCell(7).value) // "Đạt"
  })
  const totals: Record<string, number> = {}
  book.getWorksheet('Tổng hợp')!.eachRow((row, i) => {
    if (i > 1) totals[String(row.getCell(1).value)] = Number(row.getCell(2).value)
  })
  return { rows, totals }
}

async function annualReport(year: number, unit: number | null) {
  const res = await rest('POST', '/annualReports', { token, json: { year, ...(unit ? { unit } : {}) } })
  expect(res.status).toBe(201)
  await payload.jobs.run({ queue: 'default', limit: 500 })
  const report = await payload.findByID({ collection: 'annualReports', id: res.body.doc.id, depth: 0, overrideAccess: true })
  expect(report.status, report.message ?? '').toBe('done')
  const media = await payload.findByID({ collection: 'media', id: Number(report.xlsx), overrideAccess: true })
  const book = new ExcelJS.Workbook()
  await book.xlsx.load(fs.readFileSync(path.resolve('media', media.filename!)) as never)
  const general: Record<string, number> = {}
  book.getWorksheet('Tổng hợp')!.eachRow((row) => {
    if (typeof row.getCell(2).value === 'number') general[String(row.getCell(1).value)] = Number(row.getCell(2).value)
  })
  return {
    title: report.title,
    recognised: general['Điển hình được công nhận trong năm'],
    inPublication: general['Trong đó: cấp tỉnh, đề nghị Trung ương, toàn quốc (vào ấn phẩm điện tử)'],
  }
}

const byKey = (ids: number[]) => ids.map((id) => Object.entries(x).find(([, v]) => v === id)?.[0]).filter(Boolean)

describe.each([2024, 2025] as const)('year %i: one set of figures', (year) => {
  const want = expected[year]

  it('the dashboard counts each record once under its own unit', async () => {
    expect((await dashboard(year)).rows).toEqual(want.rows)
  })

  it('the export carries the same cells', async () => {
    expect((await exportBook(year)).rows).toEqual(want.rows)
  })

  it('the annual report of the province (with what it ended into) has the same totals', async () => {
    const r = await annualReport(year, u.P)
    expect(r).toMatchObject({ recognised: want.recognised, inPublication: want.book.length })
    // the provinces' rows of the dashboard add up to the same total
    const rows = (await dashboard(year)).rows as Record<string, number>
    expect((rows['Tỉnh Hạ'] ?? 0) + (rows['Tỉnh Thượng'] ?? 0)).toBe(want.recognised)
  })

  it('the e-publication lists exactly the provincial-level records of the same scope, titled after the year’s province', async () => {
    const book = await loadPublicationInput(payload, year)
    expect(byKey(book.chapters.map((c) => c.exemplar.id).filter((id) => Object.values(x).includes(id)))).toEqual(want.book)
    const [old, merged] = ['tỉnh Hạ', 'tỉnh Thượng'].map((p) => `${p} ${tag}`)
    if (year === 2024) expect(book.title).toContain(old)
    else expect(book.title).toContain(merged)
    if (year === 2025) expect(book.title).not.toContain(old)
  })

  it('over the whole scope (every plan in force), dashboard, export, report and book agree', async () => {
    const { view } = await dashboard(year)
    const exported = await exportBook(year)
    const report = await annualReport(year, null)
    const book = await loadPublicationInput(payload, year)
    expect(view.figures.recognised).toBeGreaterThanOrEqual(want.recognised)
    expect(exported.totals).toEqual({
      'Điển hình được công nhận trong năm': view.figures.recognised,
      'Trong đó: cấp tỉnh, đề nghị Trung ương, toàn quốc (vào ấn phẩm điện tử)': view.figures.inPublication,
    })
    expect(report).toMatchObject({ recognised: view.figures.recognised, inPublication: view.figures.inPublication })
    expect(book.chapters.length).toBe(view.figures.inPublication)
  })
})

describe('unit pickers follow the record’s date', () => {
  it('a record is filed under a unit valid on its own date: closed units only for history', async () => {
    const make = (unit: number, discoveredOn: string) =>
      makeExemplar(payload, { unit, discoveredOn, recognisedYears: [], status: 'newFactor' })
    await expect(make(u.A, '2025-03-01')).resolves.toBeTruthy() // A was still open then
    await expect(make(u.A, '2025-08-01')).rejects.toThrow(/Đơn vị|unit/i) // closed on 30/6/2025
    await expect(make(u.N, '2025-03-01')).rejects.toThrow(/Đơn vị|unit/i) // not yet open
    await expect(make(u.N, '2025-07-01')).resolves.toBeTruthy()
  })
  it('a report for a year offers the units of that year', async () => {
    expect((await rest('POST', '/annualReports', { token, json: { year: 2026, unit: u.P } })).status).toBe(400)
    const ok = await rest('POST', '/annualReports', { token, json: { year: 2024, unit: u.P } })
    expect(ok.status).toBe(201)
  })
})
