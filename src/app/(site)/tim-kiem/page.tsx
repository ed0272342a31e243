import type { Metadata } from 'next'
import { SearchView } from '@/components/site/search/SearchView'
import { normalizeQuery } from '@/domain/search/normalizeQuery'
import { searchPageNumber } from '@/domain/search/searchResultsPath'
import { firstParam, type SearchParams } from '@/lib/site/params'

/**
 * The empty search form, and the rare search too long to be cached. Every other search (`/tim-kiem?q=…`) is
 * rendered and cached by ket-qua/[trang]/[q], where src/proxy.ts sends it.
 */
export const dynamic = 'force-dynamic'

export async function generateMetadata({ searchParams }: { searchParams: Promise<SearchParams> }): Promise<Metadata> {
  const q = normalizeQuery((await searchParams).q)
  return {
    title: q.ok ? `Tìm kiếm: ${q.text}` : 'Tìm kiếm',
    alternates: { canonical: '/tim-kiem' },
    robots: q.text ? { index: false, follow: true } : undefined,
  }
}

export default async function SearchPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const sp = await searchParams
  return <SearchView words={firstParam(sp.q) ?? ''} page={searchPageNumber(firstParam(sp.trang))} />
}
