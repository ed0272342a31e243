'use client'

import Link from 'next/link'
import { useCallback, useEffect, useState } from 'react'
import { contestOpenAt, formatVnDateTime } from '@/domain/contest/deadline'
import { ENTRY_STATUS_LABELS, PRIZE_LABELS } from '@/domain/contest/labels'
import type { Contest, ContestCategory, Entry, User } from '@/payload-types'
import { Notice } from '../account/Notice'
import { verifyPath } from '@/lib/site/paths'
import { getJson, patchJson } from '@/lib/client/api'

type State = { kind: 'loading' } | { kind: 'guest' } | { kind: 'error'; message: string } | { kind: 'ready'; entries: Entry[] }

const obj = <T,>(v: unknown): T | null => (v && typeof v === 'object' ? (v as T) : null)

/** "Tác phẩm của tôi": the signed-in author's entries, with edit and withdraw while the contest accepts entries. */
export function MyEntries() {
  const [state, setState] = useState<State>({ kind: 'loading' })
  const [notice, setNotice] = useState<{ kind: 'ok' | 'error'; message: string; n: number } | null>(null)
  const [busy, setBusy] = useState<number | null>(null)

  const load = useCallback(async () => {
    const me = await getJson<{ user: User | null }>('/api/users/me')
    if (!me.ok || !me.data.user)
      return setState(me.ok || me.status === 401 || me.status === 403 ? { kind: 'guest' } : { kind: 'error', message: me.error.message })
    const qs = new URLSearchParams({ 'where[author][equals]': String(me.data.user.id), sort: '-updatedAt', limit: '100', depth: '1' })
    const res = await getJson<{ docs: Entry[] }>(`/api/entries?${qs}`)
    setState(res.ok ? { kind: 'ready', entries: res.data.docs } : { kind: 'error', message: res.error.message })
  }, [])

  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- load() sets state only after awaiting the API, not during the effect
    void load()
  }, [load])

  async function withdraw(e: Entry) {
    if (!window.confirm(`Rút tác phẩm "${e.title}"? Tác phẩm đã rút không được chấm và không thể nộp lại.`)) return
    setBusy(e.id)
    const res = await patchJson(`/api/entries/${e.id}`, { status: 'withdrawn' }, { fallback: 'Không rút được tác phẩm.' })
    setBusy(null)
    // n changes with every notice so the same message is announced again
    setNotice((prev) => ({
      kind: res.ok ? 'ok' : 'error',
      message: res.ok ? `Đã rút tác phẩm "${e.title}".` : res.error.message,
      n: (prev?.n ?? 0) + 1,
    }))
    if (res.ok) await load()
  }

  if (state.kind === 'loading') return <p role="status">Đang tải danh sách tác phẩm…</p>
  if (state.kind === 'error') return <Notice kind="error">{state.message}</Notice>
  if (state.kind === 'guest')
    return (
      <p>
        Bạn chưa đăng nhập. <Link href="/tai-khoan/dang-nhap">Đăng nhập</Link> để xem tác phẩm của bạn.
      </p>
    )
  const now = new Date()
  return (
    <>
      {notice ? (
        <Notice key={notice.n} kind={notice.kind}>
          {notice.message}
        </Notice>
      ) : null}
      {state.entries.length === 0 ? (
        <p>
          Bạn chưa có tác phẩm nào. <Link href="/cuoc-thi">Xem các cuộc thi đang nhận tác phẩm</Link>.
        </p>
      ) : (
        <div className="table-scroll">
          <table>
            <caption className="sr-only">Danh sách tác phẩm dự thi của bạn</caption>
            <thead>
              <tr>
                <th scope="col">Mã</th>
                <th scope="col">Tên tác phẩm</th>
                <th scope="col">Cuộc thi, thể loại</th>
                <th scope="col">Trạng thái</th>
                <th scope="col">Thao tác</th>
              </tr>
            </thead>
            <tbody>
              {state.entries.map((e) => {
                const contest = obj<Contest>(e.contest)
                const category = obj<ContestCategory>(e.category)
                const open = contest ? contestOpenAt(contest, now).open : false
                const editable = open && (e.status === 'draft' || e.status === 'submitted')
                return (
                  <tr key={e.id}>
                    <td>{e.code ?? <span className="meta">Chưa có</span>}</td>
                    <th scope="row">{e.title}</th>
                    <td>
                      {contest?.title}
                      {category ? <> · {category.name}</> : null}
                      {contest?.deadline ? <div className="meta">Hạn nộp: {formatVnDateTime(contest.deadline)}</div> : null}
                    </td>
                    <td>
                      <span className="badge">{ENTRY_STATUS_LABELS[e.status]?.vi ?? e.status}</span>
                      {e.submittedAt ? <div className="meta">Nộp lúc {formatVnDateTime(e.submittedAt)}</div> : null}
                      {e.status === 'ineligible' && e.screeningReason ? <div className="meta">Lý do: {e.screeningReason}</div> : null}
                      {e.status === 'awarded' && e.prize ? (
                        <div data-testid="entry-prize">{PRIZE_LABELS[e.prize]?.vi ?? e.prize}</div>
                      ) : null}
                    </td>
                    <td>
                      {e.status === 'awarded' && e.certificateCode ? (
                        <>
                          <a
                            className="button"
                            href={`/api/entries/${e.id}/certificate`}
                            download
                            aria-label={`Tải giấy chứng nhận ${e.title}`}
                          >
                            Tải giấy chứng nhận
                          </a>
                          <div className="meta">
                            Mã xác minh: <Link href={verifyPath(e.certificateCode)}>{e.certificateCode}</Link>
                          </div>
                        </>
                      ) : editable && contest?.slug ? (
                        <>
                          <Link
                            className="button"
                            href={`/cuoc-thi/${encodeURIComponent(contest.slug)}/gui-bai?sua=${e.id}`}
                            aria-label={`Sửa ${e.title}`}
                          >
                            Sửa
                          </Link>{' '}
                          <button
                            type="button"
                            onClick={() => void withdraw(e)}
                            disabled={busy === e.id}
                            aria-busy={busy === e.id || undefined}
                            aria-label={`Rút ${e.title}`}
                          >
                            {busy === e.id ? 'Đang rút…' : 'Rút'}
                          </button>
                        </>
                      ) : (
                        <span className="meta">—</span>
                      )}
                    </td>
                  </tr>
                )
              })}
            </tbody>
          </table>
        </div>
      )}
    </>
  )
}
