import type { Metadata } from 'next'
import { LoginForm } from '@/components/site/account/LoginForm'
import type { SearchParams } from '@/lib/site/params'
import { RETURN_PARAM, safeReturnPath } from '@/lib/site/returnPath'

export const metadata: Metadata = { title: 'Đăng nhập', robots: { index: false, follow: true } }

/** /tai-khoan/dang-nhap?quay-lai=/cuoc-thi/…/gui-bai returns there after signing in (local paths only). */
export default async function LoginPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const returnTo = safeReturnPath((await searchParams)[RETURN_PARAM])
  return (
    <section className="narrow" aria-labelledby="tieu-de">
      <h1 id="tieu-de">Đăng nhập</h1>
      <p>Đăng nhập bằng tài khoản tác giả để gửi và theo dõi tác phẩm dự thi.</p>
      <LoginForm returnTo={returnTo} />
    </section>
  )
}
