import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeExemplar, makeUnit, makeUser, PASSWORD } from '../helpers/fixtures'
import { testPayload } from '../helpers/payload'
import { gql, login, rest } from '../helpers/rest'

/** Commendations, inspections, nurturing and budget lines, per role. District D > communes A (the officer's) and B. */
let payload: Payload
const u: Record<string, number> = {}
const users: Record<string, { id: number; email: string }> = {}
const tokens: Record<string, string> = {}
let exemplarA: number

beforeAll(async () => {
  payload = await testPayload()
  const D = await makeUnit(payload, { name: 'Huyện Hồ Sơ', kind: 'district' })
  const A = await makeUnit(payload, { name: 'Xã Hồ Sơ A', kind: 'commune', parent: D.id })
  const B = await makeUnit(payload, { name: 'Xã Hồ Sơ B', kind: 'commune', parent: D.id })
  Object.assign(u, { D: D.id, A: A.id, B: B.id })
  exemplarA = (await makeExemplar(payload, { unit: A.id, status: 'recognised' })).id
  users.officer = await makeUser(payload, 'unitOfficer', { unit: A.id })
  users.officerB = await makeUser(payload, 'unitOfficer', { unit: B.id })
  users.organizer = await makeUser(payload, 'organizer')
  users.journalist = await makeUser(payload, 'journalist')
  for (const key of Object.keys(users)) tokens[key] = await login(users[key].email, PASSWORD)
})
afterAll(() => payload.destroy())

const message = (body: unknown) => (body as { errors?: { message: string }[] }).errors?.map((e) => e.message).join(' | ') ?? ''
const asUser = async (key: string) => (await payload.findByID({ collection: 'users', id: users[key].id, overrideAccess: true })) as never

