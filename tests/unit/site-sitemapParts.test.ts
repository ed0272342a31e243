import { describe, expect, it } from 'vitest'
import {
  checkSitemapFileSize,
  parseSitemapPartName,
  SITEMAP_FILE_IDS,
  SITEMAP_MAX_PAGE,
  SITEMAP_URL_LIMIT,
  sitemapPageOfId,
  sitemapPartIds,
  sitemapPartName,
  sitemapPartPath,
  sitemapPathOfId,
  sitemapParts,
} from '@/domain/site/sitemapParts'

describe('sitemap parts', () => {
  it('lists the pages file, then each kind’s files that hold rows, in order and once each', () => {
    const parts = sitemapParts({ 'dien-hinh': [3, 1, 3], 'bai-viet': [1, 2, 26], 'don-vi': [] })
    expect(parts.map(sitemapPartName)).toEqual([
      'trang-1.xml.gz',
      'dien-hinh-1.xml.gz',
      'dien-hinh-3.xml.gz',
      'bai-viet-1.xml.gz',
      'bai-viet-2.xml.gz',
      'bai-viet-26.xml.gz',
    ])
    expect(sitemapParts({ 'dien-hinh': [0, -1, 1.5], 'bai-viet': [], 'don-vi': [] }).map(sitemapPartName)).toEqual(['trang-1.xml.gz'])
  })

  it('cuts ids into ranges of a fixed size, well within the protocol’s 50,000 URLs per file', () => {
    expect(SITEMAP_FILE_IDS).toBeLessThanOrEqual(SITEMAP_URL_LIMIT)
    expect(sitemapPartIds(1)).toEqual({ fromId: 1, toId: SITEMAP_FILE_IDS })
    expect(sitemapPartIds(3, 10)).toEqual({ fromId: 21, toId: 30 })
    for (const id of [1, 9, 10, 11, 20, 21, 12345]) {
      const { fromId, toId } = sitemapPartIds(sitemapPageOfId(id, 10), 10)
      expect(id, String(id)).toBeGreaterThanOrEqual(fromId)
      expect(id, String(id)).toBeLessThanOrEqual(toId)
    }
    expect(sitemapPageOfId(10, 10)).toBe(1)
    expect(sitemapPageOfId(11, 10)).toBe(2)
  })

  it('refuses a range size that is not a positive integer or exceeds the protocol limit', () => {
    for (const size of [0, -1, 1.5, SITEMAP_URL_LIMIT + 1]) {
      expect(() => sitemapPartIds(1, size), String(size)).toThrow(RangeError)
      expect(() => sitemapPageOfId(1, size), String(size)).toThrow(RangeError)
      expect(() => checkSitemapFileSize(size), String(size)).toThrow(RangeError)
    }
    for (const size of [1, SITEMAP_FILE_IDS, SITEMAP_URL_LIMIT]) expect(() => checkSitemapFileSize(size)).not.toThrow()
  })

  it('reads a file name back, and refuses names it never writes', () => {
    expect(parseSitemapPartName('bai-viet-2.xml.gz')).toEqual({ kind: 'bai-viet', page: 2 })
    expect(parseSitemapPartName('don-vi-1.xml.gz')).toEqual({ kind: 'don-vi', page: 1 })
    expect(parseSitemapPartName(`dien-hinh-${SITEMAP_MAX_PAGE}.xml.gz`)).toEqual({ kind: 'dien-hinh', page: SITEMAP_MAX_PAGE })
    for (const bad of [
      'bai-viet-0.xml.gz',
      'bai-viet-01.xml.gz',
      'bai-viet.xml.gz',
      'khac-1.xml.gz',
      'bai-viet-1.txt',
      '../trang-1.xml.gz',
      'trang-99999999.xml.gz',
      'trang-2.xml.gz',
      `bai-viet-${SITEMAP_MAX_PAGE + 1}.xml.gz`,
      // the uncompressed names the index listed before, and names it never writes
      'bai-viet-1.xml',
      'bai-viet-1.xml.gz.gz',
      'bai-viet-1.gz',
    ])
      expect(parseSitemapPartName(bad), bad).toBeNull()
  })

  it('names the file that lists a record, the one a change to it must refresh', () => {
    expect(sitemapPartPath({ kind: 'trang', page: 1 })).toBe('/sitemap/trang-1.xml.gz')
    expect(sitemapPathOfId('bai-viet', 1)).toBe('/sitemap/bai-viet-1.xml.gz')
    expect(sitemapPathOfId('bai-viet', SITEMAP_FILE_IDS)).toBe('/sitemap/bai-viet-1.xml.gz')
    expect(sitemapPathOfId('bai-viet', SITEMAP_FILE_IDS + 1)).toBe('/sitemap/bai-viet-2.xml.gz')
    expect(sitemapPathOfId('don-vi', 7, 3)).toBe('/sitemap/don-vi-3.xml.gz')
    for (const id of [1, 1999, 2000, 2001, 123_456]) {
      const part = parseSitemapPartName(sitemapPathOfId('dien-hinh', id).split('/').pop()!)
      expect(part && sitemapPartIds(part.page)).toSatisfy(
        (r: { fromId: number; toId: number } | null) => !!r && r.fromId <= id && id <= r.toId,
      )
    }
  })
})
