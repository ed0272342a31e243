'use client'

import Link from 'next/link'
import { useState } from 'react'
import { postJson } from '@/lib/client/api'
import { EmailField } from './AccountFields'
import { emailProblem, formText } from './form'
import { FormError } from './FormError'
import { Notice } from './Notice'
import { SubmitButton } from './SubmitButton'
import { useFormSubmit } from './useFormSubmit'

export function ForgotPasswordForm() {
  const [done, setDone] = useState(false)
  const { sending, error, attempt, onSubmit } = useFormSubmit({
    read: (form) => ({ email: formText(form, 'email') }),
    check: ({ email }) => {
      const message = emailProblem(email)
      return message ? { message, fields: { email: message } } : null
    },
    send: (values) => postJson('/api/users/forgot-password', values, { fallback: 'Không gửi được yêu cầu. Vui lòng thử lại.' }),
    onSuccess: () => setDone(true),
  })

  if (done)
    return (
      <Notice kind="ok">
        <p>
          Nếu địa chỉ này đã đăng ký tài khoản, chúng tôi đã gửi thư hướng dẫn đặt lại mật khẩu. Vui lòng kiểm tra hộp thư (kể cả mục thư
          rác). Liên kết có hiệu lực trong 1 giờ.
        </p>
        <p>
          <Link href="/tai-khoan/dang-nhap">Quay lại trang đăng nhập</Link>
        </p>
      </Notice>
    )

  return (
    <form className="stack" method="post" noValidate onSubmit={onSubmit}>
      <FormError error={error} attempt={attempt} />
      <EmailField hint="Địa chỉ bạn đã dùng khi đăng ký." error={error?.fields.email} />
      <SubmitButton sending={sending} label="Gửi liên kết đặt lại mật khẩu" busyLabel="Đang gửi…" />
      <p>
        <Link href="/tai-khoan/dang-nhap">Quay lại trang đăng nhập</Link>
      </p>
    </form>
  )
}
