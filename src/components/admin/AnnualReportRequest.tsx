'use client'
import { useRouter } from 'next/navigation'
import { useEffect, useState, type FormEvent } from 'react'
import { isValidDuringYear } from '../../domain/units/validity'
import { postJson } from '@/lib/client/api'

/** Requests a report and refreshes the list while one is being built. */
export function AnnualReportRequest(props: {
  defaultYear: number
  units: { id: number; name: string; validFrom?: string | null; validTo?: string | null }[]
  ownUnit: number | null
  pending: boolean
}) {
  const router = useRouter()
  // the report uses its year's structure: offer the units valid during the chosen year
  const [year, setYear] = useState(props.defaultYear)
  const units = props.units.filter((u) => isValidDuringYear(u, year))
  const [error, setError] = useState<string | null>(null)
  useEffect(() => {
    if (!props.pending) return
    const timer = setInterval(() => router.refresh(), 2000)
    return () => clearInterval(timer)
  }, [props.pending, router])

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    const unit = form.get('unit') ? Number(form.get('unit')) : props.ownUnit
    const res = await postJson(
      '/api/annualReports',
      { year: Number(form.get('year')), unit: unit ?? undefined },
      { fallback: 'Không tạo được yêu cầu báo cáo.' },
    )
    if (!res.ok) {
      setError(res.error.message)
      return
    }
    setError(null)
    router.refresh()
  }

  return (
    <form onSubmit={submit} style={{ display: 'flex', gap: '1rem', alignItems: 'end', flexWrap: 'wrap' }}>
      <div style={{ display: 'grid' }}>
        <label htmlFor="report-year">Năm báo cáo</label>
        <input
          id="report-year"
          name="year"
          type="number"
          min={2000}
          max={2100}
          defaultValue={props.defaultYear}
          onChange={(e) => setYear(Number(e.target.value))}
          required
        />
      </div>
      {props.units.length ? (
        <div style={{ display: 'grid' }}>
          <label htmlFor="report-unit">Đơn vị</label>
          <select id="report-unit" name="unit" defaultValue="">
            <option value="">Toàn tỉnh (tổng hợp)</option>
            {units.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <button type="submit" className="btn btn--style-primary btn--size-small">
        Tạo báo cáo
      </button>
      {error ? (
        <p role="alert" style={{ color: '#b91c1c' }}>
          {error}
        </p>
      ) : null}
    </form>
  )
}
