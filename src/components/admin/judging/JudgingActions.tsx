'use client'
import { Button } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'
import { postJson } from '@/lib/client/api'
import { NumberField } from '../ui/fields'
import { StatusBanner, useActionMessage } from '../ui/StatusMessage'

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
  const [message, setMessage] = useActionMessage()
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

  return (
    <section className="gs-stack" aria-label="Việc của ban tổ chức">
      <div className="gs-toolbar">
        {!closed ? (
          <>
            <Button buttonStyle="secondary" size="small" disabled={busy} onClick={() => run('/assign', { round, category })}>
              Phân công giám khảo
            </Button>
            {round === 'preliminary' ? (
              <NumberField
                id="shortlist-size"
                label="Số bài vào chung khảo mỗi thể loại"
                min={1}
                value={shortlist}
                onChange={(e) => setShortlist(Number(e.target.value))}
              />
            ) : null}
            <Button
              buttonStyle="secondary"
              size="small"
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
            </Button>
          </>
        ) : null}
        {closed && !published ? (
          <Button buttonStyle="secondary" size="small" disabled={busy} onClick={() => run('/prizes', { round })}>
            Xét giải (đề xuất)
          </Button>
        ) : null}
        {allocated && !approved && !published ? (
          <Button
            buttonStyle="secondary"
            size="small"
            disabled={busy}
            onClick={() => run('/prizes/approve', {}, 'Phê duyệt đề xuất giải?')}
          >
            Phê duyệt giải
          </Button>
        ) : null}
        {approved && !published ? (
          <Button
            size="small"
            disabled={busy}
            onClick={() => run('/publish', {}, 'Công bố kết quả? Tác giả đạt giải sẽ nhận thư thông báo.')}
          >
            Công bố kết quả
          </Button>
        ) : null}
        <Button el="anchor" url={`/api/contests/${contestId}/scores.xlsx`} buttonStyle="secondary" size="small">
          Tải bảng điểm (XLSX)
        </Button>
      </div>
      <StatusBanner message={message} />
    </section>
  )
}
