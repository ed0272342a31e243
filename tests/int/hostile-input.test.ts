import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeExemplar, makeUnit, makeUser, PASSWORD } from '../helpers/fixtures'
import { testPayload } from '../helpers/payload'
import { gql, gqlRaw, login, rest } from '../helpers/rest'

let payload: Payload
let token: string
let exemplarId: number

beforeAll(async () => {
  payload = await testPayload()
  token = await login((await makeUser(payload, 'admin')).email, PASSWORD)
  const unit = await makeUnit(payload, { name: 'Xã thử đầu vào', kind: 'commune' })
  exemplarId = (await makeExemplar(payload, { unit: unit.id, name: 'Điển hình không được mất' })).id
})
afterAll(() => payload.destroy())

type Opts = Omit<NonNullable<Parameters<typeof rest>[2]>, 'token'> & { auth?: boolean }
type Case = [method: 'GET' | 'POST' | 'PATCH' | 'DELETE', path: string, opts: Opts, status: number, message?: RegExp]

const json = { 'Content-Type': 'application/json' }
const cases: Case[] = [
  ['GET', '/exemplars/abc', {}, 404, /mã tài liệu phải là số/],
  ['GET', '/exemplars/99999999999999999999', {}, 404],
  ['GET', '/exemplars?page=-1', {}, 400, /Số trang/],
  ['GET', '/exemplars?page=abc', {}, 400, /Số trang/],
  ['GET', '/exemplars?limit=-5', {}, 400, /Giới hạn/],
  ['GET', '/exemplars?where=notanobject', {}, 400, /where/],
  ['GET', '/exemplars?where[or]=1', {}, 400, /danh sách/],
  ['GET', '/exemplars?where[status][equals]=bogus', {}, 400, /không có trong danh sách lựa chọn/],
  ['GET', '/exemplars?where[status][in]=recognised,bogus', {}, 400, /bogus/],
  ['GET', '/exemplars?where[nofield][equals]=x', {}, 400],
  ['POST', '/exemplars', { auth: true, body: '{broken', headers: json }, 400],
  ['POST', '/exemplars', { auth: true, body: '[1,2]', headers: json }, 400],
  [
    'POST',
    '/exemplars',
    { auth: true, body: '--x\r\nbroken', headers: { 'Content-Type': 'multipart/form-data; boundary=x' } },
    400,
    /tải lên/,
  ],
  ['POST', '/exemplars', { auth: true, json: { name: 'x', kind: 'bogus', unit: 'abc', discoveredOn: 'hôm qua' } }, 400],
  ['PATCH', `/exemplars/${'9'.repeat(12)}`, { auth: true, json: { name: 'x' } }, 404],
  ['PATCH', '/units/abc', { auth: true, json: { name: 'x' } }, 404],
  ['DELETE', '/articles/abc', { auth: true }, 404],
  ['POST', '/media', { auth: true, json: { alt: 'x' } }, 400],
  ['POST', '/users/login', { json: { email: 123, password: [] } }, 400],
  ['POST', '/units/reorganise', { auth: true, json: { type: 'merge', from: 'all', into: 7 } }, 400],
]

