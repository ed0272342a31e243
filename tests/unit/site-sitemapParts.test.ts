import { describe, expect, it } from 'vitest'
import { parseSitemapPartName, SITEMAP_URL_LIMIT, sitemapPartName, sitemapParts, sitemapPartWindow } from '@/domain/site/sitemapParts'

describe('sitemap parts', () => {
  it('cuts each kind into files of at most 50,000 URLs', () => {
    const parts = sitemapParts({ trang: 40, 'dien-hinh': 20_000, 'bai-viet': 100_001, 'don-vi': 0 })
    expect(parts.map(sitemapPartName)).toEqual(['trang-1.xml', 'dien-hinh-1.xml', 'bai-viet-1.xml', 'bai-viet-2.xml', 'bai-viet-3.xml'])
    expect(SITEMAP_URL_LIMIT).toBe(50_000)
  })

  it('exactly full files need no extra one; the pages file is always there', () => {
    expect(sitemapParts({ trang: 0, 'dien-hinh': 4, 'bai-viet': 2, 'don-vi': 5 }, 2).map(sitemapPartName)).toEqual([
      'trang-1.xml',
      'dien-hinh-1.xml',
      'dien-hinh-2.xml',
      'bai-viet-1.xml',
      'don-vi-1.xml',
      'don-vi-2.xml',
      'don-vi-3.xml',
    ])
    expect(() => sitemapParts({ trang: 1, 'dien-hinh': 1, 'bai-viet': 1, 'don-vi': 1 }, 0)).toThrow(RangeError)
  })

  it('reads a file name back, and refuses names it never writes', () => {
    expect(parseSitemapPartName('bai-viet-2.xml')).toEqual({ kind: 'bai-viet', page: 2 })
    expect(parseSitemapPartName('don-vi-1.xml')).toEqual({ kind: 'don-vi', page: 1 })
    for (const bad of [
      'bai-viet-0.xml',
      'bai-viet-01.xml',
      'bai-viet.xml',
      'khac-1.xml',
      'bai-viet-1.txt',
      '../trang-1.xml',
      'trang-99999999.xml',
    ])
      expect(parseSitemapPartName(bad), bad).toBeNull()
  })

  it('pages the rows of a part', () => {
    expect(sitemapPartWindow(1)).toEqual({ offset: 0, limit: 50_000 })
    expect(sitemapPartWindow(3, 10)).toEqual({ offset: 20, limit: 10 })
  })
})
