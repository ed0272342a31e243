'use client'
import { Banner, Button, toast } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useRef, useState, type ChangeEvent } from 'react'
import { postJson } from '@/lib/client/api'

type RowError = { row?: number; message: string }

/** Above the exemplars list: upload an XLSX/CSV sheet to POST /api/exemplars/import and show every row error. */
export function ImportExemplars() {
  const router = useRouter()
  const fileRef = useRef<HTMLInputElement>(null)
  const [busy, setBusy] = useState(false)
  const [created, setCreated] = useState<number | null>(null)
  const [errors, setErrors] = useState<RowError[]>([])

  async function onChange(e: ChangeEvent<HTMLInputElement>) {
    const file = e.target.files?.[0]
    e.target.value = ''
    if (!file) return
    setBusy(true)
    setCreated(null)
    setErrors([])
    const form = new FormData()
    form.append('file', file)
    const res = await postJson<{ created?: number }>('/api/exemplars/import', form, { fallback: 'Không nhập được tệp.' })
    setBusy(false)
    if (res.ok && typeof res.data.created === 'number') {
      setCreated(res.data.created)
      toast.success(`Đã nhập ${res.data.created} hồ sơ điển hình.`)
      router.refresh()
      return
    }
    // a sheet with errors is answered row by row in the envelope; any other refusal is one message
    const rows = res.ok ? [] : ((res.body as { errors?: RowError[] } | null)?.errors ?? [])
    const found = rows.some((r) => r.row != null) ? rows : [{ message: res.ok ? 'Không nhập được tệp.' : res.error.message }]
    setErrors(found)
    toast.error(rows.some((r) => r.row != null) ? `Chưa nhập: tệp có ${found.length} lỗi.` : found[0].message)
  }

  return (
    <section className="gs-box" aria-labelledby="import-exemplars-title">
      <strong id="import-exemplars-title">Nhập danh sách từ tệp Excel (.xlsx) hoặc CSV</strong>
      <p className="gs-muted">
        Các cột: Tên, Loại (Cá nhân/Tập thể/Hộ gia đình), Mã đơn vị, Lĩnh vực (mã, cách nhau bởi dấu phẩy), Ngày phát hiện (dd/mm/yyyy),
        Trạng thái, Tóm tắt, Địa bàn, Dân tộc. Tệp có lỗi sẽ không được nhập dòng nào.
      </p>
      <div className="gs-actions">
        <input
          ref={fileRef}
          id="import-exemplars-file"
          type="file"
          className="sr-only"
          tabIndex={-1}
          aria-labelledby="import-exemplars-title"
          accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          disabled={busy}
          onChange={onChange}
        />
        <Button buttonStyle="secondary" size="small" disabled={busy} onClick={() => fileRef.current?.click()}>
          {busy ? 'Đang kiểm tra và nhập…' : 'Chọn tệp để nhập'}
        </Button>
      </div>
      <div role="status" className="gs-status">
        {created !== null ? <Banner type="success">Đã nhập {created} hồ sơ điển hình.</Banner> : null}
      </div>
      {errors.length > 0 && (
        <div role="alert">
          <Banner type="error">Chưa nhập: tệp có {errors.length} lỗi. Sửa các dòng dưới đây rồi tải lại.</Banner>
          <ul className="gs-list">
            {errors.map((err, i) => (
              <li key={i}>{err.row ? `Dòng ${err.row}: ${err.message}` : err.message}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  )
}
