import path from 'node:path'
import PDFDocument from 'pdfkit'

/** Be Vietnam Pro (full TTF from npm), so every Vietnamese diacritic renders. */
const fontDir = path.resolve('node_modules', '@expo-google-fonts', 'be-vietnam-pro')
export const FONTS = {
  regular: path.join(fontDir, '400Regular', 'BeVietnamPro_400Regular.ttf'),
  bold: path.join(fontDir, '700Bold', 'BeVietnamPro_700Bold.ttf'),
  italic: path.join(fontDir, '400Regular_Italic', 'BeVietnamPro_400Regular_Italic.ttf'),
}

/** A PDF document with the Vietnamese fonts registered as 'regular', 'bold' and 'italic'. */
export function newPdf(options: PDFKit.PDFDocumentOptions = {}): PDFKit.PDFDocument {
  const doc = new PDFDocument({ size: 'A4', margin: 56, ...options })
  doc.registerFont('regular', FONTS.regular)
  doc.registerFont('bold', FONTS.bold)
  doc.registerFont('italic', FONTS.italic)
  doc.font('regular')
  return doc
}

/** Collects a finished document into one buffer. */
export function pdfToBuffer(doc: PDFKit.PDFDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    doc.on('data', (c: Buffer) => chunks.push(c))
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.on('error', reject)
    doc.end()
  })
}
