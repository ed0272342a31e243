/** How much of a PDF's end is read: the cross-reference pointer and the end marker live there. */
export const PDF_TAIL_BYTES = 1024

/**
 * A PDF cut short (an interrupted export or upload) has no `startxref`/`xref` and `%%EOF` near its end. Checked
 * here so the author gets a Vietnamese explanation; Payload refuses such files too, with an English one.
 */
export function pdfTailProblem(tail: Buffer): string | null {
  const text = tail.subarray(Math.max(0, tail.length - PDF_TAIL_BYTES)).toString('latin1')
  if (text.includes('%%EOF') && text.includes('xref')) return null
  return 'Tệp PDF không hoàn chỉnh hoặc bị hỏng (thiếu phần kết thúc tệp). Vui lòng xuất lại tệp PDF rồi tải lên.'
}
