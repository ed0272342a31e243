import type { Metadata } from 'next'
import { SearchView } from '@/components/site/search/SearchView'

export const metadata: Metadata = { title: 'Tìm kiếm', alternates: { canonical: '/tim-kiem' } }

/**
 * The empty search form. A search (`/tim-kiem?q=…`) is rendered by ket-qua/[trang]/[q], where src/proxy.ts sends
 * it, so this page reads no query string and is built once.
 */
export default function SearchPage() {
  return <SearchView />
}
