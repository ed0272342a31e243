import ExcelJS from 'exceljs'
import { createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadPublicResults } from '../../src/app/(site)/cuoc-thi/[slug]/ket-qua/results'
import { aggregate } from '../../src/domain/judging/aggregate'
import { entryCertificate } from '../../src/endpoints/judging/certificate'
import { verifyCertificate } from '../../src/server/contest/certificate'
import { makeUser, PASSWORD } from '../helpers/fixtures'
import { makeEntry, makeJudgingContest, marksFor } from '../helpers/judgingFixtures'
import { waitForMail } from '../helpers/mailbox'
import { formatVnDateTime } from '../../src/domain/contest/deadline'
import { testPayload } from '../helpers/payload'
import { pdfText } from '../helpers/pdfText'
import { gql, login, rest } from '../helpers/rest'

let payload: Payload
type U = { id: number; email: string }
let organizer: U
let organizerToken: string
let journalist: U

beforeAll(async () => {
  payload = await testPayload()
  organizer = await makeUser(payload, 'organizer')
  organizerToken = await login(organizer.email, PASSWORD)
  journalist = await makeUser(payload, 'journalist', { fullName: 'Lê Thị Thu Trang' })
})
afterAll(() => payload.destroy())

const assignmentsOf = async (entries: number[], round = 'preliminary') =>
  (
    await payload.find({
      collection: 'judgeAssignments',
      where: { entry: { in: entries }, round: { equals: round } },
      depth: 0,
      limit: 0,
      pagination: false,
      overrideAccess: true,
    })
  ).docs

