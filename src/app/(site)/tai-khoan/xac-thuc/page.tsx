import type { Metadata } from 'next'
import { VerifyEmail } from '@/components/site/account/VerifyEmail'
import { firstParam, type SearchParams } from '@/lib/site/params'

export const metadata: Metadata = { title: 'Xác thực tài khoản', robots: { index: false, follow: false } }

export default async function VerifyPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const token = firstParam((await searchParams).token)?.trim() || null
  return (
    <section className="narrow" aria-labelledby="tieu-de">
      <h1 id="tieu-de">Xác thực tài khoản</h1>
      <VerifyEmail token={token} />
    </section>
  )
}
