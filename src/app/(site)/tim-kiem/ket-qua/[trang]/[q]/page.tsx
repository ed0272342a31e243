import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { SearchView } from '@/components/site/search/SearchView'
import { normalizeQuery } from '@/domain/search/normalizeQuery'
import { fitsCacheFileName, searchPageNumber } from '@/domain/search/searchResultsPath'
import { segment } from '@/lib/site/params'

type Props = { params: Promise<{ trang: string; q: string }> }

// One page of results for one query (src/proxy.ts rewrites `/tim-kiem?q=…&trang=…` here). Each is rendered once
// and kept: the same words searched again are served from Next's cache, not rendered and queried again. A change
// to the search index expires them all (src/hooks/searchIndex.ts); the time limit is a second guard.
export const revalidate = 600
export const dynamicParams = true
export const generateStaticParams = async (): Promise<{ trang: string; q: string }[]> => []

async function wordsAndPage(params: Props['params']) {
  const { trang, q } = await params
  const page = searchPageNumber(trang)
  const words = segment(q)
  // only the canonical form is rendered, so one search has one cached copy
  if (String(page) !== trang || !fitsCacheFileName(words)) notFound()
  return { words, page }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const q = normalizeQuery((await wordsAndPage(params)).words)
  return {
    title: q.ok ? `Tìm kiếm: ${q.text}` : 'Tìm kiếm',
    alternates: { canonical: '/tim-kiem' },
    // result pages are endless combinations of words: keep them out of search engines
    robots: { index: false, follow: true },
  }
}

export default async function SearchResultsPage({ params }: Props) {
  const { words, page } = await wordsAndPage(params)
  return <SearchView words={words} page={page} />
}
