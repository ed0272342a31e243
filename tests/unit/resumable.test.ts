import { describe, expect, it } from 'vitest'
import { declaredMime, resumableUploadProblem, sizeText, wantsResumable } from '../../src/domain/media/resumable'

const GB = 1024 ** 3
const MB = 1024 ** 2

describe('resumable uploads', () => {
  it('read the declared type, or the name’s extension when the type is missing or unknown', () => {
    expect(declaredMime('audio/wav', 'x.bin')).toBe('audio/wav')
    expect(declaredMime('', 'Phóng sự.MP3')).toBe('audio/mpeg')
    expect(declaredMime('application/octet-stream', 'phim.mp4')).toBe('video/mp4')
    expect(declaredMime('text/plain', 'ghi-chu.txt')).toBeNull()
  })

  it('are used for every recording and for large documents, never for photos', () => {
    expect(wantsResumable({ name: 'a.wav', type: 'audio/wav', size: 10 })).toBe(true)
    expect(wantsResumable({ name: 'a.mp4', type: 'video/mp4', size: 10 })).toBe(true)
    expect(wantsResumable({ name: 'a.pdf', type: 'application/pdf', size: 1 * MB })).toBe(false)
    expect(wantsResumable({ name: 'a.pdf', type: 'application/pdf', size: 30 * MB })).toBe(true)
    expect(wantsResumable({ name: 'a.jpg', type: 'image/jpeg', size: 30 * MB })).toBe(false)
  })

  it('are refused up front on type and size, with the limit that applies', () => {
    expect(resumableUploadProblem({ filetype: 'video/mp4', filename: 'a.mp4', size: GB, maxBytes: GB })).toBeNull()
    expect(resumableUploadProblem({ filetype: 'video/mp4', filename: 'a.mp4', size: GB + 1, maxBytes: GB })).toEqual({
      status: 413,
      message: 'Tệp quá lớn: tối đa 1 GB cho loại tệp này.',
    })
    expect(resumableUploadProblem({ filetype: 'video/mp4', filename: 'a.mp4', size: 600 * MB, maxBytes: 500 * MB })?.message).toBe(
      'Tệp quá lớn: tải lên từng phần nhận tệp tối đa 500 MB.',
    )
    expect(resumableUploadProblem({ filetype: 'audio/wav', filename: 'a.wav', size: 250 * MB, maxBytes: GB })?.message).toBe(
      'Tệp quá lớn: tối đa 200 MB cho loại tệp này.',
    )
    expect(resumableUploadProblem({ filetype: 'image/png', filename: 'a.png', size: 10, maxBytes: GB })?.status).toBe(415)
    expect(resumableUploadProblem({ filetype: 'audio/wav', filename: 'a.wav', size: null, maxBytes: GB })?.status).toBe(400)
  })

  it('write sizes the Vietnamese way', () => {
    expect(sizeText(GB)).toBe('1 GB')
    expect(sizeText(1.5 * GB)).toBe('1,5 GB')
    expect(sizeText(5000)).toBe('4,9 KB')
    expect(sizeText(12)).toBe('12 byte')
  })
})
