import type { Metadata } from 'next'
import { RegisterForm } from '@/components/site/account/RegisterForm'

export const metadata: Metadata = {
  title: 'Đăng ký tài khoản tác giả',
  description: 'Đăng ký tài khoản để gửi tác phẩm dự thi viết, làm phóng sự về gương điển hình tiên tiến.',
  robots: { index: false, follow: true },
}

export default function RegisterPage() {
  return (
    <section className="narrow" aria-labelledby="tieu-de">
      <h1 id="tieu-de">Đăng ký tài khoản tác giả</h1>
      <p>
        Tài khoản dành cho phóng viên, cộng tác viên và tác giả gửi tác phẩm dự thi. Sau khi đăng ký, bạn sẽ nhận được thư xác thực tại địa
        chỉ thư điện tử đã khai báo.
      </p>
      <RegisterForm />
    </section>
  )
}