describe('hostile input gets a clear 4xx, never a 500', () => {
  it.each(cases.map((c) => [`${c[0]} ${c[1]}`, c] as const))('%s', async (_, [method, path, opts, status, message]) => {
    // the admin token exists only once beforeAll has run
    const { auth, ...rest_ } = opts
    const res = await rest(method, path, { ...rest_, token: auth ? token : undefined })
    expect(res.status).toBe(status)
    if (message) expect(JSON.stringify(res.body)).toMatch(message)
  })

  it('a negative page through GraphQL is a 400 error too', async () => {
    const res = await gql('query { Exemplars(page: -1) { docs { id } } }')
    expect(res.body.errors[0].extensions.statusCode).toBe(400)
    expect(res.body.errors[0].message).toMatch(/Số trang/)
  })

  const deep = '['.repeat(5000) + ']'.repeat(5000)
  it.each([
    ['null', 'null'],
    ['a string', '"xin chào"'],
    ['a number', '42'],
    ['true', 'true'],
    ['a 5,000-deep array', deep],
    ['a 5,000-deep object', '{"a":'.repeat(5000) + '1' + '}'.repeat(5000)],
  ])('POST /users with %s as its JSON body: 400 in Vietnamese', async (_, body) => {
    const res = await rest('POST', '/users', { body, headers: json })
    expect(res.status).toBe(400)
    expect(res.body.errors[0].message).toMatch(/Dữ liệu JSON|đối tượng JSON/)
  })

  it('POST /users form-encoded: 400 in Vietnamese', async () => {
    const res = await rest('POST', '/users', {
      body: 'email=a%40b.vn&password=x',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    })
    expect(res.status).toBe(400)
    expect(res.body.errors[0].message).toMatch(/Chỉ nhận dữ liệu dạng JSON/)
  })

  it('a read sent as a form-encoded POST with the GET override (the admin relationship pickers) is answered as that read', async () => {
    const headers = { 'Content-Type': 'application/x-www-form-urlencoded', 'X-Payload-HTTP-Method-Override': 'GET' }
    const res = await rest('POST', '/exemplars', { token, body: `limit=5&depth=0&where[id][equals]=${exemplarId}`, headers })
    expect(res.status).toBe(200)
    expect(res.body.docs.map((d: { id: number }) => d.id)).toEqual([exemplarId])
  })

  it('a JSON body under another spelling of the type still reaches Payload', async () => {
    const res = await rest('POST', '/users/login', {
      body: JSON.stringify({ email: 'khongco@test.vn', password: 'x' }),
      headers: { 'Content-Type': 'Application/JSON; charset=utf-8' },
    })
    expect(res.status).toBe(401)
  })

  it.each([
    ['{', '{'],
    ['{"a":', '{"a":'],
    ['bytes ff fe fd', new Uint8Array([0xff, 0xfe, 0xfd])],
    ['an array', '[{"query":"{ __typename }"}]'],
  ] as const)('POST /graphql with %s: 400 in Vietnamese', async (_, body) => {
    const res = await gqlRaw(body as BodyInit)
    expect(res.status).toBe(400)
    expect(res.body.errors[0].message).toMatch(/JSON/)
  })

  it('DELETE /payload-preferences/<key> for every signed-in role: 404 for a missing key, 200 for an own one', async () => {
    for (const role of ['admin', 'organizer', 'editor', 'unitOfficer', 'judge', 'journalist'] as const) {
      const t = await login((await makeUser(payload, role)).email, PASSWORD)
      for (const key of ['nav', 'collection-units', '123', 'khóa lạ', '%00', '..%2F..']) {
        const res = await rest('DELETE', `/payload-preferences/${encodeURIComponent(key)}`, { token: t })
        expect(res.status, `${role} ${key}`).toBe(404)
      }
      expect((await rest('POST', '/payload-preferences/nav', { token: t, json: { value: { open: true } } })).status).toBe(200)
      expect((await rest('DELETE', '/payload-preferences/nav', { token: t })).status).toBe(200)
    }
    expect((await rest('DELETE', '/payload-preferences/nav')).status).toBe(401)
  })

  it('Payload’s own collections check page and limit too: a negative page is a 400, not a database error', async () => {
    const t = await login((await makeUser(payload, 'journalist')).email, PASSWORD)
    for (const path of ['/payload-preferences?page=-1431937955', '/payload-preferences?limit=-3', '/payload-locked-documents?page=-2']) {
      const res = await rest('GET', path, { token: t })
      expect([400, 403], path).toContain(res.status)
    }
    const prefs = await rest('GET', '/payload-preferences?page=-1431937955&select[id]=-605624802', { token: t })
    expect(prefs.status).toBe(400)
    expect((await rest('GET', '/payload-preferences?page=1', { token: t })).status).toBe(200)
  })

  it('a NUL character (PostgreSQL text cannot hold it) in a JSON body is a 400, and so is a limit past LIMIT’s range', async () => {
    const reset = await rest('POST', '/users/reset-password', { json: { token: '\u0000', password: 'MatKhauMoi@123' } })
    expect(reset.status).toBe(400)
    expect(reset.body.errors[0].message).toMatch(/NUL/)
    const graphql = await gqlRaw(JSON.stringify({ query: '{ __typename }', variables: { a: 'x\u0000' } }))
    expect(graphql.status).toBe(400)
    const nulFilter = await rest('GET', '/articles?where[slug][equals]=a%00b&sort=%00')
    expect(nulFilter.status).toBe(400)
    expect(nulFilter.body.errors[0].message).toMatch(/NUL/)
    const huge = await rest('GET', `/publications?limit=${'9'.repeat(40)}&pagination=constructor`)
    expect(huge.status).toBe(400)
    expect(huge.body.errors[0].message).toMatch(/Giới hạn \(limit\)/)
  })

  it('a failed update loses nothing already saved', async () => {
    expect((await rest('PATCH', `/exemplars/${exemplarId}`, { token, json: { name: '', kind: 'bogus' } })).status).toBe(400)
    await rest('PATCH', `/exemplars/${exemplarId}`, {
      token,
      body: '--x\r\nbroken',
      headers: { 'Content-Type': 'multipart/form-data; boundary=x' },
    })
    const doc = await payload.findByID({ collection: 'exemplars', id: exemplarId, overrideAccess: true })
    expect(doc.name).toBe('Điển hình không được mất')
    expect(doc.kind).toBe('individual')
  })
})
