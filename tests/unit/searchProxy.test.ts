import { NextRequest } from 'next/server'
import { unstable_doesMiddlewareMatch } from 'next/experimental/testing/server'
import { describe, expect, it } from 'vitest'
import { config as proxyConfig, proxy } from '../../src/proxy'

const rewriteOf = (url: string) => proxy(new NextRequest(url)).headers.get('x-middleware-rewrite')

describe('search address', () => {
  it('a search keeps its address and is rendered by the cached results route of its words and page', () => {
    expect(rewriteOf('http://localhost:3000/tim-kiem?q=n%C3%B4ng+d%C3%A2n&trang=2')).toBe(
      `http://localhost:3000/tim-kiem/ket-qua/2/${encodeURIComponent('nông dân')}`,
    )
    expect(rewriteOf('http://localhost:3000/tim-kiem?q=Nguy%E1%BB%85n%20%20Th%E1%BB%8B%20Hoa!')).toBe(
      `http://localhost:3000/tim-kiem/ket-qua/1/${encodeURIComponent('Nguyễn Thị Hoa')}`,
    )
  })

  it('the empty form is the search page itself', () => {
    for (const url of ['http://localhost:3000/tim-kiem', 'http://localhost:3000/tim-kiem?q=', 'http://localhost:3000/tim-kiem?q=%25%25'])
      expect(rewriteOf(url), url).toBeNull()
  })

  it('runs on the search page and its results addresses, nowhere else on the site', () => {
    const runsOn = (path: string) => proxyConfig.matcher.some((m) => unstable_doesMiddlewareMatch({ config: { matcher: m }, url: path }))
    expect(runsOn('/tim-kiem')).toBe(true)
    expect(runsOn('/tim-kiem/ket-qua/1/abc')).toBe(true)
    for (const path of ['/', '/dien-hinh', '/bai-viet/abc', '/sitemap.xml']) expect(runsOn(path), path).toBe(false)
  })

  it('a results address typed by hand with words too long for a cache file name gets the "not found" page', () => {
    const long = encodeURIComponent('ữ'.repeat(60))
    expect(rewriteOf(`http://localhost:3000/tim-kiem/ket-qua/1/${long}`)).toBe('http://localhost:3000/tim-kiem/ket-qua/0/-')
    expect(rewriteOf(`http://localhost:3000/tim-kiem/ket-qua/1/${encodeURIComponent('nông dân')}`)).toBeNull()
  })
})
