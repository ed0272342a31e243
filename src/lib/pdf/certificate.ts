import QRCode from 'qrcode'
import { newPdf, pdfToBuffer } from './document'
import { vnDay } from '../../domain/time/vietnam'

export interface CertificateData {
  authorName: string
  coAuthors: string[]
  title: string
  prize: string
  contest: string
  date: Date
  /** printed under the QR code; the QR code holds `verifyUrl` */
  verificationCode: string
  verifyUrl: string
}

/** "ngày 20 tháng 11 năm 2025", the day in Vietnam, as a certificate writes its date. */
const vnDate = (d: Date) => {
  const [year, month, day] = vnDay(d).split('-')
  return `ngày ${day} tháng ${month} năm ${year}`
}

/** The certificate: A4 landscape, Vietnamese text in Be Vietnam Pro, a QR code and the code to verify it on the site. */
export async function certificatePdf(data: CertificateData): Promise<Buffer> {
  const doc = newPdf({
    size: 'A4',
    layout: 'landscape',
    margin: 60,
    info: { Title: `Giấy chứng nhận — ${data.title}`, Author: 'Gương Sáng', Subject: data.contest },
  })
  const width = doc.page.width - 120
  doc
    .lineWidth(3)
    .strokeColor('#b91c1c')
    .rect(30, 30, doc.page.width - 60, doc.page.height - 60)
    .stroke()
  doc.font('bold').fontSize(14).fillColor('#1f2937').text('BAN TỔ CHỨC', 60, 70, { width, align: 'center' })
  doc.font('regular').fontSize(13).text(data.contest, { width, align: 'center' })
  doc.moveDown(1.2)
  doc.font('bold').fontSize(34).fillColor('#b91c1c').text('GIẤY CHỨNG NHẬN', { width, align: 'center' })
  doc.moveDown(0.6)
  doc.font('regular').fontSize(14).fillColor('#1f2937').text('Chứng nhận tác giả', { width, align: 'center' })
  doc.font('bold').fontSize(24).text(data.authorName, { width, align: 'center' })
  if (data.coAuthors.length)
    doc
      .font('regular')
      .fontSize(13)
      .text(`cùng đồng tác giả: ${data.coAuthors.join(', ')}`, { width, align: 'center' })
  doc.moveDown(0.5)
  doc.font('regular').fontSize(14).text('có tác phẩm', { width, align: 'center' })
  doc.font('italic').fontSize(18).text(`“${data.title}”`, { width, align: 'center' })
  doc.moveDown(0.5)
  doc.font('regular').fontSize(14).text('đã đạt', { width, align: 'center' })
  doc.font('bold').fontSize(22).fillColor('#b91c1c').text(data.prize.toUpperCase(), { width, align: 'center' })
  doc.moveDown(1.2)
  doc.font('italic').fontSize(12).fillColor('#1f2937').text(vnDate(data.date), { width, align: 'right' })

  // bottom left: scan or type the code to check the certificate on the site
  const qr = await QRCode.toBuffer(data.verifyUrl, { type: 'png', errorCorrectionLevel: 'M', margin: 1, width: 240 })
  const size = 78
  const top = doc.page.height - 60 - size - 22
  doc.image(qr, 60, top, { width: size, height: size })
  doc.font('regular').fontSize(9).fillColor('#1f2937')
  doc.text(`Mã xác minh: ${data.verificationCode}`, 60, top + size + 4, { width: 260, lineBreak: false })
  doc.text(`Kiểm tra tại ${data.verifyUrl}`, 60 + size + 10, top + size / 2 - 6, { width: 320 })
  return pdfToBuffer(doc)
}
