'use client'

import { useEffect, useId, useState } from 'react'
import { getJson } from '@/lib/client/api'

export type PickedExemplar = { id: number; name: string }

/** Exemplars from the public register, found by name (/api/exemplars?where[name][like]=…). */
export function ExemplarPicker({ value, onChange }: { value: PickedExemplar[]; onChange: (next: PickedExemplar[]) => void }) {
  const id = useId()
  const [q, setQ] = useState('')
  const [found, setFound] = useState<PickedExemplar[]>([])
  const [searching, setSearching] = useState(false)

  // a term too short to search clears the results as it is typed (in the handler, not the effect)
  const onQuery = (next: string) => {
    setQ(next)
    if (next.trim().length < 2) setFound([])
  }

  useEffect(() => {
    const term = q.trim()
    if (term.length < 2) return
    let live = true
    const t = setTimeout(() => {
      setSearching(true)
      const qs = new URLSearchParams({ 'where[name][like]': term, limit: '10', depth: '0', 'select[name]': 'true' })
      void getJson<{ docs: PickedExemplar[] }>(`/api/exemplars?${qs}`).then((r) => {
        if (!live) return
        setSearching(false)
        setFound(r.ok ? r.data.docs.map((d) => ({ id: d.id, name: d.name })) : [])
      })
    }, 300)
    return () => {
      live = false
      clearTimeout(t)
    }
  }, [q])

  const chosen = new Set(value.map((v) => v.id))
  return (
    <div className="field">
      <label htmlFor={`${id}-q`}>Tìm điển hình theo tên</label>
      <input id={`${id}-q`} type="search" value={q} onChange={(e) => onQuery(e.target.value)} aria-describedby={`${id}-status`} />
      <small id={`${id}-status`} className="hint" aria-live="polite">
        {searching ? 'Đang tìm…' : q.trim().length >= 2 ? `${found.length} kết quả` : 'Gõ ít nhất 2 ký tự.'}
      </small>
      {found.length ? (
        <ul className="plain">
          {found.map((x) => (
            <li key={x.id}>
              {x.name}{' '}
              <button type="button" disabled={chosen.has(x.id)} onClick={() => onChange([...value, x])} aria-label={`Chọn ${x.name}`}>
                {chosen.has(x.id) ? 'Đã chọn' : 'Chọn'}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {value.length ? (
        <>
          <p className="hint">Đã chọn:</p>
          <ul>
            {value.map((x) => (
              <li key={x.id}>
                {x.name}{' '}
                <button type="button" onClick={() => onChange(value.filter((v) => v.id !== x.id))} aria-label={`Bỏ ${x.name}`}>
                  Bỏ
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  )
}
