import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadQuota } from '../../src/lib/quota/loadQuota'
import { makeExemplar, makeUnit, makeUser, PASSWORD, uniq } from '../helpers/fixtures'
import { testPayload } from '../helpers/payload'
import { login, rest } from '../helpers/rest'

/**
 * A small province of its own, so other test files' data cannot change the counts:
 * province P (until 30/6/2025) > district D > communes A, B (merged into N); new province Q from 1/7/2025 > communes N, M.
 * The admin action then merges N and M (2027) and splits the result (2028).
 */
let payload: Payload
const u: Record<string, number> = {}
let organizerToken: string
let officerToken: string
let plan2022: number

beforeAll(async () => {
  payload = await testPayload()
  const P = await makeUnit(payload, { name: 'Tỉnh P', kind: 'province', validTo: '2025-06-30' })
  const Q = await makeUnit(payload, { name: 'Tỉnh Q', kind: 'province', validFrom: '2025-07-01' })
  await payload.update({ collection: 'units', id: P.id, data: { successors: [Q.id], endReason: 'merged' }, overrideAccess: true })
  const D = await makeUnit(payload, { name: 'Huyện D', kind: 'district', parent: P.id, validTo: '2025-06-30' })
  const A = await makeUnit(payload, { name: 'Xã A', kind: 'commune', parent: D.id, validTo: '2025-06-30' })
  const B = await makeUnit(payload, { name: 'Xã B', kind: 'commune', parent: D.id, validTo: '2025-06-30' })
  const N = await makeUnit(payload, { name: 'Xã N', kind: 'commune', parent: Q.id, validFrom: '2025-07-01' })
  const M = await makeUnit(payload, { name: 'Xã M', kind: 'commune', parent: Q.id, validFrom: '2025-07-01' })
  await payload.update({ collection: 'units', id: A.id, data: { successors: [N.id], endReason: 'merged' }, overrideAccess: true })
  await payload.update({ collection: 'units', id: B.id, data: { successors: [N.id], endReason: 'merged' }, overrideAccess: true })
  Object.assign(u, { P: P.id, Q: Q.id, D: D.id, A: A.id, B: B.id, N: N.id, M: M.id })

  // records, each kept in the unit it was made in
  await makeExemplar(payload, { unit: A.id, recognisedYears: [2024], discoveredOn: '2024-02-01' }) // e1
  await makeExemplar(payload, { unit: A.id, recognisedYears: [2024, 2025], discoveredOn: '2024-05-01' }) // e2
  await makeExemplar(payload, { unit: B.id, recognisedYears: [2025], discoveredOn: '2025-03-01' }) // e3
  await makeExemplar(payload, { unit: B.id, status: 'archived', recognisedYears: [2024], discoveredOn: '2024-03-01' }) // e4
  await makeExemplar(payload, { unit: N.id, recognisedYears: [2025], discoveredOn: '2025-08-01' }) // e5
  await makeExemplar(payload, { unit: N.id, recognisedYears: [2026], discoveredOn: '2026-01-10' }) // e6
  await makeExemplar(payload, { unit: M.id, recognisedYears: [2026], discoveredOn: '2026-02-10' }) // e7

  plan2022 = (
    await payload.create({
      collection: 'plans',
      overrideAccess: true,
      data: {
        name: 'Kế hoạch thử 2022-2025',
        periodFrom: 2022,
        periodTo: 2025,
        province: P.id,
        targets: [
          { appliesTo: 'kind', unitKind: 'province', minPerYear: 15, rule: 'recognised' },
          { appliesTo: 'kind', unitKind: 'district', minPerYear: 5, rule: 'recognised' },
          { appliesTo: 'kind', unitKind: 'commune', minPerYear: 2, rule: 'recognised' },
        ],
      },
    })
  ).id

  const organizer = await makeUser(payload, 'organizer')
  const officer = await makeUser(payload, 'unitOfficer', { unit: N.id })
  organizerToken = await login(organizer.email, PASSWORD)
  officerToken = await login(officer.email, PASSWORD)
})
afterAll(() => payload.destroy())

const achievedIn = async (year: number) => {
  const report = await loadQuota(payload, year)
  const mine = report.rows.filter((r) => Object.values(u).includes(r.unit.id))
  return Object.fromEntries(mine.map((r) => [r.unit.name, `${r.lines[0].achieved}/${r.lines[0].target}`]))
}

describe('quota by year, across the reorganisation', () => {
  it('2024, before it: old structure only; the archived record does not count', async () => {
    // A: e1, e2 = 2; B: e4 archived = 0; D = 2; P = 2
    expect(await achievedIn(2024)).toEqual({ 'Tỉnh P': '2/15', 'Huyện D': '2/5', 'Xã A': '2/2', 'Xã B': '0/2' })
  })
  it('2025, across it: each record once, under the unit valid when it was made', async () => {
    // A: e2; B: e3; D: 2; P: 2; N: e5; M: 0; Q: 1
    expect(await achievedIn(2025)).toEqual({
      'Tỉnh P': '2/15',
      'Tỉnh Q': '1/15',
      'Huyện D': '2/5',
      'Xã A': '1/2',
      'Xã B': '1/2',
      'Xã N': '1/2',
      'Xã M': '0/2',
    })
  })
  it('a record made in a merged commune stays under the old commune and shows in the successor’s history', async () => {
    const report = await loadQuota(payload, 2025)
    const n = report.rows.find((r) => r.unit.id === u.N)!
    expect(n.predecessors.map((p) => `${p.unit.name}: ${p.recognised}`).sort()).toEqual(['Xã A: 2', 'Xã B: 1'])
    const history = await payload.find({
      collection: 'exemplars',
      where: { unit: { in: [u.N, ...n.predecessors.map((p) => p.unit.id)] } },
      limit: 0,
      overrideAccess: true,
    })
    expect(history.totalDocs).toBe(6) // e1..e6
  })
  it('2026 has no plan until an organizer adds one; then the dashboard follows with its targets', async () => {
    expect((await loadQuota(payload, 2026)).rows.filter((r) => Object.values(u).includes(r.unit.id))).toEqual([])
    const res = await rest('POST', '/plans', {
      token: organizerToken,
      json: {
        name: 'Kế hoạch 2026-2030',
        periodFrom: 2026,
        periodTo: 2030,
        province: u.Q,
        targets: [
          { appliesTo: 'kind', unitKind: 'commune', minPerYear: 3, rule: 'recognised', wording: 'mỗi xã, phường có ít nhất 03 điển hình' },
        ],
      },
    })
    expect(res.status).toBe(201)
    // N: e6 = 1/3; M: e7 = 1/3; the province has no row in the new plan
    expect(await achievedIn(2026)).toEqual({ 'Xã N': '1/3', 'Xã M': '1/3' })
    expect((await loadQuota(payload, 2025)).plans.map((p) => p.id)).toContain(plan2022)
  })
})

