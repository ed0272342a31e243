import { describe, expect, it } from 'vitest'
import { checkMedia } from '../../src/domain/media/allowedTypes'

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
