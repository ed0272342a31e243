import ExcelJS from 'exceljs'
import type { AnnualReport } from '../../domain/report/annualReport'
import { newPdf, pdfToBuffer } from '../pdf/document'

const EVENT_KINDS: Record<string, string> = {
  exchange: 'Giao lưu',
  honouring: 'Tôn vinh, biểu dương',
  talk: 'Tọa đàm',
  training: 'Tập huấn',
}

/** The sections of the report as titled tables: one source for both the workbook and the PDF. */
export function reportTables(r: AnnualReport): { sheet: string; title: string; header: string[]; rows: (string | number)[][] }[] {
  return [
    {
      sheet: 'Tổng hợp',
      title: 'Tổng hợp chung',
      header: ['Nội dung', 'Số lượng'],
      rows: [
        ['Điển hình được công nhận trong năm', r.figures.recognised],
        ['Trong đó: cấp tỉnh, đề nghị Trung ương, toàn quốc (vào ấn phẩm điện tử)', r.figures.inPublication],
        ['Bộ tiêu chí điển hình ban hành trong năm', r.criteriaIssued],
        ['Lượt bồi dưỡng, hỗ trợ nhân tố mới', r.nurtured],
        ['Quyết định trong năm: đề nghị cấp tỉnh', r.forwarded.toProvince],
        ['Quyết định trong năm: công nhận điển hình cấp tỉnh', r.forwarded.provincial],
        ['Quyết định trong năm: giới thiệu về Trung ương', r.forwarded.toCentral],
        ['Quyết định trong năm: điển hình toàn quốc', r.forwarded.national],
        ['Đoàn kiểm tra, giám sát', r.inspections.total],
        ['Kiến nghị kiểm tra đã khắc phục xong', r.inspections.followedUp],
        ['Dự toán kinh phí (đồng)', r.budgetTotal],
      ],
    },
    {
      sheet: 'Lĩnh vực',
      title: 'Điển hình theo lĩnh vực',
      header: ['Lĩnh vực', 'Phát hiện trong năm', 'Được công nhận trong năm'],
      rows: r.perField.map((f) => [f.field, f.discovered, f.recognised]),
    },
    {
      sheet: 'Tin bài',
      title: 'Tin, bài theo cơ quan báo chí và chuyên mục',
      header: ['Cơ quan', 'Chuyên mục', 'Số bài'],
      rows: r.articles.map((a) => [a.outlet, a.column, a.count]),
    },
    {
      sheet: 'Hoạt động',
      title: 'Giao lưu, tôn vinh, tọa đàm, tập huấn',
      header: ['Hình thức', 'Số hoạt động'],
      rows: r.events.map((e) => [EVENT_KINDS[e.kind] ?? e.kind, e.count]),
    },
    {
      sheet: 'Cuộc thi',
      title: 'Cuộc thi viết, làm phóng sự',
      header: ['Cuộc thi', 'Tác phẩm dự thi', 'Đạt giải'],
      rows: r.contest.map((c) => [c.contest, c.entries, c.awarded]),
    },
    {
      sheet: 'Khen thưởng',
      title: 'Khen thưởng',
      header: ['Hình thức', 'Đề nghị', 'Được duyệt'],
      rows: r.commendations.map((c) => [c.form, c.proposed, c.approved]),
    },
  ]
}

export async function annualReportXlsx(r: AnnualReport, scopeName: string): Promise<Buffer> {
  const book = new ExcelJS.Workbook()
  book.creator = 'Gương Sáng'
  for (const table of reportTables(r)) {
    const sheet = book.addWorksheet(table.sheet)
    sheet.addRow([`${table.title} — ${scopeName} — năm ${r.year}`]).font = { bold: true, size: 13 }
    sheet.addRow([])
    sheet.addRow(table.header).font = { bold: true }
    for (const row of table.rows) sheet.addRow(row)
    sheet.columns.forEach((c, i) => (c.width = i === 0 ? 48 : 22))
  }
  return Buffer.from(await book.xlsx.writeBuffer())
}

export async function annualReportPdf(r: AnnualReport, scopeName: string): Promise<Buffer> {
  const doc = newPdf({ info: { Title: `Báo cáo năm ${r.year} — ${scopeName}` } })
  doc.font('bold').fontSize(16).text('BÁO CÁO', { align: 'center' })
  doc
    .fontSize(12)
    .text(`Tình hình triển khai công tác phát hiện, bồi dưỡng, tuyên truyền điển hình tiên tiến năm ${r.year}`, { align: 'center' })
  doc.font('italic').fontSize(11).text(scopeName, { align: 'center' }).moveDown()
  for (const table of reportTables(r)) {
    doc.font('bold').fontSize(12).text(table.title).moveDown(0.3)
    doc.font('regular').fontSize(10)
    if (!table.rows.length) doc.font('italic').text('Không có số liệu trong năm.').font('regular')
    for (const row of table.rows) doc.text(row.map(String).join('  ·  '))
    doc.moveDown()
  }
  return pdfToBuffer(doc)
}
