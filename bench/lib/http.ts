/** Small HTTP helpers for benchmark clients talking to a running server over the network. */

export interface Answer<T = unknown> {
  status: number
  body: T
}

export async function call<T = unknown>(
  url: string,
  init: { method?: string; token?: string; json?: unknown; body?: BodyInit } = {},
): Promise<Answer<T>> {
  const headers: Record<string, string> = {}
  if (init.token) headers.Authorization = `JWT ${init.token}`
  let body = init.body
  if (init.json !== undefined) {
    headers['Content-Type'] = 'application/json'
    body = JSON.stringify(init.json)
  }
  const res = await fetch(url, { method: init.method ?? (body ? 'POST' : 'GET'), headers, body })
  const text = await res.text()
  try {
    return { status: res.status, body: JSON.parse(text) as T }
  } catch {
    return { status: res.status, body: text as T }
  }
}

export async function loginOver(appUrl: string, email: string, password: string): Promise<string> {
  const res = await call<{ token?: string }>(`${appUrl}/api/users/login`, { json: { email, password } })
  if (!res.body.token) throw new Error(`login failed for ${email}: ${res.status}`)
  return res.body.token
}

/** Runs `work` over `items` with at most `width` at a time. */
export async function inBatches<T, R>(items: readonly T[], width: number, work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length)
  let next = 0
  const lane = async () => {
    while (next < items.length) {
      const i = next++
      out[i] = await work(items[i], i)
    }
  }
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, lane))
  return out
}
