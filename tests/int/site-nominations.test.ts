import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { issueFormToken } from '../../src/domain/nominations/formToken'
import { makeUnit, makeUser, PASSWORD, uniq } from '../helpers/fixtures'
import { waitForMail } from '../helpers/mailbox'
import { testPayload } from '../helpers/payload'
import { login, rest } from '../helpers/rest'

let payload: Payload
let unitId: number
const tokens: Record<string, string> = {}

/** A form served 10 seconds ago: past the minimum fill time. */
const oldToken = () => issueFormToken(payload.secret, Date.now() - 10_000)
const ip = () => `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`

const submission = (extra: Record<string, unknown> = {}) => ({
  nomineeName: `Bà Lê Thị Thương ${uniq()}`,
  achievement: 'Hơn mười năm nấu cơm miễn phí cho bệnh nhân nghèo ở bệnh viện huyện.',
  place: 'Thôn Phước Lập, xã Phước Hà',
  nominatorName: 'Trần Văn Nam',
  nominatorEmail: `${uniq('nguoigioithieu')}@example.vn`,
  nominatorPhone: '0912 345 678',
  website: '',
  formToken: oldToken(),
  ...extra,
})
const submit = (json: unknown, from = ip()) => rest('POST', '/nominations/submit', { json, headers: { 'X-Forwarded-For': from } })

beforeAll(async () => {
  payload = await testPayload()
  unitId = (await makeUnit(payload, { name: 'Xã Giới Thiệu', kind: 'commune' })).id
  for (const role of ['organizer', 'editor', 'unitOfficer', 'journalist'] as const) {
    const u = await makeUser(payload, role, role === 'unitOfficer' ? { unit: unitId } : {})
    tokens[role] = await login(u.email, PASSWORD)
  }
})
afterAll(() => payload.destroy())

describe('POST /api/nominations/submit', () => {
  it('saves a good submission as "new", nothing more', async () => {
    const data = submission()
    const res = await submit(data)
    expect(res.status).toBe(201)
    const doc = await payload.findByID({ collection: 'nominations', id: res.body.id, overrideAccess: true, depth: 0 })
    expect(doc).toMatchObject({ nomineeName: data.nomineeName, status: 'new', nominatorEmail: data.nominatorEmail })
    expect(doc.exemplar ?? null).toBeNull()
  })

  it('a filled honeypot is answered like a success but nothing is stored', async () => {
    const data = submission({ website: 'http://quang-cao.example' })
    const res = await submit(data)
    expect(res.status).toBe(202)
    const found = await payload.find({
      collection: 'nominations',
      where: { nomineeName: { equals: data.nomineeName } },
      overrideAccess: true,
    })
    expect(found.totalDocs).toBe(0)
  })

  it('a form sent too fast, or with a forged timestamp, is refused in Vietnamese', async () => {
    const fast = await submit(submission({ formToken: issueFormToken(payload.secret) }))
    expect(fast.status).toBe(400)
    expect(JSON.stringify(fast.body)).toContain('gửi quá nhanh')
    const forged = await submit(submission({ formToken: `${Date.now() - 60_000}.bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb` }))
    expect(forged.status).toBe(400)
    expect(JSON.stringify(forged.body)).toContain('không hợp lệ')
  })

  it('missing fields get a message per field; broken JSON a 400', async () => {
    const res = await submit(submission({ nomineeName: '', nominatorEmail: 'khong-phai-email' }))
    expect(res.status).toBe(400)
    const fields = Object.fromEntries(res.body.errors[0].data.errors.map((e: { path: string; message: string }) => [e.path, e.message]))
    expect(fields).toEqual({
      nomineeName: 'Vui lòng nhập họ tên người (hoặc tên tập thể) được giới thiệu.',
      nominatorEmail: 'Địa chỉ thư điện tử không hợp lệ.',
    })
    const broken = await rest('POST', '/nominations/submit', {
      body: '{oops',
      headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': ip() },
    })
    expect(broken.status).toBe(400)
  })

  it('rate limit: the 6th submission from one address within the hour gets 429', async () => {
    const from = ip()
    for (let i = 0; i < 5; i++) expect((await submit(submission(), from)).status).toBe(201)
    const sixth = await submit(submission(), from)
    expect(sixth.status).toBe(429)
    expect(JSON.stringify(sixth.body)).toContain('quá nhiều lần')
    // another address is not affected
    expect((await submit(submission())).status).toBe(201)
  })

  it('nobody creates a nomination through the ordinary REST route; the public cannot read them', async () => {
    expect((await rest('POST', '/nominations', { json: submission() })).status).toBe(403)
    expect((await rest('POST', '/nominations', { json: submission(), token: tokens.organizer })).status).toBe(403)
    expect((await rest('GET', '/nominations')).status).toBe(403)
    expect((await rest('GET', '/nominations', { token: tokens.journalist })).status).toBe(403)
    expect((await rest('GET', '/nominations', { token: tokens.unitOfficer })).status).toBe(403)
    expect((await rest('GET', '/nominations', { token: tokens.editor })).status).toBe(200)
  })
})

