import type { Metadata } from 'next'
import { LoginForm } from '../../../../components/site/account/LoginForm'

export const metadata: Metadata = { title: 'Đăng nhập', robots: { index: false, follow: true } }

export default function LoginPage() {
  return (
    <section className="narrow" aria-labelledby="tieu-de">
      <h1 id="tieu-de">Đăng nhập</h1>
      <p>Đăng nhập bằng tài khoản tác giả để gửi và theo dõi tác phẩm dự thi.</p>
      <LoginForm />
    </section>
  )
}