describe('commendations: proposal and appraisal', () => {
  const proposal = (extra: Record<string, unknown> = {}) => ({
    exemplar: exemplarA,
    unit: u.A,
    proposedBy: u.A,
    form: 'diplomaOfMerit',
    level: 'province',
    achievementSummary: 'Thành tích xuất sắc 2025',
    ...extra,
  })
  const audits = async (id: number) =>
    (
      await payload.find({
        collection: 'auditLogs',
        where: { targetCollection: { equals: 'commendations' }, targetId: { equals: String(id) } },
        sort: 'createdAt',
        overrideAccess: true,
      })
    ).docs.map((d) => [d.action, typeof d.actor === 'object' ? d.actor?.id : d.actor])

  it('an officer proposes in their unit (decision fields ignored), not elsewhere and not at a decided status', async () => {
    const res = await rest('POST', '/commendations', { token: tokens.officer, json: proposal({ decisionNumber: '99/QĐ-giả' }) })
    expect(res.status).toBe(201)
    expect(res.body.doc).toMatchObject({ status: 'proposed' })
    expect(res.body.doc.decisionNumber ?? null).toBeNull()
    expect((await rest('POST', '/commendations', { token: tokens.officer, json: proposal({ unit: u.B, proposedBy: u.B }) })).status).toBe(
      403,
    )
    const decided = await rest('POST', '/commendations', { token: tokens.officer, json: proposal({ status: 'approved' }) })
    expect(decided.status).toBe(400)
    expect(message(decided.body)).toBe('Đơn vị chỉ được tạo đề nghị khen thưởng; việc thẩm định, duyệt do Sở Nội vụ quyết định.')
    const nobody = await rest('POST', '/commendations', { token: tokens.officer, json: proposal({ exemplar: null }) })
    expect(nobody.status).toBe(400)
    expect(message(nobody.body)).toBe('Cần chọn điển hình hoặc ghi tên tập thể, cá nhân được đề nghị khen thưởng.')
  })

  it('only Sở Nội vụ appraises and approves (with a decision); every decision is audited', async () => {
    const id = (await rest('POST', '/commendations', { token: tokens.officer, json: proposal() })).body.doc.id
    const byOfficer = await rest('PATCH', `/commendations/${id}`, { token: tokens.officer, json: { status: 'appraising' } })
    expect(byOfficer.status).toBe(400)
    expect(message(byOfficer.body)).toBe('Chỉ Sở Nội vụ được chuyển đề nghị khen thưởng sang “Đang thẩm định”.')
    expect((await rest('PATCH', `/commendations/${id}`, { token: tokens.organizer, json: { status: 'appraising' } })).status).toBe(200)

    const locked = await rest('PATCH', `/commendations/${id}`, {
      token: tokens.officer,
      json: { achievementSummary: 'Sửa khi đang thẩm định' },
    })
    expect(locked.status).toBe(400)
    expect(message(locked.body)).toBe('Đề nghị khen thưởng ở trạng thái “Đang thẩm định”, đơn vị không được sửa.')

    const noDecision = await rest('PATCH', `/commendations/${id}`, { token: tokens.organizer, json: { status: 'approved' } })
    expect(noDecision.status).toBe(400)
    expect(message(noDecision.body)).toBe('Cần nhập số và ngày quyết định khen thưởng khi duyệt.')
    const approved = await rest('PATCH', `/commendations/${id}`, {
      token: tokens.organizer,
      json: { status: 'approved', decisionNumber: '1234/QĐ-UBND', decisionDate: '2025-09-02' },
    })
    expect(approved.status).toBe(200)
    const doc = await payload.findByID({ collection: 'commendations', id, overrideAccess: true })
    expect(doc).toMatchObject({ status: 'approved', decisionNumber: '1234/QĐ-UBND', achievementSummary: 'Thành tích xuất sắc 2025' })
    expect(await audits(id)).toEqual([
      ['commendation.proposed', users.officer.id],
      ['commendation.appraising', users.organizer.id],
      ['commendation.approved', users.organizer.id],
    ])
  })

  it('a returned proposal carries a note; the unit may propose it again', async () => {
    const id = (
      await rest('POST', '/commendations', { token: tokens.officer, json: proposal({ form: 'certificateOfMerit', level: 'district' }) })
    ).body.doc.id
    // not appraised yet
    expect((await rest('PATCH', `/commendations/${id}`, { token: tokens.organizer, json: { status: 'returned' } })).status).toBe(400)
    await rest('PATCH', `/commendations/${id}`, { token: tokens.organizer, json: { status: 'appraising' } })
    const noNote = await rest('PATCH', `/commendations/${id}`, { token: tokens.organizer, json: { status: 'returned' } })
    expect(message(noNote.body)).toBe('Cần ghi lý do trả lại đề nghị khen thưởng.')
    expect(
      (
        await rest('PATCH', `/commendations/${id}`, {
          token: tokens.organizer,
          json: { status: 'returned', returnNote: 'Thiếu xác nhận của UBND xã' },
        })
      ).status,
    ).toBe(200)
    expect((await rest('PATCH', `/commendations/${id}`, { token: tokens.officer, json: { status: 'approved' } })).status).toBe(400)
    expect(
      (
        await rest('PATCH', `/commendations/${id}`, {
          token: tokens.officer,
          json: { status: 'proposed', achievementSummary: 'Đã bổ sung xác nhận' },
        })
      ).status,
    ).toBe(200)
    expect((await audits(id)).map((a) => a[0])).toEqual([
      'commendation.proposed',
      'commendation.appraising',
      'commendation.returned',
      'commendation.proposed',
    ])
    const [returned] = (
      await payload.find({
        collection: 'auditLogs',
        where: { targetId: { equals: String(id) }, action: { equals: 'commendation.returned' } },
        overrideAccess: true,
      })
    ).docs
    expect(returned.reason).toBe('Thiếu xác nhận của UBND xã')
  })

  it('the Local API and GraphQL follow the same rule for an officer', async () => {
    const id = (await rest('POST', '/commendations', { token: tokens.officer, json: proposal() })).body.doc.id
    await expect(
      payload.update({
        collection: 'commendations',
        id,
        data: { status: 'appraising' },
        user: await asUser('officer'),
        overrideAccess: false,
      }),
    ).rejects.toThrow('Chỉ Sở Nội vụ')
    const res = await gql(`mutation { updateCommendation(id: ${id}, data: { status: appraising }) { status } }`, tokens.officer)
    expect(JSON.stringify(res.body.errors)).toContain('Chỉ Sở Nội vụ')
    expect((await payload.findByID({ collection: 'commendations', id, overrideAccess: true })).status).toBe('proposed')
  })
})

