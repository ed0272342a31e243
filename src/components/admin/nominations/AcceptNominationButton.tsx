'use client'
import { useAuth, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'
import { isOrganizer } from '@/domain/user'
import { postJson } from '@/lib/client/api'

const KINDS = [
  { value: 'individual', label: 'Cá nhân' },
  { value: 'collective', label: 'Tập thể' },
  { value: 'household', label: 'Hộ gia đình' },
]

const box = {
  display: 'grid',
  gap: '.5rem',
  padding: '.75rem',
  border: '1px solid var(--theme-elevation-150)',
  borderRadius: 4,
  marginBottom: '1rem',
} as const

/**
 * Sidebar action on a nomination: creates a `newFactor` exemplar in the unit chosen in the "Đơn vị" field
 * (POST /api/nominations/:id/accept). Organizers only; others see nothing.
 */
export function AcceptNominationButton() {
  const { id } = useDocumentInfo()
  const { user } = useAuth<{ role?: string }>()
  const router = useRouter()
  const unit = useFormFields(([fields]) => fields.unit?.value as number | { id: number } | null | undefined)
  const status = useFormFields(([fields]) => fields.status?.value as string | undefined)
  const exemplar = useFormFields(([fields]) => fields.exemplar?.value as number | { id: number } | null | undefined)
  const [kind, setKind] = useState('individual')
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null)

  if (!id || !isOrganizer(user)) return null
  const exemplarId = exemplar && typeof exemplar === 'object' ? exemplar.id : exemplar
  if (status === 'accepted' && exemplarId)
    return (
      <div style={box}>
        <strong>Đã tiếp nhận</strong>
        <a href={`/admin/collections/exemplars/${exemplarId}`}>Mở hồ sơ nhân tố mới</a>
      </div>
    )
  if (status && status !== 'new') return null
  const unitId = unit && typeof unit === 'object' ? unit.id : unit

  async function accept() {
    if (!unitId) {
      setMessage({ ok: false, text: 'Hãy chọn đơn vị ở trường "Đơn vị" trước khi tiếp nhận.' })
      return
    }
    setBusy(true)
    setMessage(null)
    const res = await postJson<{ message?: string }>(
      `/api/nominations/${id}/accept`,
      { unit: unitId, kind },
      { fallback: 'Không thể tiếp nhận lời giới thiệu.' },
    )
    setBusy(false)
    if (!res.ok) return setMessage({ ok: false, text: res.error.message })
    setMessage({ ok: true, text: res.data.message ?? 'Đã tạo hồ sơ nhân tố mới.' })
    router.refresh()
  }

  return (
    <div style={box}>
      <strong>Tiếp nhận thành nhân tố mới</strong>
      <label htmlFor="nomination-accept-kind">Loại</label>
      <select id="nomination-accept-kind" value={kind} onChange={(e) => setKind(e.target.value)}>
        {KINDS.map((k) => (
          <option key={k.value} value={k.value}>
            {k.label}
          </option>
        ))}
      </select>
      <small>Hồ sơ được ghi vào đơn vị đã chọn ở trường “Đơn vị”; người giới thiệu nhận thư cảm ơn.</small>
      <button
        type="button"
        className="btn btn--style-primary btn--size-small"
        onClick={accept}
        disabled={busy}
        aria-busy={busy || undefined}
      >
        {busy ? 'Đang xử lý…' : 'Tiếp nhận'}
      </button>
      {message ? (
        <p
          role={message.ok ? 'status' : 'alert'}
          style={{ color: message.ok ? 'var(--theme-success-500)' : 'var(--theme-error-500)', margin: 0 }}
        >
          {message.text}
        </p>
      ) : null}
    </div>
  )
}
