'use client'

import Link from 'next/link'
import { useEffect, useRef, useState } from 'react'
import { postJson } from '@/lib/client/api'
import { Notice } from './Notice'

type State = { kind: 'pending' } | { kind: 'ok' } | { kind: 'error'; message: string }

export const VERIFIED_MESSAGE = 'Tài khoản đã được xác thực'

/** Confirms the address with the token from the mail link, once (the token is single-use). */
export function VerifyEmail({ token }: { token: string | null }) {
  const [state, setState] = useState<State>(
    token ? { kind: 'pending' } : { kind: 'error', message: 'Liên kết xác thực thiếu mã. Vui lòng mở lại đúng liên kết trong thư.' },
  )
  const started = useRef(false)

  useEffect(() => {
    if (!token || started.current) return
    started.current = true
    void postJson(`/api/users/verify/${encodeURIComponent(token)}`, undefined, { fallback: 'Không xác thực được tài khoản.' }).then((res) =>
      setState(res.ok ? { kind: 'ok' } : { kind: 'error', message: res.error.message }),
    )
  }, [token])

  if (state.kind === 'pending')
    return (
      <Notice kind="info" focus={false}>
        <p>Đang xác thực tài khoản…</p>
      </Notice>
    )
  if (state.kind === 'ok')
    return (
      <Notice kind="ok">
        <p>{VERIFIED_MESSAGE}. Bạn có thể đăng nhập để gửi tác phẩm dự thi.</p>
        <p>
          <Link href="/tai-khoan/dang-nhap" className="button">
            Đăng nhập
          </Link>
        </p>
      </Notice>
    )
  return (
    <Notice kind="error">
      <p>{state.message}</p>
      <p>
        Nếu bạn đã xác thực trước đó, hãy <Link href="/tai-khoan/dang-nhap">đăng nhập</Link>. Nếu chưa có tài khoản, hãy{' '}
        <Link href="/tai-khoan/dang-ky">đăng ký</Link>.
      </p>
    </Notice>
  )
}
