'use client'

import Link from 'next/link'
import { useRouter } from 'next/navigation'
import { postJson } from '@/lib/client/api'
import { EmailField } from './AccountFields'
import { Field } from './Field'
import { emailProblem, formText } from './form'
import { FormError } from './FormError'
import { SubmitButton } from './SubmitButton'
import { useFormSubmit } from './useFormSubmit'

/** Signs in, then goes to `returnTo` (a checked local path) or to the account page. */
export function LoginForm({ returnTo }: { returnTo?: string | null }) {
  const router = useRouter()
  const { sending, error, attempt, onSubmit } = useFormSubmit({
    read: (form) => ({ email: formText(form, 'email'), password: form.get('password') }),
    check: ({ email, password }) => {
      const fields: Record<string, string> = {}
      const badEmail = emailProblem(email)
      if (badEmail) fields.email = badEmail
      if (typeof password !== 'string' || !password) fields.password = 'Vui lòng nhập mật khẩu.'
      return Object.keys(fields).length ? { message: 'Vui lòng nhập thư điện tử và mật khẩu.', fields } : null
    },
    send: (values) => postJson('/api/users/login', values, { fallback: 'Không đăng nhập được. Vui lòng thử lại.' }),
    onSuccess: () => {
      router.replace(returnTo || '/tai-khoan')
      router.refresh()
    },
  })

  const err = error?.fields ?? {}
  return (
    <form className="stack" method="post" noValidate onSubmit={onSubmit}>
      <FormError error={error} attempt={attempt} />
      <EmailField error={err.email} />
      <Field label="Mật khẩu" name="password" type="password" autoComplete="current-password" required error={err.password} />
      <SubmitButton sending={sending} label="Đăng nhập" busyLabel="Đang đăng nhập…" />
      <p>
        <Link href="/tai-khoan/quen-mat-khau">Quên mật khẩu?</Link>
      </p>
      <p>
        Chưa có tài khoản? <Link href="/tai-khoan/dang-ky">Đăng ký tài khoản tác giả</Link>
      </p>
    </form>
  )
}
