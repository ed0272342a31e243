'use client'
import { useState, type FormEvent } from 'react'
import { postJson } from '@/lib/client/api'

type Option = { id: number; label: string; kind: string }

const field = { display: 'grid', gap: '.25rem', marginBottom: '1rem', maxWidth: 640 } as const

export function ReorganiseUnitsForm({ units, kinds }: { units: Option[]; kinds: { value: string; label: string }[] }) {
  const [type, setType] = useState<'merge' | 'split' | 'rename'>('merge')
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null)
  const [busy, setBusy] = useState(false)
  const newCount = type === 'split' ? 2 : 1

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    const into = Array.from({ length: newCount }, (_, i) => ({
      name: String(form.get(`name${i}`) ?? ''),
      code: String(form.get(`code${i}`) ?? ''),
      kind: String(form.get(`kind${i}`) ?? ''),
      parent: form.get('parent') ? Number(form.get('parent')) : undefined,
    }))
    setBusy(true)
    setMessage(null)
    const res = await postJson<{ closed: unknown[]; created: { name: string }[] }>(
      '/api/units/reorganise',
      {
        type,
        from: form.getAll('from').map(Number),
        into,
        effectiveDate: form.get('effectiveDate'),
        decision: form.get('decision'),
        moveOfficers: form.get('moveOfficers') === 'on',
      },
      { fallback: 'Không thể sắp xếp đơn vị.' },
    )
    setBusy(false)
    if (!res.ok) return setMessage({ ok: false, text: res.error.message })
    const { closed, created } = res.data
    setMessage({ ok: true, text: `Đã sắp xếp: đóng ${closed.length} đơn vị, mở ${created.map((c) => c.name).join(', ')}.` })
  }

  return (
    <form onSubmit={submit}>
      <div style={field}>
        <label htmlFor="reorg-type">Hình thức</label>
        <select id="reorg-type" name="type" value={type} onChange={(e) => setType(e.target.value as typeof type)}>
          <option value="merge">Sáp nhập (nhiều đơn vị thành một)</option>
          <option value="split">Chia tách (một đơn vị thành nhiều)</option>
          <option value="rename">Đổi tên</option>
        </select>
      </div>
      <div style={field}>
        <label htmlFor="reorg-from">Đơn vị cũ (giữ Ctrl để chọn nhiều)</label>
        <select id="reorg-from" name="from" multiple size={10} required>
          {units.map((u) => (
            <option key={u.id} value={u.id}>
              {u.label}
            </option>
          ))}
        </select>
      </div>
      {Array.from({ length: newCount }, (_, i) => (
        <fieldset key={i} style={{ ...field, border: '1px solid var(--theme-elevation-150)', padding: '1rem' }}>
          <legend>Đơn vị mới {newCount > 1 ? i + 1 : ''}</legend>
          <div style={field}>
            <label htmlFor={`reorg-name${i}`}>Tên đơn vị mới</label>
            <input id={`reorg-name${i}`} name={`name${i}`} required />
          </div>
          <div style={field}>
            <label htmlFor={`reorg-code${i}`}>Mã đơn vị mới</label>
            <input id={`reorg-code${i}`} name={`code${i}`} required />
          </div>
          <div style={field}>
            <label htmlFor={`reorg-kind${i}`}>Loại đơn vị mới</label>
            <select id={`reorg-kind${i}`} name={`kind${i}`} defaultValue="commune">
              {kinds.map((k) => (
                <option key={k.value} value={k.value}>
                  {k.label}
                </option>
              ))}
            </select>
          </div>
        </fieldset>
      ))}
      <div style={field}>
        <label htmlFor="reorg-parent">Trực thuộc</label>
        <select id="reorg-parent" name="parent" defaultValue="">
          <option value="">(không)</option>
          {units.map((u) => (
            <option key={u.id} value={u.id}>
              {u.label}
            </option>
          ))}
        </select>
      </div>
      <div style={field}>
        <label htmlFor="reorg-effectiveDate">Ngày hiệu lực của đơn vị mới</label>
        <input id="reorg-effectiveDate" type="date" name="effectiveDate" required />
      </div>
      <div style={field}>
        <label htmlFor="reorg-decision">Quyết định / Nghị quyết</label>
        <input id="reorg-decision" name="decision" required placeholder="Nghị quyết số .../NQ-UBTVQH15 ngày ..." />
      </div>
      <label style={{ ...field, display: 'flex', gap: '.5rem' }}>
        <input type="checkbox" name="moveOfficers" defaultChecked /> Chuyển cán bộ của đơn vị cũ sang đơn vị mới (khi sáp nhập, đổi tên)
      </label>
      <button type="submit" className="btn btn--style-primary" disabled={busy}>
        {busy ? 'Đang xử lý…' : 'Sắp xếp đơn vị'}
      </button>
      {message ? (
        <p role="status" style={{ marginTop: '1rem', color: message.ok ? '#065f46' : '#b91c1c' }}>
          {message.text}
        </p>
      ) : null}
    </form>
  )
}
