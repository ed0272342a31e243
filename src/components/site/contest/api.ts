import { NETWORK_ERROR, readApiError, type ApiError } from '@/lib/site/apiErrors'

export type ApiResult<T> = { ok: true; data: T; status: number } | { ok: false; error: ApiError; status: number }

/** Payload's REST API on this origin with the session cookie (GET, POST, PATCH); errors come back in Vietnamese. */
export async function call<T = unknown>(
  path: string,
  init: { method?: 'GET' | 'POST' | 'PATCH'; body?: unknown; fallback?: string } = {},
): Promise<ApiResult<T>> {
  let res: Response
  try {
    res = await fetch(path, {
      method: init.method ?? 'GET',
      credentials: 'include',
      cache: 'no-store',
      headers: {
        Accept: 'application/json',
        'Accept-Language': 'vi',
        ...(init.body !== undefined ? { 'Content-Type': 'application/json' } : {}),
      },
      body: init.body !== undefined ? JSON.stringify(init.body) : undefined,
    })
  } catch {
    return { ok: false, status: 0, error: { message: NETWORK_ERROR, fields: {} } }
  }
  if (!res.ok) return { ok: false, status: res.status, error: await readApiError(res, init.fallback) }
  try {
    return { ok: true, status: res.status, data: (await res.json()) as T }
  } catch {
    return { ok: true, status: res.status, data: {} as T }
  }
}

export interface UploadedFile {
  id: number
  filename: string
  mimeType?: string | null
  filesize?: number | null
}

/**
 * Uploads one file to /api/media as a private (contest) file, reporting progress (0–100).
 * XMLHttpRequest rather than fetch: only it reports upload progress.
 */
export function uploadFile(
  file: File,
  onProgress: (percent: number) => void,
): Promise<{ ok: true; file: UploadedFile } | { ok: false; message: string }> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest()
    xhr.open('POST', '/api/media')
    xhr.withCredentials = true
    xhr.setRequestHeader('Accept', 'application/json')
    xhr.setRequestHeader('Accept-Language', 'vi')
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(Math.round((e.loaded / e.total) * 100))
    }
    xhr.onerror = () =>
      resolve({
        ok: false,
        message: `Tải tệp "${file.name}" không thành công do lỗi kết nối. Nội dung đã nhập vẫn được giữ nguyên; vui lòng thử lại.`,
      })
    xhr.onabort = () => resolve({ ok: false, message: `Đã hủy tải tệp "${file.name}".` })
    xhr.onload = async () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        try {
          const doc = JSON.parse(xhr.responseText).doc as UploadedFile
          onProgress(100)
          resolve({ ok: true, file: doc })
          return
        } catch {
          // fall through to the error below
        }
      }
      const error = await readApiError(new Response(xhr.responseText, { status: xhr.status || 500 }), `Không tải được tệp "${file.name}".`)
      resolve({ ok: false, message: `Không tải được tệp "${file.name}": ${error.message}` })
    }
    const form = new FormData()
    form.append('file', file)
    form.append('_payload', JSON.stringify({ visibility: 'private', alt: file.name }))
    xhr.send(form)
  })
}