describe('assignment', () => {
  const j: U[] = []
  const e: Record<string, number> = {}
  let contestId: number
  let otherOutlet: number

  beforeAll(async () => {
    const outlet = await payload.create({
      collection: 'outlets',
      data: { name: 'Báo Phân Công', kind: 'newspaper', _status: 'published' },
      overrideAccess: true,
    })
    otherOutlet = (
      await payload.create({
        collection: 'outlets',
        data: { name: 'Đài Phân Công', kind: 'broadcaster', _status: 'published' },
        overrideAccess: true,
      })
    ).id
    j.push(await makeUser(payload, 'judge', { workplaceOutlet: outlet.id })) // J1 works for the outlet
    j.push(await makeUser(payload, 'judge')) // J2 wrote an entry
    j.push(await makeUser(payload, 'judge')) // J3 co-wrote one (by e-mail)
    j.push(await makeUser(payload, 'judge')) // J4
    const { contest, category } = await makeJudgingContest(payload, { judgesPerEntry: 2 })
    contestId = contest.id
    const base = { contest: contest.id, category: category.id, author: journalist.id }
    e.outlet = (await makeEntry(payload, { ...base, outlet: outlet.id })).id
    e.byJudge = (await makeEntry(payload, { ...base, author: j[1].id, outlet: otherOutlet })).id
    e.coAuthored = (await makeEntry(payload, { ...base, coAuthors: [{ fullName: 'Giám khảo ba', email: j[2].email.toUpperCase() }] })).id
    e.plain1 = (await makeEntry(payload, base)).id
    e.plain2 = (await makeEntry(payload, base)).id
    await makeEntry(payload, { ...base, status: 'submitted' }) // not screened yet: not assigned
  })

  it('refuses anyone but an organizer', async () => {
    const token = await login(j[0].email, PASSWORD)
    expect((await rest('POST', `/contests/${contestId}/assign`, { token, json: { round: 'preliminary' } })).status).toBe(403)
  })

  it('refuses bad input in Vietnamese, without creating anything', async () => {
    const bad = await rest('POST', `/contests/${contestId}/assign`, { token: organizerToken, json: { round: 'vong-3' } })
    expect(bad.status).toBe(400)
    expect(JSON.stringify(bad.body)).toContain('Vòng chấm phải là')
    const notJudge = await rest('POST', `/contests/${contestId}/assign`, {
      token: organizerToken,
      json: { round: 'preliminary', judges: [organizer.id] },
    })
    expect(notJudge.status).toBe(400)
    expect(JSON.stringify(notJudge.body)).toContain('không có vai trò giám khảo')
    expect(await assignmentsOf(Object.values(e))).toHaveLength(0)
  })

  it('gives each eligible entry 2 judges, never the outlet’s, the author or a co-author, with balanced load', async () => {
    const res = await rest('POST', `/contests/${contestId}/assign`, {
      token: organizerToken,
      json: { round: 'preliminary', judges: j.map((x) => x.id) },
    })
    expect(res.status).toBe(201)
    // by hand: entries with 3 eligible judges first (outlet, byJudge, coAuthored), then the plain ones; lowest load, then lowest id
    // outlet → J2, J3 · byJudge → J1, J4 · coAuthored → J1, J2 · plain1 → J3, J4 · plain2 → J1, J2
    const pairs = (await assignmentsOf(Object.values(e))).map((a) => `${a.entry}:${a.judge}`).sort()
    const want = [
      [e.outlet, 1],
      [e.outlet, 2],
      [e.byJudge, 0],
      [e.byJudge, 3],
      [e.coAuthored, 0],
      [e.coAuthored, 1],
      [e.plain1, 2],
      [e.plain1, 3],
      [e.plain2, 0],
      [e.plain2, 1],
    ]
      .map(([entry, judge]) => `${entry}:${j[judge].id}`)
      .sort()
    expect(pairs).toEqual(want)
    expect(res.body.load.map((l: { count: number }) => l.count)).toEqual([3, 3, 2, 2])
    expect(res.body.unassignable).toEqual([])
    const audit = await payload.find({
      collection: 'auditLogs',
      where: { action: { equals: 'judging.assigned' }, targetId: { equals: String(contestId) } },
      overrideAccess: true,
    })
    expect(audit.docs).toHaveLength(1)
  })

  it('an organizer cannot hand-assign a conflicted judge, nor twice the same', async () => {
    const sameOutlet = await rest('POST', '/judgeAssignments', {
      token: organizerToken,
      json: { entry: e.outlet, judge: j[0].id, round: 'preliminary' },
    })
    expect(sameOutlet.status).toBe(400)
    expect(JSON.stringify(sameOutlet.body)).toContain('công tác tại cơ quan báo chí')
    const author = await rest('POST', '/judgeAssignments', {
      token: organizerToken,
      json: { entry: e.byJudge, judge: j[1].id, round: 'preliminary' },
    })
    expect(JSON.stringify(author.body)).toContain('là tác giả')
    const twice = await rest('POST', '/judgeAssignments', {
      token: organizerToken,
      json: { entry: e.plain1, judge: j[2].id, round: 'preliminary' },
    })
    expect(JSON.stringify(twice.body)).toContain('đã được phân công')
  })

  it('a judge declares a conflict (and nothing else); the organizer re-runs the assignment to replace them', async () => {
    const token = await login(j[3].email, PASSWORD)
    const [mine] = (await assignmentsOf([e.plain1])).filter((a) => a.judge === j[3].id)
    expect((await rest('PATCH', `/judgeAssignments/${mine.id}`, { token, json: { status: 'submitted' } })).status).toBe(403)
    expect((await rest('PATCH', `/judgeAssignments/${mine.id}`, { token, json: { judge: j[0].id } })).status).toBe(403)
    const noReason = await rest('PATCH', `/judgeAssignments/${mine.id}`, { token, json: { status: 'conflict' } })
    expect(noReason.status).toBe(400)
    expect(JSON.stringify(noReason.body)).toContain('lý do xung đột lợi ích')
    const declared = await rest('PATCH', `/judgeAssignments/${mine.id}`, {
      token,
      json: { status: 'conflict', conflictReason: 'Tác giả là người thân của tôi' },
    })
    expect(declared.status).toBe(200)
    // the entry is no longer readable for that judge
    expect((await rest('GET', `/entries/${e.plain1}`, { token })).status).toBe(404)
    const audit = await payload.find({
      collection: 'auditLogs',
      where: { action: { equals: 'judgeAssignment.conflictDeclared' }, targetId: { equals: String(mine.id) } },
      overrideAccess: true,
    })
    expect(audit.docs[0]?.reason).toBe('Tác giả là người thân của tôi')

    const again = await rest('POST', `/contests/${contestId}/assign`, {
      token: organizerToken,
      json: { round: 'preliminary', judges: j.map((x) => x.id) },
    })
    expect(again.status).toBe(201)
    // plain1 needs one more: J3 has it, J4 declared a conflict; J1 and J2 both carry 3 → J1 (lower id)
    expect(again.body.created.map((c: { entry: number; judge: number }) => [c.entry, c.judge])).toEqual([[e.plain1, j[0].id]])
    expect(again.body.load.map((l: { count: number }) => l.count)).toEqual([4, 3, 2, 1])
  })

  it('reports an entry that cannot get enough judges', async () => {
    const { contest, category } = await makeJudgingContest(payload, { judgesPerEntry: 3 })
    const entry = await makeEntry(payload, { contest: contest.id, category: category.id, author: j[1].id })
    const res = await rest('POST', `/contests/${contest.id}/assign`, {
      token: organizerToken,
      json: { round: 'preliminary', judges: j.map((x) => x.id) },
    })
    expect(res.status).toBe(201)
    // J2 is the author: J1, J3, J4 remain, exactly 3
    expect(res.body.unassignable).toEqual([])
    const res2 = await rest('POST', `/contests/${contest.id}/assign`, {
      token: organizerToken,
      json: { round: 'preliminary', judges: j.map((x) => x.id), k: 4 },
    })
    expect(res2.body.unassignable).toEqual([{ entry: entry.id, has: 3, needs: 4 }])
  })
})

