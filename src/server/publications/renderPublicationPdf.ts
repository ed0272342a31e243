import { plainText } from '@/lib/lexical'
import { newPdf, pdfToBuffer } from '@/lib/pdf/document'
import { formatDate } from '@/lib/site/format'
import { articlePath, siteUrl } from '@/lib/site/paths'
import { EXEMPLAR_STATUS_LABELS, type ExemplarStatus } from '@/domain/exemplars/status'
import type { PublicationInput } from './publicationInput'

const TOC_PER_PAGE = 28
const INK = '#1f2937'
const ACCENT = '#9f1239'

/**
 * The year's book as a PDF: cover, table of contents (clickable, with page numbers), one chapter per exemplar,
 * a page number on every page after the cover, and PDF bookmarks. The table of contents pages are reserved first
 * and filled once the chapters are laid out, so every page number is the real one.
 */
export async function renderPublicationPdf(
  input: PublicationInput,
  opts: { publisher?: string | null; builtAt?: Date; onProgress?: (percent: number) => Promise<void> } = {},
): Promise<Buffer> {
  const doc = newPdf({ bufferPages: true, info: { Title: input.title, Author: opts.publisher ?? 'Gương Sáng', Subject: input.title } })
  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right

  // cover
  doc.fillColor(ACCENT).font('bold').fontSize(14).text('ẤN PHẨM ĐIỆN TỬ', { align: 'center' })
  doc.moveDown(8)
  doc.fillColor(INK).font('bold').fontSize(28).text(input.title, { align: 'center' })
  doc.moveDown(2)
  doc
    .font('regular')
    .fontSize(13)
    .text(`${input.chapters.length} điển hình tiên tiến cấp tỉnh và toàn quốc được công nhận năm ${input.year}`, { align: 'center' })
  if (opts.publisher) doc.moveDown(1).fontSize(12).text(opts.publisher, { align: 'center' })
  doc
    .moveDown(10)
    .font('italic')
    .fontSize(10)
    .text(`Cập nhật ngày ${formatDate(opts.builtAt ?? new Date())}`, { align: 'center' })

  // reserve the table of contents
  const tocPages = Math.max(1, Math.ceil(input.chapters.length / TOC_PER_PAGE))
  const tocStart = 1
  for (let i = 0; i < tocPages; i++) doc.addPage()

  // chapters
  const pageOf = new Map<string, number>()
  for (const [i, c] of input.chapters.entries()) {
    doc.addPage()
    pageOf.set(c.anchor, doc.bufferedPageRange().start + doc.bufferedPageRange().count)
    doc.addNamedDestination(c.anchor)
    doc.outline.addItem(`${c.number}. ${c.exemplar.name}`)
    const e = c.exemplar
    doc
      .fillColor(ACCENT)
      .font('bold')
      .fontSize(11)
      .text(EXEMPLAR_STATUS_LABELS[e.status as ExemplarStatus]?.vi ?? e.status)
    doc.fillColor(INK).font('bold').fontSize(20).text(`${c.number}. ${e.name}`)
    const meta = [e.unitName, e.fieldNames.length ? `Lĩnh vực: ${e.fieldNames.join(', ')}` : null].filter(Boolean).join(' · ')
    if (meta) doc.moveDown(0.3).font('regular').fontSize(11).fillColor('#4b5563').text(meta)
    doc.fillColor(INK)
    if (e.summary) doc.moveDown(0.8).font('italic').fontSize(12).text(e.summary, { align: 'justify' })
    const achievements = plainText(e.achievements)
    if (achievements) {
      doc.moveDown(0.8).font('bold').fontSize(13).text('Thành tích')
      doc.moveDown(0.3).font('regular').fontSize(11.5)
      for (const para of achievements.split('\n').filter(Boolean)) doc.text(para, { align: 'justify', paragraphGap: 4 })
    }
    if (c.article) {
      doc.moveDown(0.8).font('bold').fontSize(13).text('Bài viết tiêu biểu')
      doc
        .moveDown(0.3)
        .font('bold')
        .fontSize(12)
        .fillColor(ACCENT)
        .text(c.article.title, { link: siteUrl(articlePath(c.article.slug)), underline: false })
      doc.fillColor(INK)
      if (c.article.publishedAt)
        doc
          .font('italic')
          .fontSize(10)
          .text(`Đăng ngày ${formatDate(c.article.publishedAt)}`)
      if (c.article.excerpt) doc.moveDown(0.3).font('regular').fontSize(11.5).text(c.article.excerpt, { align: 'justify' })
      doc
        .moveDown(0.3)
        .font('italic')
        .fontSize(10)
        .fillColor('#4b5563')
        .text(`Đọc toàn bài: ${siteUrl(articlePath(c.article.slug))}`, { link: siteUrl(articlePath(c.article.slug)) })
      doc.fillColor(INK)
    }
    if (opts.onProgress && (i % 5 === 4 || i === input.chapters.length - 1))
      await opts.onProgress(Math.round(((i + 1) / input.chapters.length) * 100))
  }

  // table of contents, now that the chapters' pages are known
  for (let p = 0; p < tocPages; p++) {
    doc.switchToPage(tocStart + p)
    let y = doc.page.margins.top
    if (p === 0) {
      doc.fillColor(INK).font('bold').fontSize(20).text('Mục lục', doc.page.margins.left, y)
      y += 40
    }
    for (const c of input.chapters.slice(p * TOC_PER_PAGE, (p + 1) * TOC_PER_PAGE)) {
      const page = String(pageOf.get(c.anchor) ?? '')
      doc.font('regular').fontSize(11.5).fillColor(INK)
      const label = `${c.number}. ${c.exemplar.name}`
      doc.text(label, doc.page.margins.left, y, { width: width - 40, lineBreak: false, ellipsis: true, goTo: c.anchor })
      doc.text(page, doc.page.margins.left + width - 40, y, { width: 40, align: 'right', lineBreak: false, goTo: c.anchor })
      y += 23
    }
  }
  if (!input.chapters.length) {
    doc.switchToPage(tocStart)
    doc
      .font('italic')
      .fontSize(12)
      .text(`Chưa có điển hình cấp tỉnh, toàn quốc được công nhận năm ${input.year}.`, doc.page.margins.left, doc.page.margins.top + 40)
  }

  // page numbers (the cover has none)
  const range = doc.bufferedPageRange()
  for (let i = range.start + 1; i < range.start + range.count; i++) {
    doc.switchToPage(i)
    const bottom = doc.page.margins.bottom
    doc.page.margins.bottom = 0
    doc
      .font('regular')
      .fontSize(9)
      .fillColor('#6b7280')
      .text(`${input.title} — Trang ${i + 1}/${range.count}`, doc.page.margins.left, doc.page.height - 36, {
        width,
        align: 'center',
        lineBreak: false,
      })
    doc.page.margins.bottom = bottom
  }
  return pdfToBuffer(doc)
}
