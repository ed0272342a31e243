'use client'

import Link from 'next/link'
import { useState, type FormEvent } from 'react'
import { postJson, type ApiError } from '@/lib/client/api'
import { formText, looksLikeEmail } from './form'
import { Field } from './Field'
import { Notice } from './Notice'

export function ForgotPasswordForm() {
  const [sending, setSending] = useState(false)
  const [error, setError] = useState<ApiError | null>(null)
  const [attempt, setAttempt] = useState(0)
  const [done, setDone] = useState(false)

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    setAttempt((n) => n + 1)
    const email = formText(new FormData(event.currentTarget), 'email')
    if (!looksLikeEmail(email)) {
      const message = email ? 'Địa chỉ thư điện tử không hợp lệ.' : 'Vui lòng nhập địa chỉ thư điện tử.'
      setError({ message, fields: { email: message } })
      return
    }
    setSending(true)
    setError(null)
    const res = await postJson('/api/users/forgot-password', { email }, { fallback: 'Không gửi được yêu cầu. Vui lòng thử lại.' })
    setSending(false)
    if (res.ok) setDone(true)
    else setError(res.error)
  }

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
      {error ? (
        <Notice key={attempt} kind="error">
          {error.message}
        </Notice>
      ) : null}
      <Field
        label="Thư điện tử"
        name="email"
        type="email"
        inputMode="email"
        autoComplete="email"
        required
        hint="Địa chỉ bạn đã dùng khi đăng ký."
        error={error?.fields.email}
      />
      <button type="submit" disabled={sending} aria-busy={sending || undefined}>
        {sending ? 'Đang gửi…' : 'Gửi liên kết đặt lại mật khẩu'}
      </button>
      <p>
        <Link href="/tai-khoan/dang-nhap">Quay lại trang đăng nhập</Link>
      </p>
    </form>
  )
}
