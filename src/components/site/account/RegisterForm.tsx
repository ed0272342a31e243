'use client'

import Link from 'next/link'
import { useState, type FormEvent } from 'react'
import { postJson, type ApiError } from '@/lib/client/api'
import { formText, looksLikeEmail, MIN_PASSWORD } from './form'
import { Field, RequiredNote } from './Field'
import { Notice } from './Notice'

export const REGISTERED_MESSAGE = 'Đăng ký thành công. Vui lòng kiểm tra hộp thư để xác thực tài khoản.'

function validate(data: Record<string, string | undefined>): ApiError | null {
  const fields: Record<string, string> = {}
  if (!data.fullName) fields.fullName = 'Vui lòng nhập họ và tên.'
  if (!data.email) fields.email = 'Vui lòng nhập địa chỉ thư điện tử.'
  else if (!looksLikeEmail(data.email)) fields.email = 'Địa chỉ thư điện tử không hợp lệ.'
  if (!data.password) fields.password = 'Vui lòng nhập mật khẩu.'
  else if (data.password.length < MIN_PASSWORD) fields.password = `Mật khẩu cần ít nhất ${MIN_PASSWORD} ký tự.`
  const names = Object.keys(fields)
  return names.length ? { message: 'Vui lòng kiểm tra lại các thông tin được đánh dấu.', fields } : null
}

/** Self-registration of a journalist (tác giả); Payload sends the verification mail. */
export function RegisterForm() {
  const [sending, setSending] = useState(false)
  const [error, setError] = useState<ApiError | null>(null)
  const [attempt, setAttempt] = useState(0)
  const [done, setDone] = useState(false)

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    setAttempt((n) => n + 1)
    const form = new FormData(event.currentTarget)
    const password = form.get('password')
    const data = {
      fullName: formText(form, 'fullName'),
      penName: formText(form, 'penName'),
      email: formText(form, 'email'),
      password: typeof password === 'string' && password.length ? password : undefined,
      employer: formText(form, 'employer'),
      phone: formText(form, 'phone'),
      address: formText(form, 'address'),
    }
    const invalid = validate(data)
    if (invalid) {
      setError(invalid)
      return
    }
    setSending(true)
    setError(null)
    const res = await postJson('/api/users', data, { fallback: 'Không đăng ký được tài khoản. Vui lòng thử lại.' })
    setSending(false)
    if (res.ok) setDone(true)
    else setError(res.error)
  }

  if (done)
    return (
      <Notice kind="ok">
        <p>{REGISTERED_MESSAGE}</p>
        <p>
          Sau khi xác thực, bạn có thể <Link href="/tai-khoan/dang-nhap">đăng nhập</Link> để gửi tác phẩm dự thi.
        </p>
      </Notice>
    )

  const err = error?.fields ?? {}
  return (
    <form className="stack" method="post" noValidate onSubmit={onSubmit} aria-describedby="dang-ky-ghi-chu">
      <div id="dang-ky-ghi-chu">
        <RequiredNote />
      </div>
      {error ? (
        <Notice key={attempt} kind="error">
          {error.message}
        </Notice>
      ) : null}
      <fieldset>
        <legend>Thông tin tác giả</legend>
        <Field label="Họ và tên" name="fullName" autoComplete="name" required error={err.fullName} />
        <Field label="Bút danh" name="penName" autoComplete="nickname" hint="Tên ký dưới tác phẩm, nếu có." error={err.penName} />
        <Field label="Cơ quan công tác" name="employer" autoComplete="organization" error={err.employer} />
      </fieldset>
      <fieldset>
        <legend>Tài khoản</legend>
        <Field label="Thư điện tử" name="email" type="email" inputMode="email" autoComplete="email" required error={err.email} />
        <Field
          label="Mật khẩu"
          name="password"
          type="password"
          autoComplete="new-password"
          required
          minLength={MIN_PASSWORD}
          hint={`Ít nhất ${MIN_PASSWORD} ký tự.`}
          error={err.password}
        />
      </fieldset>
      <fieldset>
        <legend>Liên hệ</legend>
        <Field label="Điện thoại" name="phone" type="tel" inputMode="tel" autoComplete="tel" error={err.phone} />
        <Field label="Địa chỉ" name="address" autoComplete="street-address" multiline error={err.address} />
      </fieldset>
      <button type="submit" disabled={sending} aria-busy={sending || undefined}>
        {sending ? 'Đang gửi…' : 'Đăng ký'}
      </button>
      <p>
        Đã có tài khoản? <Link href="/tai-khoan/dang-nhap">Đăng nhập</Link>
      </p>
    </form>
  )
}
