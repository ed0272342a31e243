import { createLocalReq, type Payload } from 'payload'
import { renderToStaticMarkup } from 'react-dom/server'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ExemplarTimeline } from '../../src/components/admin/register/ExemplarTimeline'
import { makeExemplar, makeUnit, makeUser, PASSWORD } from '../helpers/fixtures'
import { asTrusted } from '../../src/lib/api/trustedWrite'
import { testPayload } from '../helpers/payload'
import { gql, login, rest } from '../helpers/rest'

/**
 * The exemplar lifecycle through REST, GraphQL and the Local API, per role. A small tree of its own:
 * district D > communes A (the officer's) and B.
 */
let payload: Payload
const u: Record<string, number> = {}
const users: Record<string, { id: number; email: string }> = {}
const tokens: Record<string, string> = {}
const thisYear = Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric' }).format(new Date()))

beforeAll(async () => {
  payload = await testPayload()
  const D = await makeUnit(payload, { name: 'Huyện Vòng Đời', kind: 'district' })
  const A = await makeUnit(payload, { name: 'Xã Vòng Đời A', kind: 'commune', parent: D.id })
  const B = await makeUnit(payload, { name: 'Xã Vòng Đời B', kind: 'commune', parent: D.id })
  Object.assign(u, { D: D.id, A: A.id, B: B.id })
  users.officer = await makeUser(payload, 'unitOfficer', { unit: A.id })
  users.organizer = await makeUser(payload, 'organizer')
  users.admin = await makeUser(payload, 'admin')
  users.journalist = await makeUser(payload, 'journalist')
  for (const key of Object.keys(users)) tokens[key] = await login(users[key].email, PASSWORD)
})
afterAll(() => payload.destroy())

const L = ['newFactor', 'nurturing', 'recognised', 'proposedToProvince', 'provincial', 'proposedToCentral', 'national', 'archived'] as const
type S = (typeof L)[number]

const statusOf = async (id: number) =>
  (await payload.findByID({ collection: 'exemplars', id, overrideAccess: true, depth: 0 })) as never as {
    status: S
    recognisedYears?: number[]
    archivedFrom?: S | null
    transitionReason?: string | null
    transitionEvidence?: unknown
  }
const changesOf = async (id: number) =>
  (
    await payload.find({
      collection: 'statusChanges',
      where: { exemplar: { equals: id } },
      sort: 'at',
      depth: 0,
      overrideAccess: true,
      limit: 100,
    })
  ).docs as never as {
    from: S | null
    to: S
    reason?: string | null
    actor?: number | null
    evidence?: number | null
  }[]
const fresh = async (status: S, unit = u.A) => (await makeExemplar(payload, { unit, status, recognisedYears: [] })).id
const patch = (key: string, id: number, json: Record<string, unknown>) => rest('PATCH', `/exemplars/${id}`, { token: tokens[key], json })
const message = (body: unknown) => (body as { errors?: { message: string }[] }).errors?.map((e) => e.message).join(' | ') ?? ''

/**
 * Every pair (from → to), written out by hand. Y = allowed (with a reason), - = refused.
 * Rows = from, columns = to: newFactor nurturing recognised proposedToProvince provincial proposedToCentral national archived
 */
const ALLOWED: Record<'officer' | 'organizer', Record<S, string>> = {
  officer: {
    newFactor: /*         */ '= Y - - - - - Y',
    nurturing: /*         */ 'Y = Y - - - - Y',
    recognised: /*        */ '- Y = Y - - - Y',
    proposedToProvince: /**/ '- - Y = - - - Y',
    provincial: /*        */ '- - - - = - - -',
    proposedToCentral: /* */ '- - - - - = - -',
    national: /*          */ '- - - - - - = -',
    archived: /*          */ '- - - - - - - =',
  },
  organizer: {
    newFactor: /*         */ '= Y - - - - - Y',
    nurturing: /*         */ 'Y = Y - - - - Y',
    recognised: /*        */ '- Y = Y - - - Y',
    proposedToProvince: /**/ '- - Y = Y - - Y',
    provincial: /*        */ '- - - Y = Y - Y',
    proposedToCentral: /* */ '- - - - Y = Y Y',
    national: /*          */ '- - - - - Y = Y',
    archived: /*          */ 'Y Y Y Y Y Y Y =',
  },
}

