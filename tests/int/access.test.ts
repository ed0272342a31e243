import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeExemplar, makeUnit, makeUser, PASSWORD, uniq } from '../helpers/fixtures'
import { reviewedFields } from '../helpers/editorial'
import { testPayload } from '../helpers/payload'
import { login, rest } from '../helpers/rest'

let payload: Payload
const ids: Record<string, number> = {}
const users: Record<string, { id: number; email: string }> = {}

beforeAll(async () => {
  payload = await testPayload()
  const province = await makeUnit(payload, { name: 'Tỉnh thử', kind: 'province' })
  const district = await makeUnit(payload, { name: 'Huyện thử', kind: 'district', parent: province.id })
  const communeA = await makeUnit(payload, { name: 'Xã A', kind: 'commune', parent: district.id })
  const communeB = await makeUnit(payload, { name: 'Xã B', kind: 'commune', parent: district.id })
  Object.assign(ids, { province: province.id, district: district.id, communeA: communeA.id, communeB: communeB.id })
  ids.publicInB = (await makeExemplar(payload, { unit: communeB.id, status: 'recognised' })).id
  ids.internalInB = (await makeExemplar(payload, { unit: communeB.id, status: 'newFactor', recognisedYears: [] })).id
  ids.internalInA = (await makeExemplar(payload, { unit: communeA.id, status: 'nurturing', recognisedYears: [] })).id

  const outlet = await payload.create({
    collection: 'outlets',
    data: { name: 'Báo thử', kind: 'newspaper', _status: 'published' },
    overrideAccess: true,
  })
  const other = await payload.create({
    collection: 'outlets',
    data: { name: 'Đài thử', kind: 'broadcaster', _status: 'published' },
    overrideAccess: true,
  })
  const column = await payload.create({
    collection: 'columns',
    data: { name: 'Gương sáng', outlet: outlet.id, _status: 'published' },
    overrideAccess: true,
  })
  const otherColumn = await payload.create({
    collection: 'columns',
    data: { name: 'Nhân tố mới', outlet: other.id, _status: 'published' },
    overrideAccess: true,
  })
  Object.assign(ids, { outlet: outlet.id, column: column.id, otherColumn: otherColumn.id })
  const review = await reviewedFields(payload)
  ids.published = (
    await payload.create({
      collection: 'articles',
      data: { title: 'Bài đã đăng', column: column.id, _status: 'published', review },
      overrideAccess: true,
    })
  ).id
  ids.draft = (
    await payload.create({
      collection: 'articles',
      data: { title: 'Bài nháp', column: column.id, _status: 'draft' },
      overrideAccess: true,
      draft: true,
    })
  ).id
  ids.otherArticle = (
    await payload.create({
      collection: 'articles',
      data: { title: 'Bài của đài', column: otherColumn.id, _status: 'published', review },
      overrideAccess: true,
    })
  ).id

  users.officer = await makeUser(payload, 'unitOfficer', { unit: communeA.id })
  users.editor = await makeUser(payload, 'editor', { outlets: [outlet.id] })
  users.organizer = await makeUser(payload, 'organizer')
  users.judge = await makeUser(payload, 'judge')
  users.journalist = await makeUser(payload, 'journalist')
  users.journalist2 = await makeUser(payload, 'journalist')
})
afterAll(() => payload.destroy())

const asUser = async (key: string) => (await payload.findByID({ collection: 'users', id: users[key].id, overrideAccess: true })) as never

describe('the public', () => {
  it('reads published articles only', async () => {
    const res = await rest('GET', `/articles?limit=100&where[column][equals]=${ids.column}`)
    const titles = res.body.docs.map((d: { title: string }) => d.title)
    expect(titles).toContain('Bài đã đăng')
    expect(titles).not.toContain('Bài nháp')
  })
  it('reads exemplars from recognised upwards only', async () => {
    const found = await payload.find({ collection: 'exemplars', where: { unit: { equals: ids.communeB } }, overrideAccess: false })
    expect(found.docs.map((d) => d.id)).toEqual([ids.publicInB])
  })
  it('cannot list users, plans or the audit log', async () => {
    for (const path of ['/users', '/plans', '/auditLogs']) expect((await rest('GET', path)).status).toBe(403)
  })
})

