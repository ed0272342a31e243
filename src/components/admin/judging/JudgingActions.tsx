'use client'
import { useRouter } from 'next/navigation'
import { useState } from 'react'
import { postJson } from '@/lib/client/api'

const FAILED = 'Không thực hiện được.'

/** Organizer actions of the ranking screen: assign, close the round with a shortlist, propose, approve and publish prizes. */
export function JudgingActions({
  contestId,
  round,
  category,
  closed,
  allocated,
  approved,
  published,
}: {
  contestId: number
  round: string
  category: number | null
  closed: boolean
  allocated: boolean
  approved: boolean
  published: boolean
}) {
  const router = useRouter()
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null)
  const [busy, setBusy] = useState(false)
  const [shortlist, setShortlist] = useState(10)

  async function run(path: string, body: unknown, confirm?: string) {
    if (confirm && !window.confirm(confirm)) return
    setBusy(true)
    const res = await postJson<{ message?: string }>(`/api/contests/${contestId}${path}`, body, { fallback: FAILED })
    setBusy(false)
    setMessage(res.ok ? { ok: true, text: res.data.message ?? 'Đã lưu.' } : { ok: false, text: res.error.message })
    if (res.ok) router.refresh()
  }

  const btn = 'btn btn--style-secondary btn--size-small'
  return (
    <div style={{ display: 'grid', gap: '.75rem', marginBlock: '1rem' }}>
      <div style={{ display: 'flex', gap: '.75rem', flexWrap: 'wrap', alignItems: 'center' }}>
        {!closed ? (
          <>
            <button type="button" className={btn} disabled={busy} onClick={() => run('/assign', { round, category })}>
              Phân công giám khảo
            </button>
            {round === 'preliminary' ? (
              <label>
                Số bài vào chung khảo mỗi thể loại{' '}
                <input
                  type="number"
                  min={1}
                  value={shortlist}
                  onChange={(e) => setShortlist(Number(e.target.value))}
                  style={{ width: '5rem' }}
                />
              </label>
            ) : null}
            <button
              type="button"
              className={btn}
              disabled={busy}
              onClick={() =>
                run(
                  '/close-round',
                  { round, shortlist: round === 'preliminary' ? shortlist : undefined, force: true },
                  'Kết thúc vòng chấm? Giám khảo sẽ không nộp phiếu được nữa.',
                )
              }
            >
              Kết thúc vòng
            </button>
          </>
        ) : null}
        {closed && !published ? (
          <button type="button" className={btn} disabled={busy} onClick={() => run('/prizes', { round })}>
            Xét giải (đề xuất)
          </button>
        ) : null}
        {allocated && !approved && !published ? (
          <button type="button" className={btn} disabled={busy} onClick={() => run('/prizes/approve', {}, 'Phê duyệt đề xuất giải?')}>
            Phê duyệt giải
          </button>
        ) : null}
        {approved && !published ? (
          <button
            type="button"
            className="btn btn--style-primary btn--size-small"
            disabled={busy}
            onClick={() => run('/publish', {}, 'Công bố kết quả? Tác giả đạt giải sẽ nhận thư thông báo.')}
          >
            Công bố kết quả
          </button>
        ) : null}
        <a href={`/api/contests/${contestId}/scores.xlsx`}>Tải bảng điểm (XLSX)</a>
      </div>
      {message ? (
        <p role="status" style={{ color: message.ok ? 'inherit' : '#b91c1c' }}>
          {message.text}
        </p>
      ) : null}
    </div>
  )
}
