import { describe, expect, it } from 'vitest'
import { MAX_QUERY_LENGTH, normalizeQuery } from '../../src/domain/search/normalizeQuery'
import { snippet } from '../../src/domain/search/snippet'

describe('normalizeQuery', () => {
  const nfd = 'Nguyễn Thị Hoa'.normalize('NFD')
  it.each([
    ['nguyen thi hoa', { ok: true, text: 'nguyen thi hoa', folded: 'nguyen thi hoa' }],
    ['  Đặng   Văn  Đức ', { ok: true, text: 'Đặng Văn Đức', folded: 'dang van duc' }],
    ['đặng văn đức', { ok: true, text: 'đặng văn đức', folded: 'dang van duc' }],
    [nfd, { ok: true, text: 'Nguyễn Thị Hoa', folded: 'nguyen thi hoa' }],
    ['100% hoa_sen\\', { ok: true, text: '100 hoa sen', folded: '100 hoa sen' }],
    ["O'Neil – Mỹ", { ok: true, text: "O'Neil Mỹ", folded: "o'neil my" }],
    ['', { ok: false, reason: 'empty', text: '' }],
    ['   %%% ', { ok: false, reason: 'empty', text: '' }],
    ['Đ', { ok: false, reason: 'tooShort', text: 'Đ' }],
  ])('%j', (input, expected) => {
    expect(normalizeQuery(input)).toEqual(expected)
  })

  it('ignores non-strings and takes the first of repeated parameters', () => {
    expect(normalizeQuery(undefined)).toEqual({ ok: false, reason: 'empty', text: '' })
    expect(normalizeQuery(42)).toEqual({ ok: false, reason: 'empty', text: '' })
    expect(normalizeQuery(['hoa sen', 'x'])).toMatchObject({ ok: true, text: 'hoa sen' })
  })

  it(`cuts long input to ${MAX_QUERY_LENGTH} characters`, () => {
    const q = normalizeQuery('a'.repeat(500))
    expect(q.ok && q.text.length).toBe(MAX_QUERY_LENGTH)
  })
})

describe('snippet', () => {
  it('marks the words that matched, whatever their diacritics', () => {
    expect(snippet('Chị Nguyễn Thị Hoa nuôi bò giỏi.', 'nguyen thi hoa')).toEqual([
      { text: 'Chị ', match: false },
      { text: 'Nguyễn Thị Hoa', match: true },
      { text: ' nuôi bò giỏi.', match: false },
    ])
    expect(snippet('Anh Đặng Văn Đức', 'dang van duc')).toEqual([
      { text: 'Anh ', match: false },
      { text: 'Đặng Văn Đức', match: true },
    ])
  })
  it('falls back to the longest single word, then to the start of the text', () => {
    expect(snippet('Hợp tác xã Phước Hà', 'xyz phuoc')).toEqual([
      { text: 'Hợp tác xã ', match: false },
      { text: 'Phước', match: true },
      { text: ' Hà', match: false },
    ])
    expect(snippet('Không có gì', 'abc')).toEqual([{ text: 'Không có gì', match: false }])
    expect(snippet(null, 'abc')).toEqual([])
  })
  it('cuts long texts around the match with ellipses', () => {
    const text = `${'mở đầu '.repeat(50)}Nguyễn Thị Hoa${' kết thúc'.repeat(50)}`
    const parts = snippet(text, 'nguyen thi hoa', 60)
    expect(parts[0].text.startsWith('…')).toBe(true)
    expect(parts[1]).toEqual({ text: 'Nguyễn Thị Hoa', match: true })
    expect(parts[2].text.endsWith('…')).toBe(true)
    expect(parts.map((p) => p.text).join('').length).toBeLessThanOrEqual(62)
  })
})
