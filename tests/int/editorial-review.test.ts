import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeUser, PASSWORD, uniq } from '../helpers/fixtures'
import { testPayload } from '../helpers/payload'
import { gql, login, rest } from '../helpers/rest'

let payload: Payload
const ids: Record<string, number> = {}
const users: Record<string, { id: number; email: string }> = {}
const tokens: Record<string, string> = {}
const REVIEWED = { sourcesChecked: true, noExaggeration: true }

beforeAll(async () => {
  payload = await testPayload()
  const outlet = await payload.create({
    collection: 'outlets',
    data: { name: `Báo duyệt ${uniq()}`, kind: 'newspaper', _status: 'published' },
    overrideAccess: true,
  })
  const other = await payload.create({
    collection: 'outlets',
    data: { name: `Đài duyệt ${uniq()}`, kind: 'broadcaster', _status: 'published' },
    overrideAccess: true,
  })
  const column = await payload.create({
    collection: 'columns',
    data: { name: `Gương sáng ${uniq()}`, outlet: outlet.id, _status: 'published' },
    overrideAccess: true,
  })
  Object.assign(ids, { outlet: outlet.id, other: other.id, column: column.id })
  users.editor = await makeUser(payload, 'editor', { outlets: [outlet.id] })
  users.otherEditor = await makeUser(payload, 'editor', { outlets: [other.id] })
  users.organizer = await makeUser(payload, 'organizer')
  users.officer = await makeUser(payload, 'unitOfficer')
  for (const key of ['editor', 'otherEditor', 'organizer']) tokens[key] = await login(users[key].email, PASSWORD)
})
afterAll(() => payload.destroy())

const draft = async (extra: Record<string, unknown> = {}) =>
  (
    await payload.create({
      collection: 'articles',
      data: { title: `Bài nháp ${uniq()}`, column: ids.column, _status: 'draft', ...extra } as never,
      overrideAccess: true,
      draft: true,
    })
  ).id
const stored = (id: number) => payload.findByID({ collection: 'articles', id, overrideAccess: true, depth: 0 })
const asUser = async (key: string) => (await payload.findByID({ collection: 'users', id: users[key].id, overrideAccess: true })) as never

describe('publishing needs the editorial review', () => {
  it('refuses to publish without the review, in Vietnamese, and the article stays a draft nobody outside sees', async () => {
    const id = await draft()
    const res = await rest('PATCH', `/articles/${id}`, { token: tokens.editor, json: { _status: 'published' } })
    expect(res.status).toBe(400)
    const message = JSON.stringify(res.body)
    expect(message).toContain('phải được duyệt trước khi đăng')
    expect(message).toContain('Đã kiểm tra nguồn tin')
    expect((await stored(id))._status).toBe('draft')
    expect((await rest('GET', `/articles/${id}`)).status).toBe(404)
  })

  it('refuses with only one of the two checks', async () => {
    const id = await draft()
    const res = await rest('PATCH', `/articles/${id}`, {
      token: tokens.editor,
      json: { _status: 'published', review: { sourcesChecked: true } },
    })
    expect(res.status).toBe(400)
    expect(JSON.stringify(res.body)).toContain('Không cường điệu')
    expect((await stored(id))._status).toBe('draft')
  })

  it('refuses to create an article directly as published without the review', async () => {
    const title = `Bài đăng thẳng ${uniq()}`
    const res = await rest('POST', '/articles', { token: tokens.editor, json: { title, column: ids.column, _status: 'published' } })
    expect(res.status).toBe(400)
    const found = await payload.find({ collection: 'articles', where: { title: { equals: title } }, overrideAccess: true, draft: true })
    expect(found.totalDocs).toBe(0)
  })

  it('publishes once the editor of the outlet ticks both checks, stamping them as reviewer whatever the request claims', async () => {
    const id = await draft()
    const before = Date.now()
    const res = await rest('PATCH', `/articles/${id}`, {
      token: tokens.editor,
      json: {
        _status: 'published',
        review: {
          ...REVIEWED,
          reviewNote: 'Đã gọi điện xác minh với UBND xã',
          reviewedBy: users.organizer.id,
          reviewedAt: '2000-01-01T00:00:00Z',
        },
      },
    })
    expect(res.status).toBe(200)
    const doc = await stored(id)
    expect(doc._status).toBe('published')
    expect(doc.review?.reviewedBy).toBe(users.editor.id)
    expect(Date.parse(doc.review!.reviewedAt!)).toBeGreaterThanOrEqual(before - 1000)
    expect(doc.review?.reviewNote).toBe('Đã gọi điện xác minh với UBND xã')
    // the public reads the article but not the newsroom's review record
    const pub = await rest('GET', `/articles/${id}`)
    expect(pub.status).toBe(200)
    expect(pub.body.review).toBeUndefined()
  })

  it('keeps the first reviewer on later edits and clears the stamp when a check is unticked', async () => {
    const id = await draft()
    await rest('PATCH', `/articles/${id}`, { token: tokens.editor, json: { review: REVIEWED } })
    expect((await stored(id)).review?.reviewedBy).toBe(users.editor.id)
    await rest('PATCH', `/articles/${id}`, { token: tokens.organizer, json: { title: 'Sửa tiêu đề', _status: 'published' } })
    const published = await stored(id)
    expect(published._status).toBe('published')
    expect(published.review?.reviewedBy).toBe(users.editor.id)
    const untick = await rest('PATCH', `/articles/${id}`, {
      token: tokens.organizer,
      json: { review: { noExaggeration: false }, _status: 'draft' },
    })
    expect(untick.status).toBe(200)
    const after = await payload.findByID({ collection: 'articles', id, overrideAccess: true, depth: 0, draft: true })
    expect(after.review?.reviewedBy ?? null).toBeNull()
    expect(after.review?.reviewedAt ?? null).toBeNull()
  })

  it('an organizer may review any outlet’s article', async () => {
    const id = await draft()
    const res = await rest('PATCH', `/articles/${id}`, { token: tokens.organizer, json: { _status: 'published', review: REVIEWED } })
    expect(res.status).toBe(200)
    expect((await stored(id)).review?.reviewedBy).toBe(users.organizer.id)
  })

  it('a radio or television piece needs its transcript', async () => {
    const id = await draft({ format: 'video' })
    const res = await rest('PATCH', `/articles/${id}`, { token: tokens.editor, json: { _status: 'published', review: REVIEWED } })
    expect(res.status).toBe(400)
    expect(JSON.stringify(res.body)).toContain('lời thoại')
    expect((await stored(id))._status).toBe('draft')
    const ok = await rest('PATCH', `/articles/${id}`, {
      token: tokens.editor,
      json: { _status: 'published', review: REVIEWED, transcript: 'Phóng sự: tiếng máy cày trên cánh đồng…' },
    })
    expect(ok.status).toBe(200)
  })
})