describe('every transition through REST, per role', () => {
  for (const role of ['officer', 'organizer'] as const) {
    const pairs = L.flatMap((from) => ALLOWED[role][from].split(' ').map((mark, i) => ({ from, to: L[i], mark }))).filter(
      (p) => p.mark !== '=',
    )
    it(`${role}: ${pairs.filter((p) => p.mark === 'Y').length} legal moves succeed and are recorded; the rest are refused`, async () => {
      for (const { from, to, mark } of pairs) {
        const id = await fresh(from)
        const reason = `Lý do ${from} → ${to}`
        const res = await patch(role, id, { status: to, transitionReason: reason })
        const after = await statusOf(id)
        const changes = await changesOf(id)
        if (mark === 'Y') {
          expect({ from, to, status: res.status }).toEqual({ from, to, status: 200 })
          expect(after.status).toBe(to)
          expect(after.transitionReason ?? null).toBeNull()
          expect(changes).toHaveLength(1)
          expect(changes[0]).toMatchObject({ from, to, reason, actor: users[role].id })
        } else {
          expect({ from, to, status: res.status }).toEqual({ from, to, status: 400 })
          expect(message(res.body)).toMatch(/Sở Nội vụ|một bước|lưu trữ/)
          expect(after.status).toBe(from)
          expect(changes).toHaveLength(0)
        }
      }
    })
  }
})

describe('a unit officer', () => {
  it('takes a new factor up to “Đề nghị cấp tỉnh” step by step, and gets the current year when it is recognised', async () => {
    const created = await rest('POST', '/exemplars', {
      token: tokens.officer,
      json: { name: 'Anh Chamaléa Bốn', kind: 'individual', unit: u.A, discoveredOn: '2025-02-10' },
    })
    expect(created.status).toBe(201)
    const id = created.body.doc.id
    expect(created.body.doc.status).toBe('newFactor')
    for (const to of ['nurturing', 'recognised', 'proposedToProvince'])
      expect((await patch('officer', id, { status: to })).status).toBe(200)
    const doc = await statusOf(id)
    expect(doc.status).toBe('proposedToProvince')
    expect(doc.recognisedYears).toEqual([thisYear])
    expect((await changesOf(id)).map((c) => `${c.from}→${c.to}`)).toEqual([
      'newFactor→nurturing',
      'nurturing→recognised',
      'recognised→proposedToProvince',
    ])
  })

  it('is blocked from “Điển hình cấp tỉnh” with a Vietnamese message; the exemplar is unchanged', async () => {
    const id = await fresh('proposedToProvince')
    const res = await patch('officer', id, { status: 'provincial', name: 'Đổi tên cùng lúc', transitionReason: 'Đủ tiêu chuẩn' })
    expect(res.status).toBe(400)
    expect(message(res.body)).toBe('Chỉ Sở Nội vụ được quyết định chuyển từ “Đề nghị cấp tỉnh” sang “Điển hình cấp tỉnh”.')
    const doc = await payload.findByID({ collection: 'exemplars', id, overrideAccess: true })
    expect(doc.status).toBe('proposedToProvince')
    expect(doc.name).not.toBe('Đổi tên cùng lúc')
  })

  it('withdraws a proposal only with a reason', async () => {
    const id = await fresh('proposedToProvince')
    const without = await patch('officer', id, { status: 'recognised' })
    expect(without.status).toBe(400)
    expect(message(without.body)).toBe('Cần ghi lý do khi trả lại đề nghị (“Đề nghị cấp tỉnh” → “Được công nhận”).')
    expect((await patch('officer', id, { status: 'recognised', transitionReason: 'Rút đề nghị để bổ sung hồ sơ' })).status).toBe(200)
  })

  it('creates records only at the first three statuses', async () => {
    const high = await rest('POST', '/exemplars', {
      token: tokens.officer,
      json: { name: 'Hồ sơ cấp tỉnh', kind: 'individual', unit: u.A, discoveredOn: '2025-02-10', status: 'provincial' },
    })
    expect(high.status).toBe(400)
    expect(message(high.body)).toContain('do Sở Nội vụ quyết định')
    const ok = await rest('POST', '/exemplars', {
      token: tokens.officer,
      json: { name: 'Hồ sơ được công nhận', kind: 'collective', unit: u.A, discoveredOn: '2025-02-10', status: 'recognised' },
    })
    expect(ok.status).toBe(201)
  })

  it('cannot move another unit’s exemplar at all', async () => {
    const id = await fresh('newFactor', u.B)
    expect((await patch('officer', id, { status: 'nurturing' })).status).toBe(403)
    expect((await statusOf(id)).status).toBe('newFactor')
  })

  it('is refused the same way through GraphQL and through the Local API, even with overrideAccess', async () => {
    const id = await fresh('proposedToProvince')
    const res = await gql(`mutation { updateExemplar(id: ${id}, data: { status: provincial }) { status } }`, tokens.officer)
    expect(JSON.stringify(res.body.errors)).toContain('Chỉ Sở Nội vụ được quyết định')
    const officer = await payload.findByID({ collection: 'users', id: users.officer.id, overrideAccess: true })
    await expect(
      payload.update({ collection: 'exemplars', id, data: { status: 'provincial' }, user: officer, overrideAccess: true }),
    ).rejects.toThrow('Chỉ Sở Nội vụ')
    await expect(
      payload.update({ collection: 'exemplars', id, data: { status: 'provincial' }, user: officer, overrideAccess: false }),
    ).rejects.toThrow('Chỉ Sở Nội vụ')
    expect((await statusOf(id)).status).toBe('proposedToProvince')
  })
})

