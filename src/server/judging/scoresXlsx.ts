import type { PayloadRequest } from 'payload'
import { refId } from '../../access/user'
import { ROUND_LABELS } from '../../domain/contest/labels'
import { excelVnDateTime, VN_EXCEL_DATE_TIME } from '../../lib/excelTime'
import { addTableSheet, newWorkbook } from '@/lib/workbook'
import { contestCategoriesOf } from './contestCategories'
import { loadContest, ROUNDS, rubricOf } from './context'
import { leaderboard } from './leaderboard'

export { XLSX } from '@/lib/workbook'

/**
 * Every score sheet of the contest (one row per sheet, one column per
 * criterion of the round's rubric), one sheet per round, plus the leaderboard of each round, as an XLSX workbook.
 * Sheets run by entry code; an entry's judges are listed by name (given name first, the database's `nameSort`).
 */
export async function scoresWorkbook(req: PayloadRequest, input: { contest: unknown }): Promise<{ buffer: ArrayBuffer; filename: string }> {
  const contest = await loadContest(req, input.contest)
  const [scores, categories] = await Promise.all([
    req.payload.find({
      collection: 'scores',
      where: { 'entry.contest': { equals: contest.id } },
      depth: 1,
      limit: 0,
      pagination: false,
      overrideAccess: true,
      req,
      sort: ['entry.code', 'judge.nameSort', 'id'],
      populate: { entries: { code: true, title: true, category: true }, users: { fullName: true, email: true } },
    }),
    contestCategoriesOf(req, contest.id),
  ])
  const categoryName = new Map(categories.docs.map((c) => [c.id, c.name]))
  const book = newWorkbook()
  for (const round of ROUNDS) {
    const rows = scores.docs.filter((s) => s.round === round)
    const rubric = rubricOf(contest, round)
    if (!rows.length && !rubric.length) continue
    const sheet = addTableSheet(book, `Phiếu chấm ${ROUND_LABELS[round].vi.toLowerCase()}`, [
      { header: 'Mã tác phẩm', key: 'code', width: 18 },
      { header: 'Tên tác phẩm', key: 'title', width: 40 },
      { header: 'Thể loại', key: 'category', width: 24 },
      { header: 'Giám khảo', key: 'judge', width: 28 },
      ...rubric.map((c) => ({ header: `${c.label ?? c.key} (tối đa ${c.maxScore}, ${c.weight}%)`, key: `c_${c.key}`, width: 16 })),
      { header: 'Tổng điểm', key: 'total', width: 12 },
      { header: 'Đã nộp', key: 'locked', width: 10 },
      { header: 'Thời điểm nộp (giờ Việt Nam)', key: 'submittedAt', width: 22, style: { numFmt: VN_EXCEL_DATE_TIME } },
      { header: 'Nhận xét', key: 'comment', width: 40 },
    ])
    for (const s of rows) {
      const entry = typeof s.entry === 'object' ? s.entry : null
      const judge = typeof s.judge === 'object' ? s.judge : null
      const marks = Object.fromEntries((s.criteria ?? []).map((c) => [`c_${c.key}`, c.score]))
      sheet.addRow({
        code: entry?.code ?? '',
        title: entry?.title ?? '',
        category: categoryName.get(Number(refId(entry?.category))) ?? '',
        judge: judge?.fullName ?? judge?.email ?? '',
        ...marks,
        total: s.total ?? null,
        locked: s.locked ? 'Có' : 'Chưa',
        submittedAt: excelVnDateTime(s.submittedAt),
        comment: s.comment ?? '',
      })
    }
    const board = await leaderboard(req, { contest: contest.id, round })
    if (!board.length) continue
    const ranking = addTableSheet(book, `Xếp hạng ${ROUND_LABELS[round].vi.toLowerCase()}`, [
      { header: 'Thể loại', key: 'category', width: 24 },
      { header: 'Hạng', key: 'rank', width: 8 },
      { header: 'Mã tác phẩm', key: 'code', width: 18 },
      { header: 'Tên tác phẩm', key: 'title', width: 40 },
      { header: 'Số phiếu', key: 'n', width: 10 },
      { header: 'Phân công', key: 'assigned', width: 10 },
      { header: 'Điểm trung bình', key: 'rawMean', width: 14 },
      { header: 'Điểm chuẩn hóa (z)', key: 'zMean', width: 16 },
      { header: 'Trung bình bỏ cao nhất, thấp nhất', key: 'trimmedMean', width: 18 },
      { header: 'Chênh lệch lớn', key: 'disagreement', width: 12 },
      { header: 'Thiếu phiếu', key: 'missing', width: 12 },
    ])
    for (const r of board)
      ranking.addRow({
        ...r,
        category: categoryName.get(r.category) ?? '',
        disagreement: r.disagreement ? 'Có' : '',
        missing: r.missing ? 'Có' : '',
      })
  }
  if (!book.worksheets.length) book.addWorksheet('Phiếu chấm').addRow(['Chưa có phiếu chấm nào.'])
  const buffer = await book.xlsx.writeBuffer()
  return { buffer: buffer as ArrayBuffer, filename: `bang-diem-${contest.slug ?? contest.id}.xlsx` }
}