describe('scoring, the worked example, prizes and publication', () => {
  const w: U[] = []
  const E: Record<string, number> = {}
  const A: Record<string, number> = {} // assignment ids by "E1|J1"
  const tokens: string[] = []
  let contestId: number
  let categoryId: number
  let other: U

  beforeAll(async () => {
    for (let i = 0; i < 5; i++) w.push(await makeUser(payload, 'judge', { fullName: `Giám khảo W${i + 1}` }))
    for (const x of w) tokens.push(await login(x.email, PASSWORD))
    other = await makeUser(payload, 'journalist')
    const { contest, category } = await makeJudgingContest(payload)
    contestId = contest.id
    categoryId = category.id
    for (const [i, name] of ['E1', 'E2', 'E3', 'E4'].entries())
      E[name] = (
        await makeEntry(payload, {
          contest: contest.id,
          category: category.id,
          author: journalist.id,
          title: `Tác phẩm ${name}`,
          submittedAt: `2026-03-01T0${i + 1}:00:00Z`,
        })
      ).id
    const plan: [string, number[]][] = [
      ['E1', [0, 1, 2]],
      ['E2', [0, 1, 3, 4]],
      ['E3', [0, 1, 3]],
      ['E4', [2, 3]],
    ]
    for (const [entry, judges] of plan)
      for (const jx of judges)
        A[`${entry}|J${jx + 1}`] = (
          await payload.create({
            collection: 'judgeAssignments',
            data: { entry: E[entry], judge: w[jx].id, round: 'preliminary', status: 'assigned' },
            overrideAccess: true,
          })
        ).id
  })

  const submit = (judge: number, key: string, total: number) =>
    rest('POST', '/scores', { token: tokens[judge], json: { assignment: A[key], criteria: marksFor(total), locked: true } })

  it('a judge submits sheets for their own assignments; the server computes the total', async () => {
    const sheets: [number, string, number][] = [
      [0, 'E1|J1', 90],
      [0, 'E2|J1', 80],
      [0, 'E3|J1', 70],
      [1, 'E1|J2', 50],
      [1, 'E2|J2', 70],
      [1, 'E3|J2', 60],
      [2, 'E1|J3', 75],
      [3, 'E2|J4', 60],
      [3, 'E3|J4', 60],
    ]
    for (const [judge, key, total] of sheets) {
      const res = await submit(judge, key, total)
      expect(res.status, JSON.stringify(res.body)).toBe(201)
      expect(res.body.doc.total).toBe(total)
      expect(res.body.doc.judge).toMatchObject({ id: w[judge].id })
    }
    const assignment = await payload.findByID({ collection: 'judgeAssignments', id: A['E1|J1'], overrideAccess: true })
    expect(assignment.status).toBe('submitted')
  })

  it('refuses a sheet for someone else’s assignment, a total sent by the judge and marks out of range', async () => {
    expect((await rest('POST', '/scores', { token: tokens[0], json: { assignment: A['E4|J3'], criteria: marksFor(50) } })).status).toBe(403)
    const range = await rest('POST', '/scores', {
      token: tokens[2],
      json: {
        assignment: A['E4|J3'],
        criteria: [
          { key: 'noiDung', score: 11 },
          { key: 'hinhThuc', score: 5 },
        ],
        locked: true,
      },
    })
    expect(range.status).toBe(400)
    expect(JSON.stringify(range.body)).toContain('phải từ 0 đến 10')
    const missing = await rest('POST', '/scores', {
      token: tokens[2],
      json: { assignment: A['E4|J3'], criteria: [{ key: 'noiDung', score: 5 }], locked: true },
    })
    expect(JSON.stringify(missing.body)).toContain('Chưa chấm tiêu chí')
    // a draft without the total it pretends to have
    const draft = await rest('POST', '/scores', {
      token: tokens[2],
      json: { assignment: A['E4|J3'], criteria: [{ key: 'noiDung', score: 5 }], total: 100 },
    })
    expect(draft.status).toBe(201)
    expect(draft.body.doc.total).toBeNull()
    expect(draft.body.doc.locked).toBe(false)
    expect(
      (await rest('POST', '/scores', { token: organizerToken, json: { assignment: A['E4|J3'], criteria: marksFor(50) } })).status,
    ).toBe(403)
  })

  it('a judge reads only their own sheets: REST, GraphQL and the Local API', async () => {
    const own = await rest('GET', '/scores?limit=100&depth=0', { token: tokens[0] })
    expect(own.body.docs.map((d: { judge: number }) => d.judge)).toEqual([w[0].id, w[0].id, w[0].id])
    const theirs = await payload.find({ collection: 'scores', where: { assignment: { equals: A['E1|J2'] } }, overrideAccess: true })
    expect((await rest('GET', `/scores/${theirs.docs[0].id}`, { token: tokens[0] })).status).toBe(404)
    const viaGql = await gql('{ Scores(limit: 100) { docs { id total judge { id } } } }', tokens[0])
    const docs = viaGql.body.data?.Scores?.docs
    expect(docs, JSON.stringify(viaGql.body)).toBeDefined()
    expect(docs.map((d: { judge: { id: number } }) => d.judge.id)).toEqual([w[0].id, w[0].id, w[0].id])
    const user = await payload.findByID({ collection: 'users', id: w[0].id, overrideAccess: true })
    const local = await payload.find({ collection: 'scores', overrideAccess: false, user: user as never, limit: 100 })
    expect(local.docs).toHaveLength(3)
    // nor through the entry's assignments
    const list = await rest('GET', '/judgeAssignments?limit=100&depth=0', { token: tokens[0] })
    expect(new Set(list.body.docs.map((d: { judge: number }) => d.judge))).toEqual(new Set([w[0].id]))
  })

  it('a submitted sheet is locked; only an organizer unlocks it, with a reason, and it is audited', async () => {
    const sheet = (await payload.find({ collection: 'scores', where: { assignment: { equals: A['E1|J1'] } }, overrideAccess: true }))
      .docs[0]
    const edit = await rest('PATCH', `/scores/${sheet.id}`, { token: tokens[0], json: { criteria: marksFor(10) } })
    expect(edit.status).toBe(409)
    expect(JSON.stringify(edit.body)).toContain('đã khóa')
    expect((await rest('PATCH', `/scores/${sheet.id}`, { token: organizerToken, json: { criteria: marksFor(10) } })).status).toBe(403)
    expect((await rest('POST', `/scores/${sheet.id}/unlock`, { token: tokens[0], json: { reason: 'Tôi muốn sửa' } })).status).toBe(403)
    const noReason = await rest('POST', `/scores/${sheet.id}/unlock`, { token: organizerToken, json: {} })
    expect(noReason.status).toBe(400)
    expect(JSON.stringify(noReason.body)).toContain('lý do mở khóa')
    const unlocked = await rest('POST', `/scores/${sheet.id}/unlock`, {
      token: organizerToken,
      json: { reason: 'Giám khảo nhập nhầm điểm hình thức' },
    })
    expect(unlocked.status).toBe(200)
    const audit = await payload.find({
      collection: 'auditLogs',
      where: { action: { equals: 'score.unlocked' }, targetId: { equals: String(sheet.id) } },
      overrideAccess: true,
    })
    expect(audit.docs).toHaveLength(1)
    expect(audit.docs[0]).toMatchObject({
      reason: 'Giám khảo nhập nhầm điểm hình thức',
      actor: { id: organizer.id },
      before: { locked: true, total: 90 },
    })
    expect((await payload.findByID({ collection: 'judgeAssignments', id: A['E1|J1'], overrideAccess: true })).status).toBe('assigned')
    // the judge corrects and submits again (same total, so the worked example stands)
    const resubmit = await rest('PATCH', `/scores/${sheet.id}`, { token: tokens[0], json: { criteria: marksFor(90), locked: true } })
    expect(resubmit.status).toBe(200)
    expect(resubmit.body.doc.total).toBe(90)
  })

  it('the SQL leaderboard equals the hand-computed worked example and the pure aggregate', async () => {
    expect((await rest('GET', `/contests/${contestId}/leaderboard?round=preliminary`, { token: tokens[0] })).status).toBe(403)
    const res = await rest('GET', `/contests/${contestId}/leaderboard?round=preliminary&category=${categoryId}`, { token: organizerToken })
    expect(res.status).toBe(200)
    const rows = res.body.rows as { entry: number; [k: string]: unknown }[]
    const name = Object.fromEntries(Object.entries(E).map(([k, v]) => [v, k]))
    expect(rows.map((r) => name[r.entry])).toEqual(['E2', 'E1', 'E3', 'E4'])
    const hand: Record<string, Record<string, number | boolean | null>> = {
      E1: { n: 3, assigned: 3, rawMean: 215 / 3, zMean: 0, trimmedMean: 75, min: 50, max: 90, disagreement: true, missing: false, rank: 2 },
      E2: { n: 3, assigned: 4, rawMean: 70, zMean: 1 / 3, trimmedMean: 70, min: 60, max: 80, disagreement: false, missing: true, rank: 1 },
      E3: {
        n: 3,
        assigned: 3,
        rawMean: 190 / 3,
        zMean: -1 / 3,
        trimmedMean: 60,
        min: 60,
        max: 70,
        disagreement: false,
        missing: false,
        rank: 3,
      },
      E4: {
        n: 0,
        assigned: 2,
        rawMean: null,
        zMean: null,
        trimmedMean: null,
        min: null,
        max: null,
        disagreement: false,
        missing: true,
        rank: 4,
      },
    }
    for (const r of rows)
      for (const [k, v] of Object.entries(hand[name[r.entry]])) {
        if (typeof v === 'number') expect(r[k], `${name[r.entry]}.${k}`).toBeCloseTo(v, 9)
        else expect(r[k], `${name[r.entry]}.${k}`).toBe(v)
      }

    // the pure reference on the same rows from the database
    const sheets = await payload.find({
      collection: 'scores',
      where: { 'entry.contest': { equals: contestId }, locked: { equals: true } },
      depth: 0,
      limit: 0,
      pagination: false,
      overrideAccess: true,
    })
    const assignments = await assignmentsOf(Object.values(E))
    const ref = aggregate(
      sheets.docs.map((s) => ({ entry: s.entry as number, judge: s.judge as number, total: s.total! })),
      Object.values(E).map((id) => ({
        id,
        assigned: assignments.filter((a) => a.entry === id && a.status !== 'conflict').length,
        submittedAt: rows.find((r) => r.entry === id)!.submittedAt as string,
      })),
    )
    for (const p of ref) {
      const r = rows.find((x) => x.entry === p.entry)!
      for (const k of ['rank', 'n', 'assigned', 'disagreement', 'missing'] as const) expect(r[k]).toBe(p[k])
      for (const k of ['rawMean', 'zMean', 'trimmedMean', 'min', 'max'] as const) {
        if (p[k] == null) expect(r[k]).toBeNull()
        else expect(r[k]).toBeCloseTo(p[k]!, 9)
      }
    }
  })

  it('closing the round: refused while sheets are out, then forced with a shortlist; no more sheets afterwards', async () => {
    const early = await rest('POST', `/contests/${contestId}/close-round`, {
      token: organizerToken,
      json: { round: 'preliminary', shortlist: 2 },
    })
    expect(early.status).toBe(400)
    // outstanding: E2 one (J5), E4 two (J3 draft, J4)
    expect(JSON.stringify(early.body)).toContain('Còn 3 phiếu chấm chưa nộp')
    const closed = await rest('POST', `/contests/${contestId}/close-round`, {
      token: organizerToken,
      json: { round: 'preliminary', shortlist: 2, force: true },
    })
    expect(closed.status).toBe(200)
    expect(closed.body.shortlisted).toEqual([E.E2, E.E1])
    const late = await submit(3, 'E4|J4', 40)
    expect(late.status).toBe(400)
    expect(JSON.stringify(late.body)).toContain('đã kết thúc')
    const contest = await payload.findByID({ collection: 'contests', id: contestId, overrideAccess: true })
    expect(contest.rounds?.[0]).toMatchObject({ closed: true, shortlistSize: 2 })
    expect(contest.rounds?.[0].rubric?.[0].label).toBe('Nội dung')
  })

  it('prizes: proposed without the entry missing a sheet, then forced; approved; published with mail', async () => {
    const first = await rest('POST', `/contests/${contestId}/prizes`, { token: organizerToken, json: {} })
    expect(first.status).toBe(200)
    expect(first.body.allocation.map((a: { entry: number; prize: string }) => [a.entry, a.prize])).toEqual([
      [E.E1, 'A'],
      [E.E3, 'B'],
    ])
    expect(first.body.skipped).toEqual([E.E2])
    expect((await rest('POST', `/contests/${contestId}/publish`, { token: organizerToken, json: {} })).status).toBe(400)
    const forced = await rest('POST', `/contests/${contestId}/prizes`, { token: organizerToken, json: { force: [E.E2] } })
    expect(forced.body.allocation.map((a: { entry: number; prize: string }) => [a.entry, a.prize])).toEqual([
      [E.E2, 'A'],
      [E.E1, 'B'],
      [E.E3, 'C'],
    ])
    // the public cannot see the proposal before publication
    const publicView = await rest('GET', `/contests/${contestId}`)
    expect(JSON.stringify(publicView.body)).not.toContain('allocation')
    expect((await rest('POST', `/contests/${contestId}/prizes/approve`, { token: tokens[0], json: {} })).status).toBe(403)
    expect((await rest('POST', `/contests/${contestId}/prizes/approve`, { token: organizerToken, json: {} })).status).toBe(200)
    const published = await rest('POST', `/contests/${contestId}/publish`, { token: organizerToken, json: {} })
    expect(published.status).toBe(200)
    const entries = await payload.find({
      collection: 'entries',
      where: { contest: { equals: contestId } },
      depth: 0,
      overrideAccess: true,
      sort: 'id',
    })
    expect(entries.docs.map((d) => [d.title, d.status, d.prize ?? null])).toEqual([
      ['Tác phẩm E1', 'awarded', 'B'],
      ['Tác phẩm E2', 'awarded', 'A'],
      ['Tác phẩm E3', 'awarded', 'C'],
      ['Tác phẩm E4', 'eligible', null],
    ])
    expect((await payload.findByID({ collection: 'contests', id: contestId, overrideAccess: true })).status).toBe('resultsPublished')
    const actions = (
      await payload.find({
        collection: 'auditLogs',
        where: { targetCollection: { equals: 'contests' }, targetId: { equals: String(contestId) } },
        overrideAccess: true,
        limit: 100,
      })
    ).docs.map((d) => d.action)
    expect(actions).toEqual(
      expect.arrayContaining(['judging.roundClosed', 'judging.prizesProposed', 'judging.prizesApproved', 'judging.resultsPublished']),
    )
    await payload.jobs.run({ limit: 500 })
    const mail = await waitForMail(journalist.email, { subject: /Giải A/ })
    expect(mail.html).toContain('Tác phẩm E2')
    // links lead to site pages under the public address, never to the raw API
    const origin = (process.env.NEXT_PUBLIC_SERVER_URL || 'http://localhost:3000').replace(/\/+$/, '')
    const links = [...String(mail.html).matchAll(/href="([^"]+)"/g)].map((m) => m[1])
    expect(links).toContain(`${origin}/tai-khoan/tac-pham`)
    expect(links.some((l) => l.endsWith('/ket-qua') && l.startsWith(`${origin}/cuoc-thi/`))).toBe(true)
    expect(String(mail.html)).not.toContain('/api/')
    expect((await rest('POST', `/contests/${contestId}/publish`, { token: organizerToken, json: {} })).status).toBe(400)
  })

  it('the public results page lists the winners per category with their authors, only once published', async () => {
    const contest = await payload.findByID({ collection: 'contests', id: contestId, overrideAccess: true })
    const results = await loadPublicResults(payload, contest.slug!)
    expect(results?.categories.map((c) => [c.id, c.winners.map((w) => [w.prizeLabel, w.title, w.authors.join(', ')])])).toEqual([
      [
        categoryId,
        [
          ['Giải A', 'Tác phẩm E2', 'Lê Thị Thu Trang'],
          ['Giải B', 'Tác phẩm E1', 'Lê Thị Thu Trang'],
          ['Giải C', 'Tác phẩm E3', 'Lê Thị Thu Trang'],
        ],
      ],
    ])
    expect(JSON.stringify(results)).not.toContain(journalist.email)
    const { contest: unpublished } = await makeJudgingContest(payload)
    expect(await loadPublicResults(payload, unpublished.slug!)).toBeNull()
  })

  it('certificate: a PDF with the author’s name, for the author or an organizer, awarded entries only', async () => {
    const asReq = async (u: U | null) =>
      createLocalReq(
        { user: u ? ((await payload.findByID({ collection: 'users', id: u.id, overrideAccess: true })) as never) : undefined },
        payload,
      )
    const call = async (u: U | null, id: number) => {
      const req = await asReq(u)
      req.routeParams = { id: String(id) }
      return entryCertificate.handler(req)
    }
    const mine = await call(journalist, E.E2)
    expect(mine.status).toBe(200)
    expect(mine.headers.get('content-type')).toBe('application/pdf')
    expect(
      Buffer.from(await mine.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-')
    expect((await call(organizer, E.E2)).status).toBe(200)
    expect((await call(other, E.E2)).status).toBe(404)
    expect((await call(null, E.E2)).status).toBe(401)
    expect((await call(journalist, E.E4)).status).toBe(400)

    // the PDF the author downloads (compressed, as served) reads back with the Vietnamese names, prize, date and code
    const text = await pdfText(Buffer.from(await (await call(journalist, E.E2)).arrayBuffer()))
    const entry = await payload.findByID({ collection: 'entries', id: E.E2, overrideAccess: true })
    const contest = await payload.findByID({ collection: 'contests', id: contestId, overrideAccess: true })
    expect(entry.certificateCode).toMatch(/^GS-[0-9A-Z]{5}-[0-9A-Z]{5}$/)
    const published = new Intl.DateTimeFormat('vi-VN', {
      timeZone: 'Asia/Ho_Chi_Minh',
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
    }).formatToParts(new Date(contest.results!.publishedAt!))
    const part = (t: string) => published.find((p) => p.type === t)!.value
    for (const line of [
      'GIẤY CHỨNG NHẬN',
      'Lê Thị Thu Trang',
      '“Tác phẩm E2”',
      'GIẢI A',
      contest.title,
      `ngày ${part('day')} tháng ${part('month')} năm ${part('year')}`,
      `Mã xác minh: ${entry.certificateCode}`,
    ])
      expect(text).toContain(line)
    expect(text).toContain(`/xac-minh/${entry.certificateCode}`)

    // anyone checks the printed code, typed loosely; unknown, unawarded or malformed codes confirm nothing
    const verified = await verifyCertificate(payload, entry.certificateCode!.toLowerCase().replace(/-/g, ' '))
    expect(verified).toMatchObject({
      code: entry.certificateCode,
      title: 'Tác phẩm E2',
      prize: 'Giải A',
      authors: ['Lê Thị Thu Trang'],
      contest: { title: contest.title },
    })
    expect(JSON.stringify(verified)).not.toContain(journalist.email)
    expect(await verifyCertificate(payload, 'GS-00000-00000')).toBeNull()
    expect(await verifyCertificate(payload, 'not a code')).toBeNull()
    const unawarded = await payload.findByID({ collection: 'entries', id: E.E4, overrideAccess: true })
    expect(unawarded.certificateCode ?? null).toBeNull()
    // the code is the server's: nobody sets it through the API
    expect(
      (await rest('PATCH', `/entries/${E.E2}`, { token: organizerToken, json: { certificateCode: 'GS-11111-11111' } })).status,
    ).toBeLessThan(500)
    expect((await payload.findByID({ collection: 'entries', id: E.E2, overrideAccess: true })).certificateCode).toBe(entry.certificateCode)
  })

  it('exports every sheet to XLSX for organizers', async () => {
    expect((await rest('GET', `/contests/${contestId}/scores.xlsx`, { token: tokens[0] })).status).toBe(403)
    const url = `http://localhost:3000/api/contests/${contestId}/scores.xlsx`
    const { restHandlers } = await import('../../src/lib/api/restHandlers')
    const res = await restHandlers.GET(new Request(url, { headers: { Authorization: `JWT ${organizerToken}` } }), {
      params: Promise.resolve({ slug: ['contests', String(contestId), 'scores.xlsx'] }),
    })
    expect(res.status).toBe(200)
    const book = new ExcelJS.Workbook()
    await book.xlsx.load((await res.arrayBuffer()) as never)
    const sheet = book.getWorksheet('Phiếu chấm sơ khảo')!
    const rows = sheet
      .getSheetValues()
      .slice(2)
      .map((r) => (r as unknown[]).slice(1))
    // 9 submitted sheets + J3's draft on E4
    expect(rows).toHaveLength(10)
    const header = (sheet.getRow(1).values as unknown[]).slice(1)
    expect(header.slice(0, 6)).toEqual([
      'Mã tác phẩm',
      'Tên tác phẩm',
      'Thể loại',
      'Giám khảo',
      'Nội dung (tối đa 10, 60%)',
      'Hình thức (tối đa 10, 40%)',
    ])
    const e1j1 = rows.find((r) => r[1] === 'Tác phẩm E1' && r[3] === 'Giám khảo W1')!
    expect([e1j1[4], e1j1[5], e1j1[6], e1j1[7]]).toEqual([9, 9, 90, 'Có'])
    // the submission time reads in Vietnam time (dd/mm/yyyy hh:mm), not UTC
    const submittedCol = header.indexOf('Thời điểm nộp (giờ Việt Nam)')
    expect(submittedCol).toBeGreaterThan(0)
    const sheetOfE1 = await payload.find({
      collection: 'scores',
      where: {
        and: [
          { 'entry.title': { equals: 'Tác phẩm E1' } },
          { 'judge.fullName': { equals: 'Giám khảo W1' } },
          { round: { equals: 'preliminary' } },
        ],
      },
      depth: 0,
      overrideAccess: true,
    })
    const submittedAt = sheetOfE1.docs[0].submittedAt!
    const cell = e1j1[submittedCol] as Date
    const p2 = (n: number) => String(n).padStart(2, '0')
    expect(
      `${p2(cell.getUTCDate())}/${p2(cell.getUTCMonth() + 1)}/${cell.getUTCFullYear()} ` +
        `${p2(cell.getUTCHours())}:${p2(cell.getUTCMinutes())}`,
    ).toBe(formatVnDateTime(submittedAt))
    expect(cell.getTime() - new Date(submittedAt).getTime()).toBe(7 * 3600_000)
    expect(sheet.getColumn(submittedCol + 1).numFmt).toBe('dd/mm/yyyy hh:mm')
    const ranking = book.getWorksheet('Xếp hạng sơ khảo')!
    expect(
      ranking
        .getSheetValues()
        .slice(2)
        .map((r) => (r as unknown[])[4]),
    ).toEqual(['Tác phẩm E2', 'Tác phẩm E1', 'Tác phẩm E3', 'Tác phẩm E4'])
  })
})
