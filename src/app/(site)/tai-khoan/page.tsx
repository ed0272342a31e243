import type { Metadata } from 'next'
import { AccountView } from '@/components/site/account/AccountView'

export const metadata: Metadata = { title: 'Tài khoản của tôi', robots: { index: false, follow: false } }

export default function AccountPage() {
  return (
    <section className="narrow" aria-labelledby="tieu-de">
      <h1 id="tieu-de">Tài khoản của tôi</h1>
      <AccountView />
    </section>
  )
}
