import type { Metadata } from 'next'
import { ForgotPasswordForm } from '@/components/site/account/ForgotPasswordForm'

export const metadata: Metadata = { title: 'Quên mật khẩu', robots: { index: false, follow: true } }

export default function ForgotPasswordPage() {
  return (
    <section className="narrow" aria-labelledby="tieu-de">
      <h1 id="tieu-de">Quên mật khẩu</h1>
      <p>Nhập địa chỉ thư điện tử của tài khoản, chúng tôi sẽ gửi liên kết để bạn đặt mật khẩu mới.</p>
      <ForgotPasswordForm />
    </section>
  )
}
