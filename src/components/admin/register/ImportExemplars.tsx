'use client'
import { useRouter } from 'next/navigation'
import { useState, type ChangeEvent } from 'react'
import { postJson } from '@/lib/client/api'

type RowError = { row?: number; message: string }

/** Above the exemplars list: upload an XLSX/CSV sheet to POST /api/exemplars/import and show every row error. */
export function ImportExemplars() {
  const router = useRouter()
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
      router.refresh()
      return
    }
    // a sheet with errors is answered row by row in the envelope; any other refusal is one message
    const rows = res.ok ? [] : ((res.body as { errors?: RowError[] } | null)?.errors ?? [])
    if (rows.some((r) => r.row != null)) setErrors(rows)
    else setErrors([{ message: res.ok ? 'Không nhập được tệp.' : res.error.message }])
  }

  return (
    <div style={{ margin: '0 0 1.5rem', padding: '1rem', border: '1px solid var(--theme-elevation-150)', borderRadius: 4 }}>
      <label style={{ display: 'flex', gap: '1rem', alignItems: 'center', flexWrap: 'wrap' }}>
        <strong>Nhập danh sách từ tệp Excel (.xlsx) hoặc CSV</strong>
        <input
          type="file"
          accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          disabled={busy}
          onChange={onChange}
        />
        {busy && <span>Đang kiểm tra và nhập…</span>}
      </label>
      <p style={{ margin: '0.5rem 0 0', color: 'var(--theme-elevation-600)' }}>
        Các cột: Tên, Loại (Cá nhân/Tập thể/Hộ gia đình), Mã đơn vị, Lĩnh vực (mã, cách nhau bởi dấu phẩy), Ngày phát hiện (dd/mm/yyyy),
        Trạng thái, Tóm tắt, Địa bàn, Dân tộc. Tệp có lỗi sẽ không được nhập dòng nào.
      </p>
      {created !== null && (
        <p role="status" style={{ color: 'var(--theme-success-600)' }}>
          Đã nhập {created} hồ sơ điển hình.
        </p>
      )}
      {errors.length > 0 && (
        <div role="alert">
          <p style={{ color: 'var(--theme-error-600)' }}>Chưa nhập: tệp có {errors.length} lỗi. Sửa các dòng dưới đây rồi tải lại.</p>
          <ul>
            {errors.map((err, i) => (
              <li key={i}>{err.row ? `Dòng ${err.row}: ${err.message}` : err.message}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  )
}