describe('a unit officer', () => {
  it('reads their own unit’s internal records but not another unit’s', async () => {
    const found = await payload.find({
      collection: 'exemplars',
      where: { unit: { in: [ids.communeA, ids.communeB] } },
      overrideAccess: false,
      user: await asUser('officer'),
    })
    const seen = found.docs.map((d) => d.id)
    expect(seen).toContain(ids.internalInA)
    expect(seen).toContain(ids.publicInB)
    expect(seen).not.toContain(ids.internalInB)
  })
  it('creates exemplars inside their unit and is refused outside it', async () => {
    const token = await login(users.officer.email, PASSWORD)
    const inside = await rest('POST', '/exemplars', {
      token,
      json: { name: 'Chị Nguyễn Thị Lan', kind: 'individual', unit: ids.communeA, discoveredOn: '2025-01-10' },
    })
    expect(inside.status).toBe(201)
    const outside = await rest('POST', '/exemplars', {
      token,
      json: { name: 'Anh Trần Văn Bình', kind: 'individual', unit: ids.communeB, discoveredOn: '2025-01-10' },
    })
    expect(outside.status).toBe(403)
  })
  it('cannot move one of their records to a unit outside their scope', async () => {
    const token = await login(users.officer.email, PASSWORD)
    const res = await rest('PATCH', `/exemplars/${ids.internalInA}`, { token, json: { unit: ids.communeB } })
    expect(res.status).toBe(400)
    expect(JSON.stringify(res.body)).toContain('ngoài phạm vi đơn vị')
  })
  it('cannot edit another unit’s record', async () => {
    const token = await login(users.officer.email, PASSWORD)
    const res = await rest('PATCH', `/exemplars/${ids.publicInB}`, { token, json: { name: 'Sửa trái phép' } })
    expect(res.status).toBe(403)
  })
})

describe('an editor', () => {
  it('writes articles in their own outlet only', async () => {
    const token = await login(users.editor.email, PASSWORD)
    expect((await rest('POST', '/articles', { token, json: { title: 'Bài mới của báo', column: ids.column } })).status).toBe(201)
    expect((await rest('POST', '/articles', { token, json: { title: 'Bài vào đài', column: ids.otherColumn } })).status).toBe(403)
    expect((await rest('PATCH', `/articles/${ids.otherArticle}`, { token, json: { title: 'Sửa bài của đài' } })).status).toBe(403)
  })
  it('reads drafts', async () => {
    const found = await payload.find({
      collection: 'articles',
      where: { id: { equals: ids.draft } },
      draft: true,
      overrideAccess: false,
      user: await asUser('editor'),
    })
    expect(found.docs).toHaveLength(1)
  })
})

describe('roles and accounts', () => {
  it('a self-registered account is always a journalist, whatever role it asks for', async () => {
    const email = `${uniq('reg')}@test.vn`
    const res = await rest('POST', '/users', { json: { email, password: PASSWORD, fullName: 'Người đăng ký', role: 'admin' } })
    expect(res.status).toBe(201)
    expect(res.body.doc.role).toBe('journalist')
  })
  it('refuses a short password on registration, in Vietnamese', async () => {
    const res = await rest('POST', '/users', { json: { email: `${uniq('short')}@test.vn`, password: 'abc', fullName: 'Mật khẩu ngắn' } })
    expect(res.status).toBe(400)
    expect(JSON.stringify(res.body)).toContain('ít nhất 8 ký tự')
  })
  it('only admins give staff roles: an organizer invites a judge, but one asking for an editor gets a journalist', async () => {
    const judge = await payload.create({
      collection: 'users',
      data: { email: `${uniq('o')}@test.vn`, password: PASSWORD, fullName: 'X', role: 'judge' },
      overrideAccess: false,
      user: await asUser('organizer'),
      disableVerificationEmail: true,
    })
    expect(judge.role).toBe('judge')
    const doc = await payload.create({
      collection: 'users',
      data: { email: `${uniq('o')}@test.vn`, password: PASSWORD, fullName: 'X', role: 'editor' },
      overrideAccess: false,
      user: await asUser('organizer'),
      disableVerificationEmail: true,
    })
    expect(doc.role).toBe('journalist')
  })
  it('a journalist cannot raise their own role and sees no other user', async () => {
    const token = await login(users.journalist.email, PASSWORD)
    await rest('PATCH', `/users/${users.journalist.id}`, { token, json: { role: 'admin' } })
    const me = await payload.findByID({ collection: 'users', id: users.journalist.id, overrideAccess: true })
    expect(me.role).toBe('journalist')
    const list = await rest('GET', '/users?limit=100', { token })
    expect(list.body.docs.map((u: { id: number }) => u.id)).toEqual([users.journalist.id])
  })
  it('journalists cannot enter the admin panel; staff can', async () => {
    const access = async (key: string) =>
      (await rest('GET', '/access', { token: await login(users[key].email, PASSWORD) })).body.canAccessAdmin === true
    expect(await access('journalist')).toBe(false)
    expect(await access('judge')).toBe(true)
    expect(await access('officer')).toBe(true)
  })
  it('nobody writes the audit log through the API, not even an organizer', async () => {
    const token = await login(users.organizer.email, PASSWORD)
    expect((await rest('POST', '/auditLogs', { token, json: { action: 'x', targetCollection: 'x', targetId: '1' } })).status).toBe(403)
  })
})

