'use client'

import Link from 'next/link'
import { useRouter } from 'next/navigation'
import { useEffect, useState } from 'react'
import { ROLE_LABELS, STAFF_ROLES } from '@/domain/roles'
import type { User } from '@/payload-types'
import { getJson, postJson } from '@/lib/client/api'
import { Notice } from './Notice'

type State =
  { kind: 'loading' } | { kind: 'guest'; loggedOut?: boolean } | { kind: 'user'; user: User } | { kind: 'error'; message: string }

/** "Tài khoản của tôi": the signed-in user's profile from /api/users/me, with logout. */
export function AccountView() {
  const router = useRouter()
  const [state, setState] = useState<State>({ kind: 'loading' })
  const [busy, setBusy] = useState(false)
  const [logoutError, setLogoutError] = useState<string | null>(null)

  useEffect(() => {
    let live = true
    void getJson<{ user: User | null }>('/api/users/me').then((res) => {
      if (!live) return
      if (res.ok) setState(res.data.user ? { kind: 'user', user: res.data.user } : { kind: 'guest' })
      else if (res.status === 401 || res.status === 403) setState({ kind: 'guest' })
      else setState({ kind: 'error', message: res.error.message })
    })
    return () => {
      live = false
    }
  }, [])

  async function logout() {
    setBusy(true)
    setLogoutError(null)
    const res = await postJson('/api/users/logout', undefined, { fallback: 'Đăng xuất không thành công.' })
    setBusy(false)
    // 400 means there was no session any more: the visitor is logged out either way.
    if (res.ok || res.status === 400) {
      setState({ kind: 'guest', loggedOut: true })
      router.refresh()
    } else setLogoutError(res.error.message)
  }

  if (state.kind === 'loading') return <p role="status">Đang tải thông tin tài khoản…</p>
  if (state.kind === 'error') return <Notice kind="error">{state.message}</Notice>
  if (state.kind === 'guest')
    return (
      <>
        {state.loggedOut ? <Notice kind="ok">Bạn đã đăng xuất.</Notice> : null}
        <p>Bạn chưa đăng nhập.</p>
        <p>
          <Link href="/tai-khoan/dang-nhap" className="button">
            Đăng nhập
          </Link>
        </p>
        <p>
          Chưa có tài khoản? <Link href="/tai-khoan/dang-ky">Đăng ký tài khoản tác giả</Link>
        </p>
      </>
    )

  const u = state.user
  const rows: [string, string | null | undefined][] = [
    ['Họ và tên', u.fullName],
    ['Bút danh', u.penName],
    ['Thư điện tử', u.email],
    ['Vai trò', ROLE_LABELS[u.role]?.vi ?? u.role],
    ['Cơ quan công tác', u.employer],
    ['Điện thoại', u.phone],
    ['Địa chỉ', u.address],
  ]
  return (
    <>
      <p>
        Xin chào, <strong>{u.penName || u.fullName}</strong>.
      </p>
      <section aria-labelledby="ho-so">
        <h2 id="ho-so">Thông tin cá nhân</h2>
        <dl className="facts">
          {rows.map(([label, value]) => (
            <div key={label} className="fact">
              <dt>{label}</dt>
              <dd className="pre-line">{value || <span className="meta">Chưa cập nhật</span>}</dd>
            </div>
          ))}
        </dl>
      </section>
      <nav aria-labelledby="viec-cua-toi">
        <h2 id="viec-cua-toi">Việc của tôi</h2>
        <ul>
          <li>
            <Link href="/tai-khoan/tac-pham">Tác phẩm của tôi</Link> — theo dõi, sửa, rút tác phẩm dự thi; xem kết quả và tải giấy chứng
            nhận
          </li>
          <li>
            <Link href="/cuoc-thi">Các cuộc thi</Link> — thể lệ và gửi tác phẩm mới
          </li>
          <li>
            <Link href="/gioi-thieu-nguoi-tot">Giới thiệu người tốt, việc tốt</Link>
          </li>
          {STAFF_ROLES.includes(u.role) ? (
            <li>
              {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- /admin is Payload's own root layout: a full load */}
              <a href="/admin">Vào trang quản trị</a>
            </li>
          ) : null}
        </ul>
      </nav>
      {logoutError ? <Notice kind="error">{logoutError}</Notice> : null}
      <button type="button" onClick={logout} disabled={busy} aria-busy={busy || undefined}>
        {busy ? 'Đang đăng xuất…' : 'Đăng xuất'}
      </button>
    </>
  )
}
