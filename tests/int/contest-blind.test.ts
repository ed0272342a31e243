import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeUser, PASSWORD } from '../helpers/fixtures'
import { makeEntry, makeJudgingContest, marksFor } from '../helpers/judgingFixtures'
import { testPayload } from '../helpers/payload'
import { gql, login, rest } from '../helpers/rest'

/** A judge scores blind: no API, at any depth, gives them the author's name, pen name, e-mail, phone or outlet. */
let payload: Payload
let judgeToken: string
let judgeId: number
let authorId: number
let entryId: number
let assignmentId: number
const LEAKS = [
  'Phạm Quỳnh Hoa Lộ',
  'Bút Danh Lộ',
  'tacgia-lo@',
  '0909123456',
  'Báo Lộ Danh',
  'Đồng Tác Giả Lộ',
  'dongtacgia-lo@',
  'BD Đồng Lộ',
]

beforeAll(async () => {
  payload = await testPayload()
  const outlet = await payload.create({
    collection: 'outlets',
    data: { name: 'Báo Lộ Danh', kind: 'newspaper', _status: 'published' },
    overrideAccess: true,
  })
  const author = await payload.create({
    collection: 'users',
    data: {
      email: `tacgia-lo@${Date.now()}.vn`,
      password: PASSWORD,
      fullName: 'Phạm Quỳnh Hoa Lộ',
      penName: 'Bút Danh Lộ',
      phone: '0909123456',
      role: 'journalist',
      _verified: true,
      workplaceOutlet: outlet.id,
    } as never,
    overrideAccess: true,
    disableVerificationEmail: true,
  })
  authorId = author.id
  const judge = await makeUser(payload, 'judge')
  judgeId = judge.id
  judgeToken = await login(judge.email, PASSWORD)
  const { contest, category } = await makeJudgingContest(payload)
  const entry = await makeEntry(payload, {
    contest: contest.id,
    category: category.id,
    author: author.id,
    outlet: outlet.id,
    title: 'Người thầy trên núi',
    coAuthors: [{ fullName: 'Đồng Tác Giả Lộ', email: `dongtacgia-lo@${Date.now()}.vn`, penName: 'BD Đồng Lộ' }],
  })
  entryId = entry.id
  assignmentId = (
    await payload.create({
      collection: 'judgeAssignments',
      data: { entry: entry.id, judge: judge.id, round: 'preliminary', status: 'assigned' },
      overrideAccess: true,
    })
  ).id
  await rest('POST', '/scores', { token: judgeToken, json: { assignment: assignmentId, criteria: marksFor(80), locked: false } })
})
afterAll(() => payload.destroy())

const expectBlind = (body: unknown) => {
  const text = JSON.stringify(body)
  for (const leak of LEAKS) expect(text, leak).not.toContain(leak)
}

describe('a judge reading an assigned entry', () => {
  it('sees the work itself', async () => {
    const res = await rest('GET', `/entries/${entryId}`, { token: judgeToken })
    expect(res.status).toBe(200)
    expect(res.body.title).toBe('Người thầy trên núi')
  })

  it.each([
    '/entries/ENTRY?depth=0',
    '/entries/ENTRY?depth=2',
    '/entries?depth=2&limit=100',
    '/judgeAssignments?depth=2&limit=100',
    '/judgeAssignments/ASSIGNMENT?depth=3',
    '/scores?depth=3&limit=100',
  ])('REST %s leaks nothing about the author', async (path) => {
    const res = await rest('GET', path.replace('ENTRY', String(entryId)).replace('ASSIGNMENT', String(assignmentId)), { token: judgeToken })
    expect(res.status).toBe(200)
    expect(JSON.stringify(res.body)).toContain('Người thầy trên núi')
    expectBlind(res.body)
  })

  it('GraphQL gives nulls or errors for the identity fields, never their values', async () => {
    const res = await gql(
      `{ Entry(id: ${entryId}) {
           title author { fullName penName email phone } outlet { name } outletName coAuthors { fullName penName email } }
         JudgeAssignments { docs { entry { title author { fullName email } outlet { name } } } }
         Scores { docs { entry { author { fullName penName phone } } } } }`,
      judgeToken,
    )
    expect(JSON.stringify(res.body)).toContain('Người thầy trên núi')
    expect(res.body.data.Entry.author ?? null).toBeNull()
    expect(res.body.data.Entry.outlet ?? null).toBeNull()
    expectBlind(res.body)
  })

  it('the Local API with the judge as user, at depth 2, hides the same fields', async () => {
    const user = await payload.findByID({ collection: 'users', id: judgeId, overrideAccess: true })
    const doc = await payload.findByID({ collection: 'entries', id: entryId, depth: 2, overrideAccess: false, user: user as never })
    expect(doc.title).toBe('Người thầy trên núi')
    for (const hidden of ['author', 'outlet', 'outletName', 'publicLink']) expect(doc).not.toHaveProperty(hidden)
    // the entry has one co-author: the judge gets no rows at all
    expect((doc as { coAuthors?: unknown[] }).coAuthors ?? []).toEqual([])
    expectBlind(doc)
    const assignments = await payload.find({ collection: 'judgeAssignments', depth: 2, overrideAccess: false, user: user as never })
    expectBlind(assignments)
  })

  it('the users collection does not give the author away either', async () => {
    expect((await rest('GET', `/users/${authorId}`, { token: judgeToken })).status).toBe(404)
    const list = await rest('GET', '/users?limit=100&depth=1', { token: judgeToken })
    expect(list.body.docs.map((u: { id: number }) => u.id)).toEqual([judgeId])
    expectBlind(list.body)
    const search = await rest('GET', `/users?where[fullName][like]=${encodeURIComponent('Phạm Quỳnh')}`, { token: judgeToken })
    expect(search.body.docs ?? []).toEqual([])
    const viaGql = await gql(
      `{ User(id: ${authorId}) { fullName email } Users(limit: 100) { docs { id fullName penName phone } } }`,
      judgeToken,
    )
    expectBlind(viaGql.body)
    const user = await payload.findByID({ collection: 'users', id: judgeId, overrideAccess: true })
    const local = await payload.find({
      collection: 'users',
      where: { id: { equals: authorId } },
      overrideAccess: false,
      user: user as never,
    })
    expect(local.docs).toEqual([])
  })

  it('filtering or sorting entries by a hidden field tells the judge nothing', async () => {
    const hit = await rest('GET', `/entries?where[author][equals]=${authorId}&limit=100`, { token: judgeToken })
    const miss = await rest('GET', `/entries?where[author][equals]=${authorId + 1000}&limit=100`, { token: judgeToken })
    expect(hit.body.docs?.length ?? 0).toBe(miss.body.docs?.length ?? 0)
  })
})