describe('Sở Nội vụ', () => {
  it('decides provincial, then proposes to the centre and decides national, with evidence kept in the history', async () => {
    const id = await fresh('proposedToProvince')
    const scan = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#ffffff' } })
      .png()
      .toBuffer()
    const evidence = await payload.create({
      collection: 'media',
      data: { alt: 'Quyết định công nhận' },
      file: { data: scan, mimetype: 'image/png', name: `qd-${id}.png`, size: scan.length },
      overrideAccess: true,
    })
    expect(
      (
        await patch('organizer', id, {
          status: 'provincial',
          transitionReason: 'Quyết định số 15/QĐ-UBND',
          transitionEvidence: evidence.id,
        })
      ).status,
    ).toBe(200)
    expect((await patch('organizer', id, { status: 'proposedToCentral' })).status).toBe(200)
    expect((await patch('admin', id, { status: 'national', transitionReason: 'Quyết định của Thủ tướng' })).status).toBe(200)
    const doc = await statusOf(id)
    expect(doc.status).toBe('national')
    expect(doc.transitionEvidence ?? null).toBeNull()
    const changes = await changesOf(id)
    expect(changes.map((c) => [c.from, c.to, c.actor, c.evidence ?? null])).toEqual([
      ['proposedToProvince', 'provincial', users.organizer.id, evidence.id],
      ['provincial', 'proposedToCentral', users.organizer.id, null],
      ['proposedToCentral', 'national', users.admin.id, null],
    ])
  })

  it('returns a proposal to the centre only with a reason', async () => {
    const id = await fresh('proposedToCentral')
    const res = await patch('organizer', id, { status: 'provincial' })
    expect(res.status).toBe(400)
    expect(message(res.body)).toBe('Cần ghi lý do khi trả lại đề nghị (“Đề nghị Trung ương” → “Điển hình cấp tỉnh”).')
    expect((await patch('organizer', id, { status: 'provincial', transitionReason: 'Chưa đủ thời gian duy trì thành tích' })).status).toBe(
      200,
    )
  })

  it('creates historic records at any level', async () => {
    const res = await rest('POST', '/exemplars', {
      token: tokens.organizer,
      json: { name: 'Điển hình toàn quốc 2015', kind: 'collective', unit: u.D, discoveredOn: '2015-05-01', status: 'national' },
    })
    expect(res.status).toBe(201)
  })
})

describe('archive and restore', () => {
  it('an officer archives with a reason; only Sở Nội vụ restores, and only to the status it had', async () => {
    const id = await fresh('nurturing')
    const noReason = await patch('officer', id, { status: 'archived' })
    expect(noReason.status).toBe(400)
    expect(message(noReason.body)).toBe('Cần ghi lý do khi đưa điển hình vào lưu trữ.')
    expect((await patch('officer', id, { status: 'archived', transitionReason: 'Chuyển đi nơi khác sinh sống' })).status).toBe(200)
    expect(await statusOf(id)).toMatchObject({ status: 'archived', archivedFrom: 'nurturing' })

    const byOfficer = await patch('officer', id, { status: 'nurturing', transitionReason: 'Quay về địa phương' })
    expect(byOfficer.status).toBe(400)
    expect(message(byOfficer.body)).toBe('Chỉ Sở Nội vụ được đưa điển hình ra khỏi lưu trữ.')
    const elsewhere = await patch('organizer', id, { status: 'recognised', transitionReason: 'Quay về địa phương' })
    expect(elsewhere.status).toBe(400)
    expect(message(elsewhere.body)).toBe('Điển hình chỉ được khôi phục về trạng thái trước khi lưu trữ: “Đang bồi dưỡng”.')
    expect((await patch('organizer', id, { status: 'nurturing', transitionReason: 'Quay về địa phương' })).status).toBe(200)
    expect(await statusOf(id)).toMatchObject({ status: 'nurturing', archivedFrom: null })
    expect((await changesOf(id)).map((c) => `${c.from}→${c.to}`)).toEqual(['nurturing→archived', 'archived→nurturing'])
  })

  it('nobody sets “status before archiving” through the API', async () => {
    const id = await fresh('recognised')
    await patch('organizer', id, { status: 'archived', transitionReason: 'Vi phạm', archivedFrom: 'national' })
    expect((await statusOf(id)).archivedFrom).toBe('recognised')
  })

  it('an officer cannot archive what Sở Nội vụ decided', async () => {
    const id = await fresh('provincial')
    const res = await patch('officer', id, { status: 'archived', transitionReason: 'Không còn phù hợp' })
    expect(res.status).toBe(400)
    expect(message(res.body)).toBe('Chỉ Sở Nội vụ được đưa vào lưu trữ điển hình đã ở mức “Điển hình cấp tỉnh”.')
  })
})

