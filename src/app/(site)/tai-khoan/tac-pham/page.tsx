import type { Metadata } from 'next'
import { headers } from 'next/headers'
import { redirect } from 'next/navigation'
import { MyEntries } from '@/components/site/contest/MyEntries'
import { payloadClient } from '@/lib/payload'
import { loginPath } from '@/lib/site/returnPath'

export const metadata: Metadata = { title: 'Tác phẩm của tôi', robots: { index: false, follow: false } }

export default async function MyEntriesPage() {
  // the result mail links here: a signed-out author signs in and comes back
  const payload = await payloadClient()
  const { user } = await payload.auth({ headers: await headers() })
  if (!user) redirect(loginPath('/tai-khoan/tac-pham'))
  return (
    <section aria-labelledby="tieu-de">
      <h1 id="tieu-de">Tác phẩm của tôi</h1>
      <MyEntries />
    </section>
  )
}
