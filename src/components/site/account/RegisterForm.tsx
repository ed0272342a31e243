'use client'

import Link from 'next/link'
import { useState } from 'react'
import { postJson, type ApiError } from '@/lib/client/api'
import { EmailField, NewPasswordField } from './AccountFields'
import { emailProblem, formText, MIN_PASSWORD, PASSWORD_TOO_SHORT } from './form'
import { Field, RequiredNote } from './Field'
import { FormError } from './FormError'
import { Notice } from './Notice'
import { SubmitButton } from './SubmitButton'
import { useFormSubmit } from './useFormSubmit'

export const REGISTERED_MESSAGE = 'Đăng ký thành công. Vui lòng kiểm tra hộp thư để xác thực tài khoản.'

function read(form: FormData) {
  const password = form.get('password')
  return {
    fullName: formText(form, 'fullName'),
    penName: formText(form, 'penName'),
    email: formText(form, 'email'),
    password: typeof password === 'string' && password.length ? password : undefined,
    employer: formText(form, 'employer'),
    phone: formText(form, 'phone'),
    address: formText(form, 'address'),
  }
}

function check(data: Record<string, string | undefined>): ApiError | null {
  const fields: Record<string, string> = {}
  if (!data.fullName) fields.fullName = 'Vui lòng nhập họ và tên.'
  const badEmail = emailProblem(data.email)
  if (badEmail) fields.email = badEmail
  if (!data.password) fields.password = 'Vui lòng nhập mật khẩu.'
  else if (data.password.length < MIN_PASSWORD) fields.password = PASSWORD_TOO_SHORT
  const names = Object.keys(fields)
  return names.length ? { message: 'Vui lòng kiểm tra lại các thông tin được đánh dấu.', fields } : null
}

/** Self-registration of a journalist (tác giả); Payload sends the verification mail. */
export function RegisterForm() {
  const [done, setDone] = useState(false)
  const { sending, error, attempt, onSubmit } = useFormSubmit({
    read,
    check,
    send: (data) => postJson('/api/users', data, { fallback: 'Không đăng ký được tài khoản. Vui lòng thử lại.' }),
    onSuccess: () => setDone(true),
  })

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
      <FormError error={error} attempt={attempt} />
      <fieldset>
        <legend>Thông tin tác giả</legend>
        <Field label="Họ và tên" name="fullName" autoComplete="name" required error={err.fullName} />
        <Field label="Bút danh" name="penName" autoComplete="nickname" hint="Tên ký dưới tác phẩm, nếu có." error={err.penName} />
        <Field label="Cơ quan công tác" name="employer" autoComplete="organization" error={err.employer} />
      </fieldset>
      <fieldset>
        <legend>Tài khoản</legend>
        <EmailField error={err.email} />
        <NewPasswordField label="Mật khẩu" error={err.password} />
      </fieldset>
      <fieldset>
        <legend>Liên hệ</legend>
        <Field label="Điện thoại" name="phone" type="tel" inputMode="tel" autoComplete="tel" error={err.phone} />
        <Field label="Địa chỉ" name="address" autoComplete="street-address" multiline error={err.address} />
      </fieldset>
      <SubmitButton sending={sending} label="Đăng ký" busyLabel="Đang gửi…" />
      <p>
        Đã có tài khoản? <Link href="/tai-khoan/dang-nhap">Đăng nhập</Link>
      </p>
    </form>
  )
}
