import type { Metadata } from 'next'
import { ResetPasswordForm } from '@/components/site/account/ResetPasswordForm'
import { firstParam, type SearchParams } from '@/lib/site/params'

export const metadata: Metadata = { title: 'Đặt lại mật khẩu', robots: { index: false, follow: false } }

export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const token = firstParam((await searchParams).token)?.trim() || null
  return (
    <section className="narrow" aria-labelledby="tieu-de">
      <h1 id="tieu-de">Đặt lại mật khẩu</h1>
      <ResetPasswordForm token={token} />
    </section>
  )
}
