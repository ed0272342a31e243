'use client'
import { Button, Pill, useAuth, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'
import { isOrganizer } from '@/domain/user'
import { postJson } from '@/lib/client/api'
import { SelectField } from '../ui/fields'
import { StatusBanner, useActionMessage } from '../ui/StatusMessage'

const KINDS = [
  { value: 'individual', label: 'Cá nhân' },
  { value: 'collective', label: 'Tập thể' },
  { value: 'household', label: 'Hộ gia đình' },
]

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
  const [message, setMessage] = useActionMessage()

  if (!id || !isOrganizer(user)) return null
  const exemplarId = exemplar && typeof exemplar === 'object' ? exemplar.id : exemplar
  if (status === 'accepted' && exemplarId)
    return (
      <div className="gs-box">
        <Pill pillStyle="success" size="small">
          Đã tiếp nhận
        </Pill>
        <Button el="link" url={`/admin/collections/exemplars/${exemplarId}`} buttonStyle="secondary" size="small" margin={false}>
          Mở hồ sơ nhân tố mới
        </Button>
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
    <div className="gs-box">
      <strong>Tiếp nhận thành nhân tố mới</strong>
      <SelectField id="nomination-accept-kind" label="Loại" options={KINDS} value={kind} onChange={(e) => setKind(e.target.value)} />
      <p className="gs-muted">Hồ sơ được ghi vào đơn vị đã chọn ở trường “Đơn vị”; người giới thiệu nhận thư cảm ơn.</p>
      <Button size="small" margin={false} onClick={accept} disabled={busy} extraButtonProps={{ 'aria-busy': busy || undefined }}>
        {busy ? 'Đang xử lý…' : 'Tiếp nhận'}
      </Button>
      <StatusBanner message={message} />
    </div>
  )
}
