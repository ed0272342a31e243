import type { Endpoint, PayloadRequest } from 'payload'
import { asUser, hasRole, refId } from '../../access/user'
import { PRIZE_LABELS } from '../../domain/contest/labels'
import type { Prize } from '../../domain/judging/prizes'
import { TIME_ZONE } from '../../domain/time/vietnam'
import { writeAudit } from '../../lib/audit'
import { newPdf, pdfToBuffer } from '../../lib/pdf/document'
import { errorResponse, parseId } from './context'

export interface CertificateData {
  authorName: string
  coAuthors: string[]
  title: string
  prize: string
  contest: string
  date: Date
}

const vnDate = (d: Date) => {
  const parts = new Intl.DateTimeFormat('vi-VN', { timeZone: TIME_ZONE, day: '2-digit', month: '2-digit', year: 'numeric' }).formatToParts(d)
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? ''
  return `ngày ${get('day')} tháng ${get('month')} năm ${get('year')}`
}

/** The certificate itself: A4 landscape, Vietnamese text in Be Vietnam Pro. `compress: false` keeps the text streams readable (tests). */
export async function certificatePdf(data: CertificateData, options: { compress?: boolean } = {}): Promise<Buffer> {
  const doc = newPdf({ size: 'A4', layout: 'landscape', margin: 60, compress: options.compress ?? true, info: { Title: `Giấy chứng nhận — ${data.title}`, Author: 'Gương Sáng', Subject: data.contest } })
  const width = doc.page.width - 120
  doc.lineWidth(3).strokeColor('#b91c1c').rect(30, 30, doc.page.width - 60, doc.page.height - 60).stroke()
  doc.font('bold').fontSize(14).fillColor('#1f2937').text('BAN TỔ CHỨC', 60, 70, { width, align: 'center' })
  doc.font('regular').fontSize(13).text(data.contest, { width, align: 'center' })
  doc.moveDown(1.2)
  doc.font('bold').fontSize(34).fillColor('#b91c1c').text('GIẤY CHỨNG NHẬN', { width, align: 'center' })
  doc.moveDown(0.6)
  doc.font('regular').fontSize(14).fillColor('#1f2937').text('Chứng nhận tác giả', { width, align: 'center' })
  doc.font('bold').fontSize(24).text(data.authorName, { width, align: 'center' })
  if (data.coAuthors.length) doc.font('regular').fontSize(13).text(`cùng đồng tác giả: ${data.coAuthors.join(', ')}`, { width, align: 'center' })
  doc.moveDown(0.5)
  doc.font('regular').fontSize(14).text('có tác phẩm', { width, align: 'center' })
  doc.font('italic').fontSize(18).text(`“${data.title}”`, { width, align: 'center' })
  doc.moveDown(0.5)
  doc.font('regular').fontSize(14).text('đã đạt', { width, align: 'center' })
  doc.font('bold').fontSize(22).fillColor('#b91c1c').text(data.prize.toUpperCase(), { width, align: 'center' })
  doc.moveDown(1.2)
  doc.font('italic').fontSize(12).fillColor('#1f2937').text(vnDate(data.date), { width, align: 'right' })
  return pdfToBuffer(doc)
}

/** Everything the certificate shows, read with overrideAccess once the caller is known to be allowed. */
export async function certificateData(req: PayloadRequest, entryId: number): Promise<{ data: CertificateData; authorId: number; awarded: boolean } | null> {
  const entry = await req.payload.findByID({ collection: 'entries', id: entryId, depth: 0, overrideAccess: true, disableErrors: true, req })
  if (!entry) return null
  const [author, contest] = await Promise.all([
    req.payload.findByID({ collection: 'users', id: Number(refId(entry.author)), depth: 0, overrideAccess: true, req, select: { fullName: true } }),
    req.payload.findByID({ collection: 'contests', id: Number(refId(entry.contest)), depth: 0, overrideAccess: true, req, locale: 'vi' }),
  ])
  const awarded = entry.status === 'awarded' && !!entry.prize && contest.status === 'resultsPublished'
  return {
    authorId: Number(refId(entry.author)),
    awarded,
    data: {
      authorName: author.fullName,
      coAuthors: (entry.coAuthors ?? []).map((c) => c.fullName),
      title: entry.title,
      prize: entry.prize ? PRIZE_LABELS[entry.prize as Prize].vi : '',
      contest: contest.title,
      date: contest.results?.publishedAt ? new Date(contest.results.publishedAt) : new Date(),
    },
  }
}

/** GET /api/entries/:id/certificate — the PDF certificate of an awarded entry, for its author or an organiser. Audited. */
export const entryCertificate: Endpoint = {
  path: '/:id/certificate',
  method: 'get',
  handler: async (req) => {
    const user = asUser(req.user)
    if (!user) return errorResponse(401, 'Bạn cần đăng nhập để tải giấy chứng nhận.')
    const id = parseId(req.routeParams?.id, 'Mã tác phẩm')
    const found = await certificateData(req, id)
    const organiser = hasRole(user, 'admin', 'organizer')
    // the same 404 for "not yours" and "does not exist", so ids cannot be probed
    if (!found || (!organiser && String(found.authorId) !== String(user.id))) return errorResponse(404, 'Không tìm thấy tác phẩm.')
    if (!found.awarded) return errorResponse(400, 'Tác phẩm chưa đạt giải hoặc kết quả chưa công bố, chưa có giấy chứng nhận.')
    const pdf = await certificatePdf(found.data)
    await writeAudit(req, { action: 'judging.certificateIssued', collection: 'entries', docId: id, after: { prize: found.data.prize } })
    return new Response(new Uint8Array(pdf), {
      headers: { 'Content-Type': 'application/pdf', 'Content-Disposition': `attachment; filename="giay-chung-nhan-${id}.pdf"` },
    })
  },
}
