'use client'
import { Button, CheckboxInput, TextInput } from '@payloadcms/ui'
import { useState, type FormEvent } from 'react'
import { postJson } from '@/lib/client/api'
import { DateField, SelectField } from './ui/fields'
import { StatusBanner, useActionMessage } from './ui/StatusMessage'

type Option = { id: number; label: string; kind: string }
type NewUnit = { name: string; code: string }

const TYPES = [
  { value: 'merge', label: 'Sáp nhập (nhiều đơn vị thành một)' },
  { value: 'split', label: 'Chia tách (một đơn vị thành nhiều)' },
  { value: 'rename', label: 'Đổi tên' },
] as const

export function ReorganiseUnitsForm({ units, kinds }: { units: Option[]; kinds: { value: string; label: string }[] }) {
  const [type, setType] = useState<'merge' | 'split' | 'rename'>('merge')
  const [newUnits, setNewUnits] = useState<NewUnit[]>([
    { name: '', code: '' },
    { name: '', code: '' },
  ])
  const [decision, setDecision] = useState('')
  const [moveOfficers, setMoveOfficers] = useState(true)
  const [message, setMessage] = useActionMessage()
  const [busy, setBusy] = useState(false)
  const newCount = type === 'split' ? 2 : 1
  const unitOptions = units.map((u) => ({ value: u.id, label: u.label }))
  const editNew = (i: number, key: keyof NewUnit, value: string) =>
    setNewUnits((all) => all.map((u, n) => (n === i ? { ...u, [key]: value } : u)))

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    const into = newUnits.slice(0, newCount).map((u, i) => ({
      name: u.name,
      code: u.code,
      kind: String(form.get(`kind${i}`) ?? ''),
      parent: form.get('parent') ? Number(form.get('parent')) : undefined,
    }))
    setBusy(true)
    setMessage(null)
    const res = await postJson<{ closed: unknown[]; created: { name: string }[] }>(
      '/api/units/reorganise',
      { type, from: form.getAll('from').map(Number), into, effectiveDate: form.get('effectiveDate'), decision, moveOfficers },
      { fallback: 'Không thể sắp xếp đơn vị.' },
    )
    setBusy(false)
    if (!res.ok) return setMessage({ ok: false, text: res.error.message })
    const { closed, created } = res.data
    setMessage({ ok: true, text: `Đã sắp xếp: đóng ${closed.length} đơn vị, mở ${created.map((c) => c.name).join(', ')}.` })
  }

  return (
    <form onSubmit={submit} className="gs-form">
      <SelectField
        id="reorg-type"
        name="type"
        label="Hình thức"
        options={TYPES}
        value={type}
        onChange={(e) => setType(e.target.value as typeof type)}
      />
      <SelectField
        id="reorg-from"
        name="from"
        label="Đơn vị cũ (giữ Ctrl để chọn nhiều)"
        options={unitOptions}
        multiple
        size={10}
        required
      />
      {newUnits.slice(0, newCount).map((u, i) => (
        <fieldset key={i}>
          <legend>Đơn vị mới {newCount > 1 ? i + 1 : ''}</legend>
          <TextInput
            hasMany={false}
            path={`reorg-name${i}`}
            label="Tên đơn vị mới"
            value={u.name}
            onChange={(e) => editNew(i, 'name', e.target.value)}
          />
          <TextInput
            hasMany={false}
            path={`reorg-code${i}`}
            label="Mã đơn vị mới"
            value={u.code}
            onChange={(e) => editNew(i, 'code', e.target.value)}
          />
          <SelectField id={`reorg-kind${i}`} name={`kind${i}`} label="Loại đơn vị mới" options={kinds} defaultValue="commune" />
        </fieldset>
      ))}
      <SelectField id="reorg-parent" name="parent" label="Trực thuộc" empty="(không)" options={unitOptions} defaultValue="" />
      <DateField id="reorg-effectiveDate" name="effectiveDate" label="Ngày hiệu lực của đơn vị mới" required />
      <TextInput
        hasMany={false}
        path="reorg-decision"
        label="Quyết định / Nghị quyết"
        placeholder="Nghị quyết số .../NQ-UBTVQH15 ngày ..."
        value={decision}
        onChange={(e) => setDecision(e.target.value)}
      />
      <CheckboxInput
        id="reorg-moveOfficers"
        label="Chuyển cán bộ của đơn vị cũ sang đơn vị mới (khi sáp nhập, đổi tên)"
        checked={moveOfficers}
        onToggle={(e) => setMoveOfficers(e.target.checked)}
      />
      <div className="gs-actions">
        <Button type="submit" disabled={busy} margin={false}>
          {busy ? 'Đang xử lý…' : 'Sắp xếp đơn vị'}
        </Button>
      </div>
      <StatusBanner message={message} />
    </form>
  )
}
