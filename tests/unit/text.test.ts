import { describe, expect, it } from 'vitest'
import { foldVietnamese, nfc } from '../../src/domain/text/normalize'
import { slugify } from '../../src/domain/text/slugify'

describe('Vietnamese text', () => {
  it.each([
    ['Nguyễn Thị Hoa', 'nguyen-thi-hoa'],
    ['Đặng Văn Đức', 'dang-van-duc'],
    ['Gương sáng giữa đời thường', 'guong-sang-giua-doi-thuong'],
    ['  Hội LHPN – xã Phước Đại!  ', 'hoi-lhpn-xa-phuoc-dai'],
  ])('slugify(%s) = %s', (input, expected) => expect(slugify(input)).toBe(expected))

  it('folds NFD input the same as NFC', () => {
    const decomposed = 'Đặng Văn Đức'.normalize('NFD')
    expect(foldVietnamese(decomposed)).toBe('dang van duc')
    expect(nfc(decomposed)).toBe('Đặng Văn Đức')
    expect(nfc(decomposed)).not.toBe(decomposed)
  })
})
