'use client'

import Link from 'next/link'
import { useRouter } from 'next/navigation'
import { useState } from 'react'
import { postJson, type ApiError } from '@/lib/client/api'
import { NewPasswordField } from './AccountFields'
import { Field } from './Field'
import { MIN_PASSWORD, PASSWORD_TOO_SHORT } from './form'
import { FormError } from './FormError'
import { Notice } from './Notice'
import { SubmitButton } from './SubmitButton'
import { useFormSubmit } from './useFormSubmit'

const NEW_LINK = (
  <p>
    <Link href="/tai-khoan/quen-mat-khau">Yêu cầu liên kết mới</Link>
  </p>
)

function check({ password, confirm }: { password: string; confirm: string }): ApiError | null {
  const fields: Record<string, string> = {}
  if (password.length < MIN_PASSWORD) fields.password = PASSWORD_TOO_SHORT
  else if (password !== confirm) fields.passwordConfirm = 'Hai mật khẩu chưa khớp nhau.'
  return Object.keys(fields).length ? { message: fields.password ?? fields.passwordConfirm, fields } : null
}

export function ResetPasswordForm({ token }: { token: string | null }) {
  const router = useRouter()
  const [done, setDone] = useState(false)
  const { sending, error, attempt, onSubmit } = useFormSubmit({
    read: (form) => ({ password: String(form.get('password') ?? ''), confirm: String(form.get('passwordConfirm') ?? '') }),
    check,
    send: ({ password }) => postJson('/api/users/reset-password', { token, password }, { fallback: 'Không đặt lại được mật khẩu.' }),
    onSuccess: () => {
      setDone(true)
      router.refresh()
    },
  })

  if (!token)
    return (
      <Notice kind="error">
        <p>Liên kết đặt lại mật khẩu thiếu mã xác thực. Vui lòng mở lại đúng liên kết trong thư, hoặc yêu cầu liên kết mới.</p>
        {NEW_LINK}
      </Notice>
    )

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
      <FormError
        error={error}
        attempt={attempt}
        render={(e) => (
          <>
            <p>{e.message}</p>
            {/* a refusal that names no field is most likely about the link: offer a new one */}
            {!Object.keys(e.fields).length ? NEW_LINK : null}
          </>
        )}
      />
      <NewPasswordField label="Mật khẩu mới" error={error?.fields.password} />
      <Field
        label="Nhập lại mật khẩu mới"
        name="passwordConfirm"
        type="password"
        autoComplete="new-password"
        required
        error={error?.fields.passwordConfirm}
      />
      <SubmitButton sending={sending} label="Đặt lại mật khẩu" busyLabel="Đang lưu…" />
    </form>
  )
}
