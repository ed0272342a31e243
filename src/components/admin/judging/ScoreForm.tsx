'use client'
import { Banner, Button, TextareaInput } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useRef, useState } from 'react'
import { NumberField } from '../ui/fields'
import { patchJson, postJson } from '@/lib/client/api'
import { StatusBanner, useActionMessage } from '../ui/StatusMessage'

const FAILED = 'Không thực hiện được.'

export interface RubricItem {
  key: string
  label: string
  weight: number
  maxScore: number
}

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
  const [message, setMessage] = useActionMessage()
  const [busy, setBusy] = useState(false)
  const [comments, setComments] = useState<Record<string, string>>(() =>
    Object.fromEntries(props.rubric.map((c) => [c.key, props.marks[c.key]?.comment ?? ''])),
  )
  const [comment, setComment] = useState(props.comment)
  const formRef = useRef<HTMLFormElement>(null)
  const readOnly = props.locked || props.closed

  async function save(submit: boolean) {
    if (!formRef.current) return
    const form = new FormData(formRef.current)
    const criteria = props.rubric
      .map((c) => ({
        key: c.key,
        score: form.get(`score-${c.key}`) === '' ? null : Number(form.get(`score-${c.key}`)),
        comment: comments[c.key] ?? '',
      }))
      .filter((c) => c.score != null)
    if (submit && !window.confirm('Sau khi nộp, phiếu chấm bị khóa và không sửa được nữa. Nộp phiếu?')) return
    setBusy(true)
    const data = { criteria, comment, locked: submit }
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
    <form
      ref={formRef}
      onSubmit={(e) => {
        e.preventDefault()
        void save(false)
      }}
      data-testid="score-form"
      className="gs-form"
    >
      {props.rubric.map((c) => (
        <fieldset key={c.key}>
          <legend>
            {c.label} — tối đa {c.maxScore} điểm, trọng số {c.weight}%
          </legend>
          <NumberField
            id={`score-${c.key}`}
            name={`score-${c.key}`}
            label={`Điểm ${c.label}`}
            min={0}
            max={c.maxScore}
            step="0.25"
            defaultValue={props.marks[c.key]?.score ?? ''}
            disabled={readOnly}
          />
          <TextareaInput
            path={`comment-${c.key}`}
            label={`Nhận xét ${c.label}`}
            rows={2}
            value={comments[c.key]}
            onChange={(e) => setComments((all) => ({ ...all, [c.key]: e.target.value }))}
            readOnly={readOnly}
          />
        </fieldset>
      ))}
      <TextareaInput
        path="score-comment"
        label="Nhận xét chung"
        rows={4}
        value={comment}
        onChange={(e) => setComment(e.target.value)}
        readOnly={readOnly}
      />
      {readOnly ? (
        <Banner type="info">
          {props.locked ? 'Phiếu chấm đã nộp và đã khóa. Liên hệ ban tổ chức nếu cần mở khóa.' : 'Vòng chấm đã kết thúc.'}
        </Banner>
      ) : (
        <div className="gs-actions">
          <Button type="submit" buttonStyle="secondary" size="small" disabled={busy}>
            Lưu nháp
          </Button>
          <Button size="small" disabled={busy} onClick={() => void save(true)}>
            Nộp phiếu chấm
          </Button>
          <Button buttonStyle="secondary" size="small" disabled={busy} onClick={declareConflict}>
            Khai báo xung đột lợi ích
          </Button>
        </div>
      )}
      <StatusBanner message={message} />
    </form>
  )
}
