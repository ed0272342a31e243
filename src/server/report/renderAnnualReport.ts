import { EVENT_KIND_LABELS } from '@/domain/exemplars/labels'
import type { AnnualReport } from '@/domain/report/annualReport'
import { newPdf, pdfToBuffer } from '@/lib/pdf/document'
import { newWorkbook } from '@/lib/workbook'

type Cell = string | number

/** A section of the report as a titled table: one source for both the workbook and the PDF. */
interface ReportTable {
  sheet: string
  title: string
  header: string[]
  rows: Cell[][]
}

/** A table with one row per item: the fields named in `headings`, in that order, under those headings. */
function listTable<K extends string, T extends Record<K, Cell>>(
  sheet: string,
  title: string,
  items: T[],
  headings: Record<K, string>,
): ReportTable {
  const fields = Object.keys(headings) as K[]
  return { sheet, title, header: fields.map((f) => headings[f]), rows: items.map((item) => fields.map((f) => item[f])) }
}

export function reportTables(r: AnnualReport): ReportTable[] {
  const events = r.events.map((e) => ({ ...e, kind: EVENT_KIND_LABELS[e.kind as keyof typeof EVENT_KIND_LABELS]?.vi ?? e.kind }))
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
    listTable('Lĩnh vực', 'Điển hình theo lĩnh vực', r.perField, {
      field: 'Lĩnh vực',
      discovered: 'Phát hiện trong năm',
      recognised: 'Được công nhận trong năm',
    }),
    listTable('Tin bài', 'Tin, bài theo cơ quan báo chí và chuyên mục', r.articles, {
      outlet: 'Cơ quan',
      column: 'Chuyên mục',
      count: 'Số bài',
    }),
    listTable('Hoạt động', 'Giao lưu, tôn vinh, tọa đàm, tập huấn', events, { kind: 'Hình thức', count: 'Số hoạt động' }),
    listTable('Cuộc thi', 'Cuộc thi viết, làm phóng sự', r.contest, {
      contest: 'Cuộc thi',
      entries: 'Tác phẩm dự thi',
      awarded: 'Đạt giải',
    }),
    listTable('Khen thưởng', 'Khen thưởng', r.commendations, { form: 'Hình thức', proposed: 'Đề nghị', approved: 'Được duyệt' }),
  ]
}

export async function annualReportXlsx(r: AnnualReport, scopeName: string): Promise<Buffer> {
  const book = newWorkbook()
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