describe('POST /api/nominations/:id/accept', () => {
  it('creates a newFactor exemplar with the nominee’s name, links it, and mails the nominator', async () => {
    const data = submission()
    const { body } = await submit(data)
    // editors moderate but do not create exemplars
    expect(
      (await rest('POST', `/nominations/${body.id}/accept`, { token: tokens.editor, json: { unit: unitId, kind: 'individual' } })).status,
    ).toBe(403)
    expect(
      (await rest('POST', `/nominations/${body.id}/accept`, { token: tokens.organizer, json: { unit: unitId, kind: 'robot' } })).status,
    ).toBe(400)

    const res = await rest('POST', `/nominations/${body.id}/accept`, {
      token: tokens.organizer,
      json: { unit: unitId, kind: 'individual' },
    })
    expect(res.status).toBe(201)
    const exemplar = await payload.findByID({ collection: 'exemplars', id: res.body.exemplar.id, overrideAccess: true, depth: 0 })
    expect(exemplar).toMatchObject({ name: data.nomineeName, status: 'newFactor', kind: 'individual', unit: unitId, locality: data.place })
    const nomination = await payload.findByID({ collection: 'nominations', id: body.id, overrideAccess: true, depth: 0 })
    expect(nomination).toMatchObject({ status: 'accepted', exemplar: exemplar.id })

    // a new factor is internal: the public does not see it
    expect((await rest('GET', `/exemplars/${exemplar.id}`)).status).toBe(404)

    await payload.jobs.run({ limit: 500 })
    const mail = await waitForMail(data.nominatorEmail, { subject: /đã được tiếp nhận/ })
    expect(mail.subject).toBe(`Lời giới thiệu "${data.nomineeName}" đã được tiếp nhận`)
    expect(mail.html).toContain('Xã Giới Thiệu')

    // a second accept is refused and creates nothing
    const again = await rest('POST', `/nominations/${body.id}/accept`, {
      token: tokens.organizer,
      json: { unit: unitId, kind: 'individual' },
    })
    expect(again.status).toBe(409)
    const same = await payload.find({ collection: 'exemplars', where: { name: { equals: data.nomineeName } }, overrideAccess: true })
    expect(same.totalDocs).toBe(1)
  })

  it('a closed unit is refused and nothing is saved', async () => {
    const closed = await makeUnit(payload, { name: 'Xã Đã Sáp Nhập', kind: 'commune', validTo: '2025-06-30' })
    const data = submission()
    const { body } = await submit(data)
    const res = await rest('POST', `/nominations/${body.id}/accept`, {
      token: tokens.organizer,
      json: { unit: closed.id, kind: 'individual' },
    })
    expect(res.status).toBe(400)
    expect(JSON.stringify(res.body)).toContain('hết hiệu lực')
    expect((await payload.findByID({ collection: 'nominations', id: body.id, overrideAccess: true })).status).toBe('new')
    expect(
      (await payload.find({ collection: 'exemplars', where: { name: { equals: data.nomineeName } }, overrideAccess: true })).totalDocs,
    ).toBe(0)
  })

  it('an editor cannot mark a nomination accepted by hand without an exemplar', async () => {
    const { body } = await submit(submission())
    const res = await rest('PATCH', `/nominations/${body.id}`, { token: tokens.editor, json: { status: 'accepted' } })
    expect(res.status).toBe(400)
    const ok = await rest('PATCH', `/nominations/${body.id}`, {
      token: tokens.editor,
      json: { status: 'duplicate', moderationNote: 'Đã có hồ sơ.' },
    })
    expect(ok.status).toBe(200)
  })
})
