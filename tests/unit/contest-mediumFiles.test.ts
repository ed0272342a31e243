import { describe, expect, it } from 'vitest'
import { checkMediumFiles } from '../../src/domain/contest/mediumFiles'

const f = (mimeType: string, filename = 'tep') => ({ mimeType, filename })
const pdf = f('application/pdf', 'bai.pdf')
const docx = f('application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'bai.docx')
const mp3 = f('audio/mpeg', 'phong-su.mp3')
const m4a = f('audio/x-m4a', 'phong-su.m4a')
const wav = f('audio/wav', 'phong-su.wav')
const mp4 = f('video/mp4', 'phong-su.mp4')
const png = f('image/png', 'anh.png')
const jpg = f('image/jpeg', 'anh.jpg')

describe('checkMediumFiles when submitting', () => {
  it.each([
    ['print', [pdf], false, true],
    ['print', [docx], false, true],
    ['print', [], true, true],
    ['print', [], false, false],
    ['print', [png], false, false],
    ['online', [pdf, docx], false, true],
    ['online', [mp4], true, false],
    ['radio', [mp3], false, true],
    ['radio', [m4a, wav], false, true],
    ['radio', [], true, false],
    ['radio', [pdf], false, false],
    ['tv', [mp4], false, true],
    ['tv', [mp3], false, false],
    ['photo', [png], false, true],
    ['photo', Array(10).fill(jpg), false, true],
    ['photo', Array(11).fill(jpg), false, false],
    ['photo', [], true, false],
    ['photo', [png, pdf], false, false],
  ] as const)('%s with %j (body %s) → %s', (medium, files, hasBody, ok) =>
    expect(checkMediumFiles({ medium, files: files as never, hasBody, submitting: true }).ok).toBe(ok),
  )
})

describe('drafts', () => {
  it('may have no file yet, but never a file of the wrong kind', () => {
    expect(checkMediumFiles({ medium: 'tv', files: [], hasBody: false, submitting: false }).ok).toBe(true)
    expect(checkMediumFiles({ medium: 'print', files: [png], hasBody: false, submitting: false })).toEqual({
      ok: false,
      message: 'Tệp "anh.png" không đúng loại: thể loại này nhận tệp PDF hoặc DOCX, hoặc dán nội dung bài viết.',
    })
  })
})
