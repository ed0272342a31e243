import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { buildAnnualReport } from '../../src/domain/report/annualReport'
import { annualReportPdf, annualReportXlsx } from '../../src/server/report/renderAnnualReport'

const report = buildAnnualReport({
  year: 2024,
  unitIds: new Set([1]),
  fields: [{ id: 1, name: 'Giáo dục và đào tạo' }],
  criteriaSets: [{ unit: 1, year: 2024 }],
  exemplars: [{ unit: 1, fields: [1], recognisedYears: [2024], status: 'recognised', discoveredOn: '2024-01-05' }],
  nurturing: [],
  decisions: [],
  articles: [{ outlet: 'Báo Ninh Thuận', column: 'Gương sáng giữa đời thường', day: '2024-02-03' }],
  events: [],
  contestEntries: [],
  commendations: [],
  inspections: [],
  budget: [],
})

describe('annual report files', () => {
  it('writes an XLSX workbook whose sheets hold the figures', async () => {
    const book = new ExcelJS.Workbook()
    await book.xlsx.load((await annualReportXlsx(report, 'Tỉnh Ninh Thuận')) as never)
    const fields = book.getWorksheet('Lĩnh vực')!
    expect(fields.getRow(4).values).toEqual([undefined, 'Giáo dục và đào tạo', 1, 1])
    expect(String(book.getWorksheet('Tổng hợp')!.getRow(1).getCell(1).value)).toContain('Tỉnh Ninh Thuận')
  })
  it('writes a PDF', async () => {
    const pdf = await annualReportPdf(report, 'Tỉnh Ninh Thuận')
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
    expect(pdf.length).toBeGreaterThan(2000)
  })
})
