'use client'
import { useRouter } from 'next/navigation'
import { useState, type FormEvent } from 'react'
import { patchJson, postJson } from '@/lib/client/api'

export interface RubricItem {
  key: string
  label: string
  weight: number
  maxScore: number
}

const box = { display: 'grid', gap: '.25rem', marginBottom: '1rem', maxWidth: 640 } as const
const FAILED = 'Không thực hiện được.'

/** The score sheet of one assignment: a mark per criterion, comments, save as draft, submit, or declare a conflict. */
export function ScoreForm(props: {
  assignmentId: number
  scoreId: number | null
  rubric: RubricItem[]
  marks: Record<string, { score: number | null; comment: string }>
  comment: string
  locked: boolean
  closed: boolean
}) {
  const router = useRouter()
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null)
  const [busy, setBusy] = useState(false)
  const readOnly = props.locked || props.closed

  async function save(event: FormEvent<HTMLElement>, submit: boolean) {
    event.preventDefault()
    const target = event.currentTarget as HTMLFormElement | HTMLButtonElement
    const element = target instanceof HTMLFormElement ? target : target.form
    if (!element) return
    const form = new FormData(element)
    const criteria = props.rubric
      .map((c) => ({
        key: c.key,
        score: form.get(`score-${c.key}`) === '' ? null : Number(form.get(`score-${c.key}`)),
        comment: String(form.get(`comment-${c.key}`) ?? ''),
      }))
      .filter((c) => c.score != null)
    if (submit && !window.confirm('Sau khi nộp, phiếu chấm bị khóa và không sửa được nữa. Nộp phiếu?')) return
    setBusy(true)
    const data = { criteria, comment: String(form.get('comment') ?? ''), locked: submit }
    const res = props.scoreId
      ? await patchJson(`/api/scores/${props.scoreId}`, data, { fallback: FAILED })
      : await postJson('/api/scores', { ...data, assignment: props.assignmentId }, { fallback: FAILED })
    setBusy(false)
    setMessage(res.ok ? { ok: true, text: submit ? 'Đã nộp phiếu chấm.' : 'Đã lưu nháp.' } : { ok: false, text: res.error.message })
    if (res.ok) router.refresh()
  }

  async function declareConflict() {
    const reason = window.prompt('Lý do xung đột lợi ích (ví dụ: quen biết tác giả, cùng cơ quan):')
    if (reason == null) return
    setBusy(true)
    const res = await patchJson(
      `/api/judgeAssignments/${props.assignmentId}`,
      { status: 'conflict', conflictReason: reason },
      { fallback: FAILED },
    )
    setBusy(false)
    setMessage(
      res.ok
        ? { ok: true, text: 'Đã khai báo xung đột lợi ích; ban tổ chức sẽ phân công giám khảo khác.' }
        : { ok: false, text: res.error.message },
    )
    if (res.ok) router.push('/admin/cham-bai')
  }

  return (
    <form onSubmit={(e) => save(e, false)} data-testid="score-form">
      {props.rubric.map((c) => (
        <fieldset key={c.key} style={{ ...box, border: '1px solid var(--theme-elevation-150)', padding: '.75rem' }}>
          <legend>
            {c.label} — tối đa {c.maxScore} điểm, trọng số {c.weight}%
          </legend>
          <input
            name={`score-${c.key}`}
            aria-label={`Điểm ${c.label}`}
            type="number"
            min={0}
            max={c.maxScore}
            step="0.25"
            defaultValue={props.marks[c.key]?.score ?? ''}
            disabled={readOnly}
          />
          <textarea
            name={`comment-${c.key}`}
            aria-label={`Nhận xét ${c.label}`}
            rows={2}
            defaultValue={props.marks[c.key]?.comment ?? ''}
            disabled={readOnly}
          />
        </fieldset>
      ))}
      <div style={box}>
        <label htmlFor="score-comment">Nhận xét chung</label>
        <textarea id="score-comment" name="comment" rows={4} defaultValue={props.comment} disabled={readOnly} />
      </div>
      {readOnly ? (
        <p>{props.locked ? 'Phiếu chấm đã nộp và đã khóa. Liên hệ ban tổ chức nếu cần mở khóa.' : 'Vòng chấm đã kết thúc.'}</p>
      ) : (
        <div style={{ display: 'flex', gap: '1rem', flexWrap: 'wrap' }}>
          <button type="submit" className="btn btn--style-secondary btn--size-small" disabled={busy}>
            Lưu nháp
          </button>
          <button type="button" className="btn btn--style-primary btn--size-small" disabled={busy} onClick={(e) => save(e, true)}>
            Nộp phiếu chấm
          </button>
          <button type="button" className="btn btn--style-secondary btn--size-small" disabled={busy} onClick={declareConflict}>
            Khai báo xung đột lợi ích
          </button>
        </div>
      )}
      {message ? (
        <p role="status" style={{ color: message.ok ? 'inherit' : '#b91c1c' }}>
          {message.text}
        </p>
      ) : null}
    </form>
  )
}
