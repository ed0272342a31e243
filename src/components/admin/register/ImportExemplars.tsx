'use client'
import { useRouter } from 'next/navigation'
import { useState, type ChangeEvent } from 'react'

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
    try {
      const form = new FormData()
      form.append('file', file)
      const res = await fetch('/api/exemplars/import', { method: 'POST', body: form, credentials: 'include' })
      const body = (await res.json().catch(() => ({}))) as { created?: number; errors?: RowError[] }
      if (res.ok && typeof body.created === 'number') {
        setCreated(body.created)
        router.refresh()
      } else setErrors(body.errors?.length ? body.errors : [{ message: `Lỗi ${res.status}: không nhập được tệp.` }])
    } catch {
      setErrors([{ message: 'Không gửi được tệp: kiểm tra kết nối mạng rồi thử lại.' }])
    } finally {
      setBusy(false)
    }
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
