'use client'
import { Button } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useEffect, useState, type FormEvent } from 'react'
import { isValidDuringYear } from '@/domain/units/validity'
import { postJson } from '@/lib/client/api'
import { NumberField, SelectField } from './ui/fields'
import { StatusBanner, useActionMessage } from './ui/StatusMessage'

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
  const [message, setMessage] = useActionMessage()
  const [busy, setBusy] = useState(false)
  useEffect(() => {
    if (!props.pending) return
    const timer = setInterval(() => router.refresh(), 2000)
    return () => clearInterval(timer)
  }, [props.pending, router])

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    const unit = form.get('unit') ? Number(form.get('unit')) : props.ownUnit
    setBusy(true)
    const res = await postJson(
      '/api/annualReports',
      { year: Number(form.get('year')), unit: unit ?? undefined },
      { fallback: 'Không tạo được yêu cầu báo cáo.' },
    )
    setBusy(false)
    if (!res.ok) return setMessage({ ok: false, text: res.error.message })
    setMessage({ ok: true, text: `Đã gửi yêu cầu báo cáo năm ${form.get('year')}; báo cáo hiện trong danh sách khi tổng hợp xong.` })
    router.refresh()
  }

  return (
    <form onSubmit={submit} className="gs-stack">
      <div className="gs-toolbar">
        <NumberField
          id="report-year"
          name="year"
          label="Năm báo cáo"
          min={2000}
          max={2100}
          defaultValue={props.defaultYear}
          onChange={(e) => setYear(Number(e.target.value))}
          required
        />
        {props.units.length ? (
          <SelectField
            id="report-unit"
            name="unit"
            label="Đơn vị"
            empty="Toàn tỉnh (tổng hợp)"
            options={units.map((u) => ({ value: u.id, label: u.name }))}
            defaultValue=""
          />
        ) : null}
        <Button type="submit" size="small" margin={false} disabled={busy}>
          Tạo báo cáo
        </Button>
      </div>
      <StatusBanner message={message} />
    </form>
  )
}
