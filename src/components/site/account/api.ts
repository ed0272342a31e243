import { NETWORK_ERROR, readApiError, type ApiError } from '@/lib/site/apiErrors'

export type ApiResult<T> = { ok: true; data: T } | { ok: false; error: ApiError; status: number }

/** Calls Payload's REST API on this origin with the session cookie; errors come back in Vietnamese. */
export async function api<T = unknown>(
  path: string,
  init: { method?: 'GET' | 'POST'; body?: unknown; fallback?: string } = {},
): Promise<ApiResult<T>> {
  let res: Response
  try {
    res = await fetch(path, {
      method: init.method ?? 'POST',
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
    return { ok: true, data: (await res.json()) as T }
  } catch {
    return { ok: true, data: {} as T }
  }
}

/** Trimmed text of a form field; empty strings become undefined so optional fields are simply left out. */
export function formText(form: FormData, name: string): string | undefined {
  const v = form.get(name)
  if (typeof v !== 'string') return undefined
  const t = v.trim()
  return t ? t : undefined
}

export const looksLikeEmail = (s: string | undefined) => !!s && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(s)

export const MIN_PASSWORD = 8