describe('an editor of another outlet cannot review', () => {
  it('through REST', async () => {
    const id = await draft()
    const res = await rest('PATCH', `/articles/${id}`, { token: tokens.otherEditor, json: { _status: 'published', review: REVIEWED } })
    expect(res.status).toBe(403)
    const doc = await stored(id)
    expect(doc._status).toBe('draft')
    expect(doc.review?.reviewedBy ?? null).toBeNull()
  })
  it('through GraphQL', async () => {
    const id = await draft()
    const res = await gql(
      `mutation { updateArticle(id: ${id}, data: { _status: published, review: { sourcesChecked: true, noExaggeration: true } }) { ` +
        `id _status } }`,
      tokens.otherEditor,
    )
    expect(res.body.errors?.length).toBeGreaterThan(0)
    expect((await stored(id))._status).toBe('draft')
  })
  it('through the Local API, with access checked', async () => {
    const id = await draft()
    await expect(
      payload.update({
        collection: 'articles',
        id,
        data: { _status: 'published', review: REVIEWED } as never,
        overrideAccess: false,
        user: await asUser('otherEditor'),
      }),
    ).rejects.toThrow()
    expect((await stored(id))._status).toBe('draft')
  })
  it('even when server code skips the access rules, the review rule still refuses the stamp', async () => {
    const id = await draft()
    await expect(
      payload.update({
        collection: 'articles',
        id,
        data: { review: REVIEWED } as never,
        overrideAccess: true,
        user: await asUser('otherEditor'),
      }),
    ).rejects.toThrow(/cơ quan báo chí mình phụ trách/)
    await expect(
      payload.update({
        collection: 'articles',
        id,
        data: { review: REVIEWED } as never,
        overrideAccess: true,
        user: await asUser('officer'),
      }),
    ).rejects.toThrow(/Người duyệt phải là/)
    expect((await stored(id)).review?.reviewedBy ?? null).toBeNull()
  })
})

describe('scheduled publishing', () => {
  const schedule = async (id: number) =>
    payload.jobs.queue({
      task: 'schedulePublish',
      waitUntil: new Date(Date.now() - 1000),
      input: { type: 'publish', doc: { relationTo: 'articles', value: String(id) }, user: { relationTo: 'users', value: users.editor.id } },
    } as never)

  it('does not publish an unreviewed article when the schedule comes due', async () => {
    const id = await draft()
    await schedule(id)
    await payload.jobs.run({ limit: 500 })
    expect((await stored(id))._status).toBe('draft')
  })
  it('publishes a reviewed article when the schedule comes due', async () => {
    const id = await draft()
    await payload.update({
      collection: 'articles',
      id,
      data: { review: REVIEWED } as never,
      overrideAccess: false,
      user: await asUser('editor'),
      draft: true,
    })
    await schedule(id)
    await payload.jobs.run({ limit: 500 })
    const doc = await stored(id)
    expect(doc._status).toBe('published')
    expect(doc.review?.reviewedBy).toBe(users.editor.id)
  })
})
