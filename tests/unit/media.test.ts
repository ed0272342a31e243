import { describe, expect, it } from 'vitest'
import { checkMedia } from '../../src/domain/media/allowedTypes'
import { PDF_TAIL_BYTES, pdfTailProblem } from '../../src/domain/media/pdfIntegrity'
import { storedFileName } from '../../src/domain/media/storedFileName'

describe('checkMedia', () => {
  it.each([
    ['application/pdf', 1000, true],
    ['video/mp4', 900 * 1024 * 1024, true],
    ['image/jpeg', 25 * 1024 * 1024, false],
    ['application/x-msdownload', 10, false],
    [undefined, 10, false],
  ])('%s of %i bytes accepted: %s', (mime, size, ok) => expect(checkMedia(mime, size).ok).toBe(ok))

  it('explains refusals in Vietnamese', () => {
    const r = checkMedia(undefined, 1)
    expect(!r.ok && r.message).toMatch(/Định dạng tệp không được hỗ trợ/)
  })
})

describe('pdfTailProblem', () => {
  const complete = Buffer.from('%PDF-1.4\n1 0 obj\n<<>>\nendobj\nxref\n0 1\ntrailer\n<<>>\nstartxref\n9\n%%EOF\n')

  it('accepts a PDF that ends with its cross-reference and end marker', () => {
    expect(pdfTailProblem(complete)).toBeNull()
    expect(pdfTailProblem(Buffer.concat([Buffer.alloc(5000, 0x41), complete]))).toBeNull()
  })

  it('refuses, in Vietnamese, a PDF cut short or padded past its end marker', () => {
    expect(pdfTailProblem(complete.subarray(0, 30))).toMatch(/Tệp PDF không hoàn chỉnh/)
    expect(pdfTailProblem(Buffer.concat([complete, Buffer.alloc(PDF_TAIL_BYTES, 0x20)]))).toMatch(/không hoàn chỉnh/)
  })
})

describe('storedFileName', () => {
  it('keeps a readable slug of the original name and its extension, with a suffix', () => {
    expect(storedFileName('Bài dự thi – Đỗ Thị Hoa.PDF', 'a1b2c3d4')).toBe('bai-du-thi-do-thi-hoa-a1b2c3d4.pdf')
    expect(storedFileName('ảnh', '00ff00ff')).toBe('anh-00ff00ff')
    expect(storedFileName('.pdf', '12345678')).toBe('pdf-12345678')
  })

  it('gives two uploads of the same name two different names', () => {
    expect(storedFileName('bai-du-thi.pdf')).not.toBe(storedFileName('bai-du-thi.pdf'))
  })
})
