'use client'

import Link from 'next/link'
import { useRouter } from 'next/navigation'
import { useState, type FormEvent } from 'react'
import { postJson, type ApiError } from '@/lib/client/api'
import { MIN_PASSWORD } from './form'
import { Field } from './Field'
import { Notice } from './Notice'

export function ResetPasswordForm({ token }: { token: string | null }) {
  const router = useRouter()
  const [sending, setSending] = useState(false)
  const [error, setError] = useState<ApiError | null>(null)
  const [attempt, setAttempt] = useState(0)
  const [done, setDone] = useState(false)

  if (!token)
    return (
      <Notice kind="error">
        <p>Liên kết đặt lại mật khẩu thiếu mã xác thực. Vui lòng mở lại đúng liên kết trong thư, hoặc yêu cầu liên kết mới.</p>
        <p>
          <Link href="/tai-khoan/quen-mat-khau">Yêu cầu liên kết mới</Link>
        </p>
      </Notice>
    )

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    setAttempt((n) => n + 1)
    const form = new FormData(event.currentTarget)
    const password = String(form.get('password') ?? '')
    const confirm = String(form.get('passwordConfirm') ?? '')
    const fields: Record<string, string> = {}
    if (password.length < MIN_PASSWORD) fields.password = `Mật khẩu cần ít nhất ${MIN_PASSWORD} ký tự.`
    else if (password !== confirm) fields.passwordConfirm = 'Hai mật khẩu chưa khớp nhau.'
    if (Object.keys(fields).length) {
      setError({ message: fields.password ?? fields.passwordConfirm, fields })
      return
    }
    setSending(true)
    setError(null)
    const res = await postJson('/api/users/reset-password', { token, password }, { fallback: 'Không đặt lại được mật khẩu.' })
    setSending(false)
    if (res.ok) {
      setDone(true)
      router.refresh()
    } else setError(res.error)
  }

  if (done)
    return (
      <Notice kind="ok">
        <p>Đã đặt lại mật khẩu. Bạn đã được đăng nhập bằng mật khẩu mới.</p>
        <p>
          <Link href="/tai-khoan">Tài khoản của tôi</Link>
        </p>
      </Notice>
    )

  return (
    <form className="stack" method="post" noValidate onSubmit={onSubmit}>
      {error ? (
        <Notice key={attempt} kind="error">
          <p>{error.message}</p>
          {!Object.keys(error.fields).length ? (
            <p>
              <Link href="/tai-khoan/quen-mat-khau">Yêu cầu liên kết mới</Link>
            </p>
          ) : null}
        </Notice>
      ) : null}
      <Field
        label="Mật khẩu mới"
        name="password"
        type="password"
        autoComplete="new-password"
        required
        minLength={MIN_PASSWORD}
        hint={`Ít nhất ${MIN_PASSWORD} ký tự.`}
        error={error?.fields.password}
      />
      <Field
        label="Nhập lại mật khẩu mới"
        name="passwordConfirm"
        type="password"
        autoComplete="new-password"
        required
        error={error?.fields.passwordConfirm}
      />
      <button type="submit" disabled={sending} aria-busy={sending || undefined}>
        {sending ? 'Đang lưu…' : 'Đặt lại mật khẩu'}
      </button>
    </form>
  )
}
