import { describe, expect, it } from 'vitest'
import { CACHED_QUERY_MAX_BYTES, SEARCH_MAX_PAGE, searchPageNumber, searchResultsPath } from '@/domain/search/searchResultsPath'

describe('search results path', () => {
  it('keys a search by its normalised words and page, so spellings of the same words share one rendering', () => {
    const a = searchResultsPath('  Nguyễn   Thị Hoa! ', null)
    expect(a).toBe(`/tim-kiem/ket-qua/1/${encodeURIComponent('Nguyễn Thị Hoa')}`)
    expect(searchResultsPath('Nguye\u0302\u0303n Thị Hoa', '1')).toBe(a)
    expect(searchResultsPath('nông dân', '3')).toBe(`/tim-kiem/ket-qua/3/${encodeURIComponent('nông dân')}`)
  })

  it('has no results path without words; a single letter still goes to the results page, which asks for more', () => {
    for (const q of [null, undefined, '', '   ', '%%%']) expect(searchResultsPath(q, '2'), String(q)).toBeNull()
    expect(searchResultsPath('a', null)).toBe('/tim-kiem/ket-qua/1/a')
  })

  it('reads the page number leniently: malformed is the first page, too deep is the last offered', () => {
    expect(searchPageNumber(undefined)).toBe(1)
    for (const raw of ['0', '-2', 'abc', '1.5', '', ' ']) expect(searchPageNumber(raw), raw).toBe(1)
    expect(searchPageNumber(' 7 ')).toBe(7)
    expect(searchPageNumber('9999999')).toBe(SEARCH_MAX_PAGE)
  })

  it('encodes characters that would break a path segment', () => {
    const path = searchResultsPath("bà/ba ?# O'Neil", null)!
    expect(path.split('/')).toHaveLength(5)
    expect(decodeURIComponent(path.split('/')[4])).toBe("bà ba O'Neil")
  })

  it('words too long to name a cache file are left to the search page itself', () => {
    // 50 letters of three bytes each in UTF-8: 150 bytes, the most a cached page takes
    expect(searchResultsPath('ữ'.repeat(50), null)).toBe(`/tim-kiem/ket-qua/1/${encodeURIComponent('ữ'.repeat(50))}`)
    expect(Buffer.byteLength('ữ'.repeat(50))).toBe(CACHED_QUERY_MAX_BYTES)
    expect(searchResultsPath('ữ'.repeat(51), null)).toBeNull()
    expect(searchResultsPath('a'.repeat(100), null)).not.toBeNull()
  })
})
