'use client'

import Link from 'next/link'
import { useRouter } from 'next/navigation'
import { useState, type FormEvent } from 'react'
import { postJson, type ApiError } from '@/lib/client/api'
import { formText, looksLikeEmail } from './form'
import { Field } from './Field'
import { Notice } from './Notice'

/** Signs in, then goes to `returnTo` (a checked local path) or to the account page. */
export function LoginForm({ returnTo }: { returnTo?: string | null }) {
  const router = useRouter()
  const [sending, setSending] = useState(false)
  const [error, setError] = useState<ApiError | null>(null)
  const [attempt, setAttempt] = useState(0)

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    setAttempt((n) => n + 1)
    const form = new FormData(event.currentTarget)
    const email = formText(form, 'email')
    const password = form.get('password')
    const fields: Record<string, string> = {}
    if (!email) fields.email = 'Vui lòng nhập địa chỉ thư điện tử.'
    else if (!looksLikeEmail(email)) fields.email = 'Địa chỉ thư điện tử không hợp lệ.'
    if (typeof password !== 'string' || !password) fields.password = 'Vui lòng nhập mật khẩu.'
    if (Object.keys(fields).length) {
      setError({ message: 'Vui lòng nhập thư điện tử và mật khẩu.', fields })
      return
    }
    setSending(true)
    setError(null)
    const res = await postJson('/api/users/login', { email, password }, { fallback: 'Không đăng nhập được. Vui lòng thử lại.' })
    if (res.ok) {
      router.replace(returnTo || '/tai-khoan')
      router.refresh()
      return
    }
    setSending(false)
    setError(res.error)
  }

  const err = error?.fields ?? {}
  return (
    <form className="stack" method="post" noValidate onSubmit={onSubmit}>
      {error ? (
        <Notice key={attempt} kind="error">
          {error.message}
        </Notice>
      ) : null}
      <Field label="Thư điện tử" name="email" type="email" inputMode="email" autoComplete="email" required error={err.email} />
      <Field label="Mật khẩu" name="password" type="password" autoComplete="current-password" required error={err.password} />
      <button type="submit" disabled={sending} aria-busy={sending || undefined}>
        {sending ? 'Đang đăng nhập…' : 'Đăng nhập'}
      </button>
      <p>
        <Link href="/tai-khoan/quen-mat-khau">Quên mật khẩu?</Link>
      </p>
      <p>
        Chưa có tài khoản? <Link href="/tai-khoan/dang-ky">Đăng ký tài khoản tác giả</Link>
      </p>
    </form>
  )
}
