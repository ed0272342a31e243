import { afterEach, describe, expect, it, vi } from 'vitest'
import { getJson, patchJson, postJson } from '../../src/lib/client/api'
import { NETWORK_ERROR } from '../../src/lib/client/apiErrors'

const answer = (status: number, body?: unknown) =>
  vi.fn(async (_url: string, _init?: RequestInit) => new Response(body === undefined ? null : JSON.stringify(body), { status }))

afterEach(() => vi.unstubAllGlobals())

describe('the browser’s one API client', () => {
  it('sends JSON with the session cookie, uncached, and returns the parsed answer', async () => {
    const fetch = answer(201, { doc: { id: 7 } })
    vi.stubGlobal('fetch', fetch)
    expect(await postJson<{ doc: { id: number } }>('/api/entries', { title: 'T' })).toEqual({
      ok: true,
      status: 201,
      data: { doc: { id: 7 } },
    })
    const [url, init] = fetch.mock.calls[0]
    expect(url).toBe('/api/entries')
    expect(init).toMatchObject({ method: 'POST', credentials: 'include', cache: 'no-store', body: '{"title":"T"}' })
    expect(init?.headers).toMatchObject({ 'Content-Type': 'application/json', 'Accept-Language': 'vi' })
  })

  it('sends a FormData as it is (multipart), and a GET without a body', async () => {
    const fetch = answer(200, {})
    vi.stubGlobal('fetch', fetch)
    const form = new FormData()
    await postJson('/api/exemplars/import', form)
    await getJson('/api/users/me')
    expect(fetch.mock.calls[0][1]?.body).toBe(form)
    expect(fetch.mock.calls[0][1]?.headers).not.toHaveProperty('Content-Type')
    expect(fetch.mock.calls[1][1]).toMatchObject({ method: 'GET', body: undefined })
  })

  it('an answer without a body is an empty object', async () => {
    vi.stubGlobal('fetch', answer(204))
    expect(await patchJson('/api/entries/1', { status: 'withdrawn' })).toEqual({ ok: true, status: 204, data: {} })
  })

  it('turns Payload’s envelope into one Vietnamese message and per-field messages, keeping the body', async () => {
    const envelope = {
      errors: [{ message: 'invalid', data: { errors: [{ path: 'email', message: 'Please enter a valid email address' }] } }],
    }
    vi.stubGlobal('fetch', answer(400, envelope))
    const res = await postJson('/api/users', {})
    expect(res).toEqual({
      ok: false,
      status: 400,
      body: envelope,
      error: { message: 'Vui lòng kiểm tra lại: Thư điện tử.', fields: { email: 'Địa chỉ thư điện tử không hợp lệ.' } },
    })
  })

  it('passes the app’s own Vietnamese refusals through, and says the fallback when there is none', async () => {
    vi.stubGlobal('fetch', answer(409, { errors: [{ message: 'Phiếu chấm đã nộp và đã khóa.' }] }))
    expect(await postJson('/api/scores', {})).toMatchObject({ ok: false, error: { message: 'Phiếu chấm đã nộp và đã khóa.' } })
    vi.stubGlobal('fetch', answer(400))
    expect(await postJson('/api/scores', {}, { fallback: 'Không thực hiện được.' })).toMatchObject({
      ok: false,
      body: null,
      error: { message: 'Không thực hiện được.' },
    })
  })

  it('a lost connection is status 0 with the network message, never an exception', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        throw new TypeError('Failed to fetch')
      }),
    )
    expect(await getJson('/api/users/me')).toEqual({ ok: false, status: 0, body: null, error: { message: NETWORK_ERROR, fields: {} } })
  })
})
