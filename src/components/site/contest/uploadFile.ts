import { uploadWithProgress } from '@/lib/client/api'

export interface UploadedFile {
  id: number
  filename: string
  mimeType?: string | null
  filesize?: number | null
}

export type UploadOutcome = { ok: true; file: UploadedFile } | { ok: false; message: string }

/** Uploads one file to /api/media as a private (contest) file in one request, reporting progress (0–100). */
export async function uploadFile(file: File, onProgress: (percent: number) => void): Promise<UploadOutcome> {
  const form = new FormData()
  form.append('file', file)
  form.append('_payload', JSON.stringify({ visibility: 'private', alt: file.name }))
  const res = await uploadWithProgress<{ doc?: UploadedFile }>('/api/media?depth=0', form, onProgress, {
    fallback: `Không tải được tệp "${file.name}".`,
  })
  if (res.ok && res.data.doc) {
    onProgress(100)
    return { ok: true, file: res.data.doc }
  }
  if (res.ok) return { ok: false, message: `Không tải được tệp "${file.name}": máy chủ không trả lời như mong đợi.` }
  if (res.aborted) return { ok: false, message: `Đã hủy tải tệp "${file.name}".` }
  if (res.status === 0)
    return {
      ok: false,
      message: `Tải tệp "${file.name}" không thành công do lỗi kết nối. Nội dung đã nhập vẫn được giữ nguyên; vui lòng thử lại.`,
    }
  return { ok: false, message: `Không tải được tệp "${file.name}": ${res.error.message}` }
}
