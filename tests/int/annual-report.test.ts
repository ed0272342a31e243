import fs from 'node:fs'
import path from 'node:path'
import ExcelJS from 'exceljs'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeExemplar, makeUnit, makeUser, PASSWORD, uniq } from '../helpers/fixtures'
import { testPayload } from '../helpers/payload'
import { pdfText } from '../helpers/pdfText'
import { login, rest } from '../helpers/rest'

let payload: Payload
const u: Record<string, number> = {}
let fieldId: number
let officerToken: string
let organizerToken: string

beforeAll(async () => {
  payload = await testPayload()
  const district = await makeUnit(payload, { name: 'Huyện báo cáo', kind: 'district' })
  const commune = await makeUnit(payload, { name: 'Xã báo cáo', kind: 'commune', parent: district.id })
  const other = await makeUnit(payload, { name: 'Xã khác', kind: 'commune' })
  Object.assign(u, { district: district.id, commune: commune.id, other: other.id })
  fieldId = (await payload.create({ collection: 'fields', data: { name: 'Lĩnh vực báo cáo', code: uniq('f') }, overrideAccess: true })).id
  // 2024: two recognised in the commune (one discovered that year), one in the district itself; one elsewhere
  await makeExemplar(payload, { unit: commune.id, recognisedYears: [2024], discoveredOn: '2024-03-01', fields: [fieldId] } as never)
  await makeExemplar(payload, { unit: commune.id, recognisedYears: [2023, 2024], discoveredOn: '2023-03-01', fields: [fieldId] } as never)
  await makeExemplar(payload, { unit: district.id, recognisedYears: [2024], discoveredOn: '2024-06-01', fields: [fieldId] } as never)
  await makeExemplar(payload, { unit: other.id, recognisedYears: [2024], discoveredOn: '2024-06-01', fields: [fieldId] } as never)
  await payload.create({
    collection: 'criteriaSets',
    data: { title: 'Tiêu chí 2024', unit: commune.id, field: fieldId, year: 2024, criteria: [{ text: 'Gương mẫu' }] },
    overrideAccess: true,
  })
  await payload.create({
    collection: 'events',
    data: { title: uniq('Tôn vinh '), kind: 'honouring', format: 'inPerson', date: '2024-05-19', unit: commune.id },
    overrideAccess: true,
  })
  officerToken = await login((await makeUser(payload, 'unitOfficer', { unit: commune.id })).email, PASSWORD)
  organizerToken = await login((await makeUser(payload, 'organizer')).email, PASSWORD)
})
afterAll(() => payload.destroy())

const sheetRows = async (mediaId: number, sheet: string) => {
  const media = await payload.findByID({ collection: 'media', id: mediaId, overrideAccess: true })
  const book = new ExcelJS.Workbook()
  await book.xlsx.load(fs.readFileSync(path.resolve('media', media.filename!)) as never)
  const rows: unknown[][] = []
  book.getWorksheet(sheet)!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)))
  return rows
}

describe('annual report', () => {
  it('a unit officer cannot request a report for a unit outside their scope', async () => {
    const res = await rest('POST', '/annualReports', { token: officerToken, json: { year: 2024, unit: u.other } })
    expect(res.status).toBe(403)
  })

  it('is built in the background into an XLSX and a PDF with the year’s figures for the unit’s subtree', async () => {
    const res = await rest('POST', '/annualReports', { token: organizerToken, json: { year: 2024, unit: u.district } })
    expect(res.status).toBe(201)
    const id = res.body.doc.id
    expect(res.body.doc.status).toBe('queued')
    await payload.jobs.run({ queue: 'default', limit: 500 })
    const report = await payload.findByID({ collection: 'annualReports', id, depth: 0, overrideAccess: true })
    expect(report).toMatchObject({ status: 'done', progress: 100, title: 'Báo cáo năm 2024 — Huyện báo cáo' })
    // field row: discovered in 2024 = 2 (commune #1, district #3); recognised in 2024 = 3; the other commune's is excluded
    expect(await sheetRows(Number(report.xlsx), 'Lĩnh vực')).toContainEqual(['Lĩnh vực báo cáo', 2, 3])
    const general = await sheetRows(Number(report.xlsx), 'Tổng hợp')
    expect(general).toContainEqual(['Bộ tiêu chí điển hình ban hành trong năm', 1])
    expect(await sheetRows(Number(report.xlsx), 'Hoạt động')).toContainEqual(['Tôn vinh, biểu dương', 1])
    const pdf = await payload.findByID({ collection: 'media', id: Number(report.pdf), overrideAccess: true })
    const text = await pdfText(fs.readFileSync(path.resolve('media', pdf.filename!)))
    for (const phrase of ['2024', 'Huyện báo cáo', 'Lĩnh vực báo cáo']) expect(text).toContain(phrase)
    expect(pdf.visibility).toBe('private')
  })

  it('the officer reads their own unit’s reports only', async () => {
    await rest('POST', '/annualReports', { token: officerToken, json: { year: 2024, unit: u.commune } })
    const seen = await rest('GET', '/annualReports?limit=50', { token: officerToken })
    expect(seen.body.docs.length).toBeGreaterThan(0)
    expect(
      seen.body.docs.every((r: { unit: { id: number } | number }) => (typeof r.unit === 'object' ? r.unit.id : r.unit) === u.commune),
    ).toBe(true)
  })
})
