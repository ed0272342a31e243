'use client'

/** Calls one of the judging endpoints from the admin and returns its message or its Vietnamese error. */
export async function callApi(
  path: string,
  method: 'POST' | 'PATCH',
  body: unknown,
): Promise<{ ok: boolean; text: string; body: Record<string, unknown> }> {
  try {
    const res = await fetch(`/api${path}`, {
      method,
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    })
    const json = (await res.json().catch(() => ({}))) as Record<string, unknown>
    const errors = (json.errors as { message: string }[] | undefined) ?? []
    const text = res.ok ? String(json.message ?? 'Đã lưu.') : errors.map((e) => e.message).join(' ') || 'Không thực hiện được.'
    return { ok: res.ok, text, body: json }
  } catch {
    return { ok: false, text: 'Mất kết nối tới máy chủ, chưa có thay đổi nào được lưu.', body: {} }
  }
}
