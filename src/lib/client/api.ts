/**
 * The browser's one way to the app's REST API (site forms and admin views alike): same origin, with the session
 * cookie, never cached. A refusal or a lost connection comes back as one Vietnamese message and per-field messages
 * (src/lib/client/apiErrors.ts), never as an exception. The resumable upload client (tus) keeps its own transport.
 */
import { apiError, NETWORK_ERROR, type ApiError } from './apiErrors'

export type { ApiError } from './apiErrors'

/**
 * `status` 0: the request never reached the server (or, with `aborted`, was cancelled in the browser). `body` is the
 * parsed JSON of a refusal (null when there was none), for endpoints that answer more than a message.
 */
export type ApiFailure = { ok: false; status: number; error: ApiError; body: unknown; aborted?: true }
export type ApiResult<T> = { ok: true; status: number; data: T } | ApiFailure

export interface CallOptions {
  /** The message when a refusal says nothing of its own. */
  fallback?: string
}

const HEADERS = { Accept: 'application/json', 'Accept-Language': 'vi' }

const networkFailure = (): ApiFailure => ({ ok: false, status: 0, error: { message: NETWORK_ERROR, fields: {} }, body: null })

const parse = (text: string): unknown => {
  try {
    return text ? JSON.parse(text) : null
  } catch {
    return null
  }
}

/** An answer as a result: the JSON of a success (`{}` when there is none), or the refusal's message. */
function resultOf<T>(status: number, text: string, fallback: string | undefined): ApiResult<T> {
  const json = parse(text)
  if (status >= 200 && status < 300) return { ok: true, status, data: (json ?? {}) as T }
  return { ok: false, status, error: apiError(status, json, fallback), body: json }
}

async function request<T>(method: string, path: string, body: unknown, options: CallOptions = {}): Promise<ApiResult<T>> {
  const form = body instanceof FormData
  let res: Response
  let text: string
  try {
    res = await fetch(path, {
      method,
      credentials: 'include',
      cache: 'no-store',
      headers: body === undefined || form ? HEADERS : { ...HEADERS, 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : form ? body : JSON.stringify(body),
    })
    text = await res.text()
  } catch {
    return networkFailure()
  }
  return resultOf<T>(res.status, text, options.fallback)
}

export const getJson = <T = unknown>(path: string, options?: CallOptions) => request<T>('GET', path, undefined, options)

/** POST with a JSON body, or a FormData as multipart (files). */
export const postJson = <T = unknown>(path: string, body?: unknown, options?: CallOptions) => request<T>('POST', path, body, options)

export const patchJson = <T = unknown>(path: string, body: unknown, options?: CallOptions) => request<T>('PATCH', path, body, options)

export const deleteJson = <T = unknown>(path: string, options?: CallOptions) => request<T>('DELETE', path, undefined, options)

/**
 * POSTs a multipart form and reports the upload's progress (0–100). XMLHttpRequest rather than fetch: only it
 * reports upload progress.
 */
export function uploadWithProgress<T = unknown>(
  path: string,
  form: FormData,
  onProgress: (percent: number) => void,
  options: CallOptions = {},
): Promise<ApiResult<T>> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest()
    xhr.open('POST', path)
    xhr.withCredentials = true
    for (const [name, value] of Object.entries(HEADERS)) xhr.setRequestHeader(name, value)
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(Math.round((e.loaded / e.total) * 100))
    }
    xhr.onerror = () => resolve(networkFailure())
    xhr.onabort = () => resolve({ ...networkFailure(), aborted: true })
    xhr.onload = () => resolve(resultOf<T>(xhr.status || 500, xhr.responseText, options.fallback))
    xhr.send(form)
  })
}