describe('server code without a user, and the seed', () => {
  it('still follows the ladder (one step, reasons) but with Sở Nội vụ’s rights; the change has no actor', async () => {
    const id = await fresh('recognised')
    await expect(payload.update({ collection: 'exemplars', id, data: { status: 'national' } })).rejects.toThrow(
      'mỗi lần chỉ tiến hoặc lùi một bước',
    )
    await payload.update({ collection: 'exemplars', id, data: { status: 'proposedToProvince' } })
    await payload.update({ collection: 'exemplars', id, data: { status: 'provincial' } })
    expect((await changesOf(id)).map((c) => [c.to, c.actor ?? null])).toEqual([
      ['proposedToProvince', null],
      ['provincial', null],
    ])
  })
  it('the seed loads records as they are', async () => {
    const id = await fresh('recognised')
    await payload.update({ collection: 'exemplars', id, data: { status: 'national' }, context: asTrusted() })
    expect((await statusOf(id)).status).toBe('national')
    expect(await changesOf(id)).toHaveLength(0)
  })
})

describe('the status history', () => {
  it('staff read it; the public and journalists do not; nobody writes it through the API', async () => {
    const id = await fresh('newFactor')
    await patch('officer', id, { status: 'nurturing', transitionReason: 'Bắt đầu bồi dưỡng' })
    const staff = await rest('GET', `/statusChanges?where[exemplar][equals]=${id}`, { token: tokens.officer })
    expect(staff.body.docs.map((d: { to: string }) => d.to)).toEqual(['nurturing'])
    expect((await rest('GET', `/statusChanges?where[exemplar][equals]=${id}`, { token: tokens.journalist })).status).toBe(403)
    expect((await rest('GET', '/statusChanges')).status).toBe(403)
    expect(
      (await rest('POST', '/statusChanges', { token: tokens.admin, json: { exemplar: id, to: 'national', at: new Date().toISOString() } }))
        .status,
    ).toBe(403)
    const [change] = await changesOf(id)
    const c = change as unknown as { id: number }
    expect((await rest('PATCH', `/statusChanges/${c.id}`, { token: tokens.admin, json: { reason: 'sửa' } })).status).toBe(403)
    expect((await rest('DELETE', `/statusChanges/${c.id}`, { token: tokens.admin })).status).toBe(403)
  })

  it('shows on the exemplar’s admin page: date, Vietnamese labels, who, reason', async () => {
    const id = await fresh('recognised')
    await patch('officer', id, { status: 'proposedToProvince', transitionReason: 'Đề nghị UBND tỉnh tặng bằng khen' })
    const [change] = (await payload.find({ collection: 'statusChanges', where: { exemplar: { equals: id } }, overrideAccess: true }))
      .docs as never as { at: string }[]
    const user = await payload.findByID({ collection: 'users', id: users.organizer.id, overrideAccess: true })
    const req = await createLocalReq({ user: { ...user, collection: 'users' } as never }, payload)
    const html = renderToStaticMarkup(await ExemplarTimeline({ id, req, i18n: { language: 'vi' } } as never))
    const at = new Date(change.at)
    const vn = new Date(at.getTime() + 7 * 3600 * 1000) // Asia/Ho_Chi_Minh has no daylight saving: UTC+7
    const p = (n: number) => String(n).padStart(2, '0')
    expect(html).toContain(
      `${p(vn.getUTCDate())}/${p(vn.getUTCMonth() + 1)}/${vn.getUTCFullYear()} ${p(vn.getUTCHours())}:${p(vn.getUTCMinutes())}`,
    )
    expect(html).toContain('Từ Được công nhận sang <strong>Đề nghị cấp tỉnh</strong>')
    expect(html).toContain('Người dùng unitOfficer')
    expect(html).toContain('Đề nghị UBND tỉnh tặng bằng khen')
  })
})