describe('inspections', () => {
  let inA: number
  let inB: number
  beforeAll(async () => {
    const make = (unit: number) =>
      rest('POST', '/inspections', {
        token: tokens.organizer,
        json: {
          team: 'Đoàn kiểm tra số 3',
          members: [{ fullName: 'Bà Đặng Thị Mai', position: 'Phó Giám đốc Sở Nội vụ' }],
          unit,
          date: '2025-10-15',
          findings: 'Chưa cập nhật hồ sơ điển hình',
          recommendations: 'Bổ sung hồ sơ trước 31/12',
        },
      })
    const a = await make(u.A)
    expect(a.status).toBe(201)
    inA = a.body.doc.id
    inB = (await make(u.B)).body.doc.id
  })

  it('only Sở Nội vụ creates them', async () => {
    expect(
      (await rest('POST', '/inspections', { token: tokens.officer, json: { team: 'Tự kiểm tra', unit: u.A, date: '2025-10-15' } })).status,
    ).toBe(403)
  })

  it('an officer reads their own units’ inspections only; the public reads none', async () => {
    const mine = await rest('GET', `/inspections?where[id][in]=${inA},${inB}`, { token: tokens.officer })
    expect(mine.body.docs.map((d: { id: number }) => d.id)).toEqual([inA])
    const viaGql = await gql(
      `{ Inspections(where: { team: { equals: "Đoàn kiểm tra số 3" } }, limit: 100) { docs { id } } }`,
      tokens.officer,
    )
    expect(viaGql.body.errors).toBeUndefined()
    expect(viaGql.body.data.Inspections.docs.map((d: { id: number }) => d.id).filter((id: number) => [inA, inB].includes(id))).toEqual([
      inA,
    ])
    expect((await rest('GET', `/inspections?where[id][in]=${inA},${inB}`, { token: tokens.journalist })).body.docs ?? []).toEqual([])
  })

  it('an officer updates the follow-up only; the findings stay as Sở Nội vụ wrote them', async () => {
    const res = await rest('PATCH', `/inspections/${inA}`, {
      token: tokens.officer,
      json: {
        followUpStatus: 'inProgress',
        followUpNotes: 'Đã bổ sung 3 hồ sơ',
        findings: 'Không có thiếu sót',
        team: 'Đoàn khác',
        unit: u.D,
      },
    })
    expect(res.status).toBe(200)
    const doc = await payload.findByID({ collection: 'inspections', id: inA, overrideAccess: true, depth: 0 })
    expect(doc).toMatchObject({
      followUpStatus: 'inProgress',
      followUpNotes: 'Đã bổ sung 3 hồ sơ',
      findings: 'Chưa cập nhật hồ sơ điển hình',
      team: 'Đoàn kiểm tra số 3',
      unit: u.A,
    })
    expect((await rest('PATCH', `/inspections/${inB}`, { token: tokens.officer, json: { followUpStatus: 'done' } })).status).toBe(403)
  })

  it('Sở Nội vụ still edits everything', async () => {
    expect(
      (await rest('PATCH', `/inspections/${inA}`, { token: tokens.organizer, json: { findings: 'Đã khắc phục một phần' } })).status,
    ).toBe(200)
    expect((await payload.findByID({ collection: 'inspections', id: inA, overrideAccess: true })).findings).toBe('Đã khắc phục một phần')
  })
})

describe('nurturing and budget lines are unit-scoped', () => {
  it('nurturing: an officer records support in their unit, sees only their unit’s records', async () => {
    const data = (unit: number) => ({
      exemplar: exemplarA,
      unit,
      date: '2025-04-01',
      kind: 'technical',
      description: 'Tập huấn kỹ thuật trồng nho',
    })
    const mine = await rest('POST', '/nurturing', { token: tokens.officer, json: data(u.A) })
    expect(mine.status).toBe(201)
    expect(mine.body.doc.status).toBe('open')
    expect((await rest('POST', '/nurturing', { token: tokens.officer, json: data(u.B) })).status).toBe(403)
    const other = await payload.create({ collection: 'nurturing', data: data(u.B) as never, overrideAccess: true })
    const seen = await payload.find({
      collection: 'nurturing',
      where: { id: { in: [mine.body.doc.id, other.id] } },
      user: await asUser('officer'),
      overrideAccess: false,
    })
    expect(seen.docs.map((d) => d.id)).toEqual([mine.body.doc.id])
    expect((await rest('PATCH', `/nurturing/${other.id}`, { token: tokens.officer, json: { status: 'closed' } })).status).toBe(403)
  })

  it('budget lines: whole đồng, not negative; in the officer’s own unit only', async () => {
    const line = (amount: unknown, unit = u.A) => ({ unit, year: 2025, item: 'Tổ chức hội nghị biểu dương', amount })
    const negative = await rest('POST', '/budgetLines', { token: tokens.officer, json: line(-1000) })
    expect(negative.status).toBe(400)
    const fraction = await rest('POST', '/budgetLines', { token: tokens.officer, json: line(1500.5) })
    expect(fraction.status).toBe(400)
    expect(message(fraction.body) + JSON.stringify(fraction.body)).toContain('số nguyên đồng')
    const ok = await rest('POST', '/budgetLines', { token: tokens.officer, json: line(25_000_000) })
    expect(ok.status).toBe(201)
    expect(ok.body.doc.amount).toBe(25_000_000)
    expect((await rest('POST', '/budgetLines', { token: tokens.officer, json: line(1000, u.B) })).status).toBe(403)
    const readByB = await rest('GET', `/budgetLines?where[id][equals]=${ok.body.doc.id}`, { token: tokens.officerB })
    expect(readByB.body.docs).toEqual([])
  })
})