describe('"Sắp xếp đơn vị" through REST', () => {
  it('a unit officer cannot run it', async () => {
    const res = await rest('POST', '/units/reorganise', {
      token: officerToken,
      json: {
        type: 'merge',
        from: [u.N, u.M],
        into: [{ name: 'Xã X', code: uniq('X'), kind: 'commune', parent: u.Q }],
        effectiveDate: '2027-01-01',
        decision: 'NQ thử',
      },
    })
    expect(res.status).toBe(403)
  })
  it('refuses bad input with a Vietnamese reason and changes nothing', async () => {
    const res = await rest('POST', '/units/reorganise', {
      token: organizerToken,
      json: { type: 'merge', from: [u.N], into: [], effectiveDate: 'mai', decision: '' },
    })
    expect(res.status).toBe(400)
    expect(JSON.stringify(res.body)).toContain('Ngày hiệu lực không hợp lệ')
    const broken = await rest('POST', '/units/reorganise', {
      token: organizerToken,
      body: '{not json',
      headers: { 'Content-Type': 'application/json' },
    })
    expect(broken.status).toBe(400)
    const n = await payload.findByID({ collection: 'units', id: u.N, overrideAccess: true })
    expect(n.validTo).toBeFalsy()
  })
  it('merges N and M into a new commune in one step; every record keeps a unit; officers move, audited', async () => {
    const code = uniq('NM')
    const res = await rest('POST', '/units/reorganise', {
      token: organizerToken,
      json: {
        type: 'merge',
        from: [u.N, u.M],
        into: [{ name: 'Xã NM', code, kind: 'commune', parent: u.Q }],
        effectiveDate: '2027-01-01',
        decision: 'Nghị quyết số 99/NQ-UBTVQH',
        moveOfficers: true,
      },
    })
    expect(res.status).toBe(201)
    const nm = res.body.created[0].id
    for (const id of [u.N, u.M]) {
      const old = await payload.findByID({ collection: 'units', id, overrideAccess: true, depth: 0 })
      expect(old).toMatchObject({ endReason: 'merged', endDecision: 'Nghị quyết số 99/NQ-UBTVQH', successors: [nm] })
      expect(old.validTo?.slice(0, 10)).toBe('2026-12-31')
    }
    const orphans = await payload.find({ collection: 'exemplars', where: { unit: { exists: false } }, overrideAccess: true })
    expect(orphans.totalDocs).toBe(0)
    const officers = await payload.find({ collection: 'users', where: { unit: { equals: nm } }, overrideAccess: true })
    expect(officers.totalDocs).toBe(1)
    const audit = await payload.find({
      collection: 'auditLogs',
      where: {
        action: { in: ['unit.reorganised', 'user.unitMoved'] },
        targetId: { in: [String(u.N), String(u.M), String(officers.docs[0].id)] },
      },
      overrideAccess: true,
    })
    expect(audit.docs.map((a) => a.action).sort()).toEqual(['unit.reorganised', 'unit.reorganised', 'user.unitMoved'])

    // 2027: the successor shows both histories; 2026 still counts under N and M
    const report = await loadQuota(payload, 2027)
    const row = report.rows.find((r) => r.unit.id === nm)!
    expect(row.predecessors.map((p) => `${p.unit.name}: ${p.recognised}`).sort()).toEqual(['Xã A: 2', 'Xã B: 1', 'Xã M: 1', 'Xã N: 2'])
    expect(await achievedIn(2026)).toEqual({ 'Xã N': '1/3', 'Xã M': '1/3' })
  })
  it('splits a commune into two', async () => {
    const nm = (await payload.find({ collection: 'units', where: { name: { equals: 'Xã NM' } }, overrideAccess: true })).docs[0].id
    const res = await rest('POST', '/units/reorganise', {
      token: organizerToken,
      json: {
        type: 'split',
        from: [nm],
        into: [
          { name: 'Xã Bắc', code: uniq('B'), kind: 'commune', parent: u.Q },
          { name: 'Xã Nam', code: uniq('S'), kind: 'commune', parent: u.Q },
        ],
        effectiveDate: '2028-01-01',
        decision: 'Nghị quyết chia tách',
      },
    })
    expect(res.status).toBe(201)
    const old = await payload.findByID({ collection: 'units', id: nm, overrideAccess: true, depth: 0 })
    expect(old.endReason).toBe('split')
    expect(old.successors).toHaveLength(2)
  })
})
