/**
 * The API answers in Vietnamese to a browser set to English (its handlers decide, not a proxy that would hold
 * every request body in memory), and in English to whoever chose English in the account settings.
 */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { ADMIN_LANGUAGE_COOKIE } from '../../src/lib/adminLanguage'
import { testPayload } from '../helpers/payload'
import { gqlRaw, rest } from '../helpers/rest'

let payload: Payload
beforeAll(async () => {
  payload = await testPayload()
}, 180_000)

const message = (body: { errors?: { message?: string }[] }) => body.errors?.map((e) => e.message).join(' ') ?? ''

describe('the language of the API', () => {
  it('REST: an English browser is refused in Vietnamese; English chosen in the settings stays English', async () => {
    expect(payload.config.i18n.fallbackLanguage).toBe('vi')
    const english = await rest('GET', '/users', { headers: { 'Accept-Language': 'en-US,en;q=0.9' } })
    expect(english.status).toBe(403)
    expect(message(english.body)).toMatch(/không có quyền/)
    const chosen = await rest('GET', '/users', { headers: { 'Accept-Language': 'vi', Cookie: `${ADMIN_LANGUAGE_COOKIE}=en` } })
    expect(chosen.status).toBe(403)
    expect(message(chosen.body)).toMatch(/not allowed/)
  })

  it('GraphQL: an English browser is refused in Vietnamese', async () => {
    const res = await gqlRaw(JSON.stringify({ query: 'mutation { deleteUnit(id: 1) { id } }' }), {
      'Content-Type': 'application/json',
      'Accept-Language': 'en',
    })
    expect(message(res.body)).toMatch(/không có quyền/)
  })
})