describe('contest entries', () => {
  it('a journalist sees only their own entries; a judge reads an assigned entry without the author', async () => {
    const contest = await payload.create({
      collection: 'contests',
      data: { title: 'Cuộc thi thử', year: 2026, status: 'open', opensAt: '2026-01-01T00:00:00Z', deadline: '2099-01-01T00:00:00Z' },
      overrideAccess: true,
    })
    const category = await payload.create({
      collection: 'contestCategories',
      data: { contest: contest.id, name: 'Báo in', medium: 'print' },
      overrideAccess: true,
    })
    const mine = await payload.create({
      collection: 'entries',
      data: {
        status: 'submitted',
        contest: contest.id,
        category: category.id,
        title: 'Tác phẩm của tôi',
        author: users.journalist.id,
        outlet: ids.outlet,
        outletName: 'Tạp chí Lộ Danh',
        publicLink: 'https://lo-danh.example/bai',
        coAuthors: [{ fullName: 'Đồng Tác Giả Lộ Danh', email: 'dongtacgia@lo-danh.vn' }],
      },
      overrideAccess: true,
    })
    await payload.create({
      collection: 'entries',
      data: { status: 'submitted', contest: contest.id, category: category.id, title: 'Tác phẩm người khác', author: users.journalist2.id },
      overrideAccess: true,
    })
    const own = await rest('GET', `/entries?where[contest][equals]=${contest.id}`, { token: await login(users.journalist.email, PASSWORD) })
    expect(own.body.docs.map((d: { title: string }) => d.title)).toEqual(['Tác phẩm của tôi'])

    const judgeToken = await login(users.judge.email, PASSWORD)
    expect((await rest('GET', `/entries/${mine.id}`, { token: judgeToken })).status).toBe(404)
    await payload.create({
      collection: 'judgeAssignments',
      data: { entry: mine.id, judge: users.judge.id, round: 'preliminary', status: 'assigned' },
      overrideAccess: true,
    })
    const seen = await rest('GET', `/entries/${mine.id}?depth=2`, { token: judgeToken })
    expect(seen.status).toBe(200)
    expect(seen.body.title).toBe('Tác phẩm của tôi')
    for (const hidden of ['author', 'outlet', 'outletName', 'publicLink']) expect(seen.body).not.toHaveProperty(hidden)
    const text = JSON.stringify(seen.body)
    for (const leak of ['Lộ Danh', 'lo-danh', users.journalist.email, 'Người dùng journalist', 'Báo thử']) expect(text).not.toContain(leak)
  })
})

describe('slugs', () => {
  it('two exemplars with the same name get distinct slugs without diacritics', async () => {
    const a = await makeExemplar(payload, { unit: ids.communeA, name: 'Nguyễn Văn Đông Thử Nghiệm' })
    const b = await makeExemplar(payload, { unit: ids.communeB, name: 'Nguyễn Văn Đông Thử Nghiệm' })
    expect(a.slug).toBe('nguyen-van-dong-thu-nghiem')
    expect(b.slug).toBe('nguyen-van-dong-thu-nghiem-2')
  })
})
