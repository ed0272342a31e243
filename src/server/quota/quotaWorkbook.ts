import type { PayloadRequest } from 'payload'
import { isOrganizer } from '../../access/user'
import { COUNTING_RULES } from '../../domain/quota/rules'
import { UNIT_KIND_LABELS } from '../../domain/units/kinds'
import { quotaView, type QuotaFilters } from '../../lib/quota/quotaView'
import { formatDate } from '../../lib/site/format'
import { addTableSheet, newWorkbook } from '@/lib/workbook'

export { XLSX } from '@/lib/workbook'

/** The quota dashboard's table (within the caller's scope) as an XLSX workbook; the year's totals for organizers. */
export async function quotaWorkbook(req: PayloadRequest, filters: QuotaFilters): Promise<{ buffer: ArrayBuffer; filename: string }> {
  const view = await quotaView(req, filters)
  const book = newWorkbook()
  const sheet = addTableSheet(book, `Chỉ tiêu ${filters.year}`, [
    { header: 'Đơn vị', key: 'unit', width: 42 },
    { header: 'Loại', key: 'kind', width: 24 },
    { header: 'Huyện, thành phố', key: 'district', width: 30 },
    { header: 'Hiệu lực', key: 'validity', width: 26 },
    { header: 'Cách tính', key: 'rule', width: 50 },
    { header: 'Chỉ tiêu', key: 'target', width: 10 },
    { header: 'Đạt', key: 'achieved', width: 10 },
    { header: 'Thiếu', key: 'shortfall', width: 10 },
  ])
  for (const r of view.rows) {
    for (const line of r.lines) {
      const row = sheet.addRow({
        unit: r.unit.name,
        kind: UNIT_KIND_LABELS[r.unit.kind].vi,
        district: r.district?.name ?? '',
        validity: `${formatDate(r.unit.validFrom)} – ${r.unit.validTo ? formatDate(r.unit.validTo) : 'nay'}`,
        rule: COUNTING_RULES[line.rule].vi,
        target: line.target,
        achieved: line.achieved,
        shortfall: line.shortfall,
      })
      if (line.shortfall) row.getCell('shortfall').font = { bold: true, color: { argb: 'FFB91C1C' } }
    }
  }
  // the year's headline figures cover the whole scope: shown to those who see the whole scope
  if (isOrganizer(req.user)) {
    const totals = addTableSheet(book, 'Tổng hợp', [
      { header: 'Nội dung', key: 'label', width: 70 },
      { header: 'Số lượng', key: 'value', width: 12 },
    ])
    totals.addRow({ label: 'Điển hình được công nhận trong năm', value: view.figures.recognised })
    totals.addRow({ label: 'Trong đó: cấp tỉnh, đề nghị Trung ương, toàn quốc (vào ấn phẩm điện tử)', value: view.figures.inPublication })
  }
  const buffer = await book.xlsx.writeBuffer()
  return { buffer: buffer as ArrayBuffer, filename: `chi-tieu-${filters.year}.xlsx` }
}
