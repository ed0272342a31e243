import type { Metadata } from 'next'
import { MyEntries } from '../../../../components/site/contest/MyEntries'

export const metadata: Metadata = { title: 'Tác phẩm của tôi', robots: { index: false, follow: false } }

export default function MyEntriesPage() {
  return (
    <section aria-labelledby="tieu-de">
      <h1 id="tieu-de">Tác phẩm của tôi</h1>
      <MyEntries />
    </section>
  )
}
