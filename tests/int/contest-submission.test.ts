import { randomUUID } from 'node:crypto'
import type { Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { newPdf, pdfToBuffer } from '../../src/lib/pdf/document'
import { makeUser, PASSWORD, uniq } from '../helpers/fixtures'
import { waitForMail } from '../helpers/mailbox'
import { testPayload } from '../helpers/payload'
import { gql, login, rest } from '../helpers/rest'

let payload: Payload
const users: Record<string, { id: number; email: string }> = {}
const tokens: Record<string, string> = {}
const MIN = 60_000
const DAY = 24 * 60 * MIN

let PDF: Buffer
const EXE = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(62), Buffer.from('PE\0\0'), Buffer.alloc(200, 1)])
let PNG: Buffer

async function makeContest(
  opts: { deadline?: number; opensAt?: number; max?: number; status?: string; worksFrom?: string; worksTo?: string; year?: number } = {},
) {
  const now = Date.now()
  const contest = await payload.create({
    collection: 'contests',
    overrideAccess: true,
    data: {
      title: `Cuộc thi ${uniq('ct')}`,
      year: opts.year ?? 2026,
      status: (opts.status ?? 'open') as 'open',
      opensAt: new Date(opts.opensAt ?? now - 10 * DAY).toISOString(),
      deadline: new Date(opts.deadline ?? now + 10 * DAY).toISOString(),
      worksFrom: opts.worksFrom ?? '2025-01-01',
      worksTo: opts.worksTo ?? '2026-12-31',
      maxEntriesPerAuthor: opts.max ?? 3,
    },
  })
  const cat = async (medium: string, name: string, maxCoAuthors = 2) =>
    (
      await payload.create({
        collection: 'contestCategories',
        overrideAccess: true,
        data: { contest: contest.id, name, medium: medium as 'print', maxCoAuthors },
      })
    ).id
  return {
    id: contest.id,
    title: contest.title,
    deadline: contest.deadline,
    print: await cat('print', 'Báo in', 1),
    photo: await cat('photo', 'Ảnh báo chí'),
    radio: await cat('radio', 'Phát thanh'),
  }
}

async function upload(token: string, data: Buffer, name: string, type: string, visibility = 'private') {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(data)], { type }), name)
  form.append('_payload', JSON.stringify({ visibility, alt: name }))
  return rest('POST', '/media', { token, body: form })
}

const asUser = async (key: string) => (await payload.findByID({ collection: 'users', id: users[key].id, overrideAccess: true })) as never

const entry = (c: { id: number; print: number }, extra: Record<string, unknown> = {}) => ({
  contest: c.id,
  category: c.print,
  title: `Tác phẩm ${uniq('tp')}`,
  body: {
    root: {
      type: 'root',
      direction: 'ltr',
      format: '',
      indent: 0,
      version: 1,
      children: [
        {
          type: 'paragraph',
          version: 1,
          direction: 'ltr',
          format: '',
          indent: 0,
          children: [
            { type: 'text', text: 'Nội dung bài viết về điển hình.', version: 1, detail: 0, format: 0, mode: 'normal', style: '' },
          ],
        },
      ],
    },
  },
  status: 'submitted',
  originalityDeclared: true,
  ...extra,
})

const countEntries = (where: Record<string, unknown>) =>
  payload.count({ collection: 'entries', where: where as never, overrideAccess: true }).then((r) => r.totalDocs)

beforeAll(async () => {
  payload = await testPayload()
  const doc = newPdf()
  doc.font('regular').text('Người giữ lửa làng nghề — bài dự thi')
  PDF = await pdfToBuffer(doc)
  PNG = await sharp({ create: { width: 8, height: 8, channels: 3, background: { r: 200, g: 10, b: 10 } } })
    .png()
    .toBuffer()
  for (const key of ['j1', 'j2', 'j3', 'j4', 'j5']) users[key] = await makeUser(payload, 'journalist')
  users.organizer = await makeUser(payload, 'organizer')
  users.judge = await makeUser(payload, 'judge')
  for (const key of Object.keys(users)) tokens[key] = await login(users[key].email, PASSWORD)
})
afterAll(() => payload.destroy())

describe('deadline', () => {
  let closed: Awaited<ReturnType<typeof makeContest>>
  let oldEntry: number
  beforeAll(async () => {
    closed = await makeContest({ opensAt: Date.now() - 10 * DAY, deadline: Date.now() - MIN })
    // an entry submitted while the contest was open (fixture written by trusted server code)
    oldEntry = (
      await payload.create({
        collection: 'entries',
        overrideAccess: true,
        data: { ...entry(closed), title: 'Bài nộp trước hạn', author: users.j1.id } as never,
      })
    ).id
  })

  it('refuses a create through REST, GraphQL and the Local API once the deadline has passed', async () => {
    const res = await rest('POST', '/entries', { token: tokens.j1, json: entry(closed) })
    expect(res.status).toBe(403)
    expect(JSON.stringify(res.body)).toContain('Đã hết hạn nộp bài')

    const g = await gql(`mutation($data: mutationEntryInput!) { createEntry(data: $data) { id } }`, tokens.j1, {
      data: { contest: closed.id, category: closed.print, title: 'Qua GraphQL', status: 'draft' },
    })
    expect(g.body.data?.createEntry ?? null).toBeNull()
    expect(JSON.stringify(g.body.errors)).toContain('Đã hết hạn nộp bài')

    await expect(
      payload.create({ collection: 'entries', data: entry(closed) as never, user: await asUser('j1'), overrideAccess: false }),
    ).rejects.toThrow(/Đã hết hạn nộp bài/)
    expect(await countEntries({ contest: { equals: closed.id } })).toBe(1)
  })

  it('accepts a submission that reached the server before the deadline but waited behind others past it', async () => {
    const c = await makeContest({ deadline: Date.now() + 1500 })
    const key = randomUUID()
    // another submission with the same key holds the lock, as a busy server would keep this one waiting
    const blocker = await (payload.db as unknown as { pool: import('pg').Pool }).pool.connect()
    await blocker.query('BEGIN')
    await blocker.query('select pg_advisory_xact_lock(hashtext($1))', [`entry-submission:${key}`])
    const pending = rest('POST', '/entries', { token: tokens.j2, json: entry(c, { submissionKey: key }) })
    while (Date.now() <= new Date(c.deadline).getTime() + 300) await new Promise((r) => setTimeout(r, 100))
    await blocker.query('COMMIT')
    blocker.release()
    const res = await pending
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    expect(new Date(res.body.doc.submittedAt).getTime()).toBeLessThanOrEqual(new Date(c.deadline).getTime())
    // sent after the deadline: refused
    expect((await rest('POST', '/entries', { token: tokens.j2, json: entry(c) })).status).toBe(403)
  })

  it('within the grace, accepts a late submit of an entry saved in time with its files, not a later file nor a new entry', async () => {
    const c = await makeContest({ deadline: Date.now() + 4000 })
    await payload.update({ collection: 'contests', id: c.id, data: { uploadGraceMinutes: 10 }, overrideAccess: true })
    const inTime = await upload(tokens.j3, PDF, 'kip-gio.pdf', 'application/pdf')
    expect(new Date(inTime.body.doc.receivedAt).getTime()).toBeLessThanOrEqual(new Date(c.deadline).getTime())
    // the draft was saved before the deadline; the upload was still on its way
    const draft = await rest('POST', '/entries', { token: tokens.j3, json: entry(c, { body: undefined, status: 'draft' }) })
    expect(draft.status, JSON.stringify(draft.body)).toBe(201)
    expect(new Date(draft.body.doc.createdAt).getTime()).toBeLessThanOrEqual(new Date(c.deadline).getTime())
    while (Date.now() <= new Date(c.deadline).getTime() + 100) await new Promise((r) => setTimeout(r, 100))
    // sent after the deadline, claiming an earlier arrival: the server keeps its own clock
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(PDF)], { type: 'application/pdf' }), 'tre-gio.pdf')
    form.append('_payload', JSON.stringify({ visibility: 'private', alt: 'tre', receivedAt: '2020-01-01T00:00:00.000Z' }))
    const late = await rest('POST', '/media', { token: tokens.j3, body: form })
    expect(late.status).toBe(201)
    const refused = await rest('POST', '/entries', {
      token: tokens.j3,
      json: entry(c, { body: undefined, files: [inTime.body.doc.id, late.body.doc.id] }),
    })
    expect(refused.status).toBe(403)
    expect(JSON.stringify(refused.body)).toContain('Đã hết hạn nộp bài')
    // a draft is not a submission: the grace only completes a submit
    expect(
      (
        await rest('POST', '/entries', {
          token: tokens.j3,
          json: entry(c, { body: undefined, files: [inTime.body.doc.id], status: 'draft' }),
        })
      ).status,
    ).toBe(403)
    // a brand-new entry created after the deadline is not an upload under way, even with a file that arrived in time
    const fresh = await rest('POST', '/entries', { token: tokens.j3, json: entry(c, { body: undefined, files: [inTime.body.doc.id] }) })
    expect(fresh.status).toBe(403)
    expect(JSON.stringify(fresh.body)).toContain('Đã hết hạn nộp bài')
    const accepted = await rest('PATCH', `/entries/${draft.body.doc.id}`, {
      token: tokens.j3,
      json: { files: [inTime.body.doc.id], status: 'submitted' },
    })
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(200)
    expect(accepted.body.doc.code).toBeTruthy()
    expect(
      await payload
        .findByID({ collection: 'media', id: late.body.doc.id, overrideAccess: true })
        .then((m) => new Date(m.receivedAt!).getTime()),
    ).toBeGreaterThan(new Date(c.deadline).getTime())
  })

  it('refuses an update of an earlier entry through REST, GraphQL and the Local API', async () => {
    expect((await rest('PATCH', `/entries/${oldEntry}`, { token: tokens.j1, json: { title: 'Sửa sau hạn' } })).status).toBe(403)
    const g = await gql(`mutation { updateEntry(id: ${oldEntry}, data: { title: "Sửa qua GraphQL" }) { id title } }`, tokens.j1)
    expect(JSON.stringify(g.body.errors)).toContain('Đã hết hạn nộp bài')
    await expect(
      payload.update({
        collection: 'entries',
        id: oldEntry,
        data: { title: 'Sửa qua Local API' },
        user: await asUser('j1'),
        overrideAccess: false,
      }),
    ).rejects.toThrow(/Đã hết hạn/)
    // not even a withdrawal
    expect((await rest('PATCH', `/entries/${oldEntry}`, { token: tokens.j1, json: { status: 'withdrawn' } })).status).toBe(403)
    const doc = await payload.findByID({ collection: 'entries', id: oldEntry, overrideAccess: true })
    expect(doc.title).toBe('Bài nộp trước hạn')
    expect(doc.status).toBe('submitted')
  })

  it('the message shows the deadline in Vietnam time', async () => {
    const res = await rest('POST', '/entries', { token: tokens.j1, json: entry(closed) })
    const d = new Date(new Date(closed.deadline).getTime() + 7 * 60 * MIN) // UTC+7, no DST
    const pad = (n: number) => String(n).padStart(2, '0')
    const expected =
      `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()} ` + `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`
    expect(JSON.stringify(res.body)).toContain(`Đã hết hạn nộp bài lúc ${expected} (giờ Việt Nam)`)
  })

  it('accepts an entry just before the deadline; an organizer may still correct entries afterwards', async () => {
    const soon = await makeContest({ deadline: Date.now() + 2 * MIN })
    const res = await rest('POST', '/entries', { token: tokens.j2, json: entry(soon) })
    expect(res.status).toBe(201)
    expect(res.body.doc.status).toBe('submitted')
    expect(
      (await rest('PATCH', `/entries/${oldEntry}`, { token: tokens.organizer, json: { exemplarNames: 'Ghi chú của Ban Tổ chức' } })).status,
    ).toBe(200)
  })

  it('a contest not yet open or still in preparation refuses entries', async () => {
    const later = await makeContest({ opensAt: Date.now() + DAY, deadline: Date.now() + 10 * DAY })
    expect((await rest('POST', '/entries', { token: tokens.j2, json: entry(later, { status: 'draft' }) })).status).toBe(403)
    const prep = await makeContest({ status: 'draft' })
    expect((await rest('POST', '/entries', { token: tokens.j2, json: entry(prep, { status: 'draft' }) })).status).toBe(403)
  })
})

describe('caps', () => {
  it('refuses the 4th submitted entry when the maximum is 3; withdrawn ones and drafts do not count', async () => {
    const c = await makeContest({ max: 3 })
    const made: number[] = []
    for (let i = 0; i < 3; i++) {
      const res = await rest('POST', '/entries', { token: tokens.j3, json: entry(c) })
      expect(res.status).toBe(201)
      made.push(res.body.doc.id)
    }
    const fourth = await rest('POST', '/entries', { token: tokens.j3, json: entry(c) })
    expect(fourth.status).toBe(400)
    expect(JSON.stringify(fourth.body)).toContain('tối đa 3 tác phẩm')

    // a draft is fine, but it cannot be submitted while three count
    const draft = await rest('POST', '/entries', { token: tokens.j3, json: entry(c, { status: 'draft' }) })
    expect(draft.status).toBe(201)
    expect((await rest('PATCH', `/entries/${draft.body.doc.id}`, { token: tokens.j3, json: { status: 'submitted' } })).status).toBe(400)

    expect((await rest('PATCH', `/entries/${made[0]}`, { token: tokens.j3, json: { status: 'withdrawn' } })).status).toBe(200)
    const again = await rest('PATCH', `/entries/${draft.body.doc.id}`, { token: tokens.j3, json: { status: 'submitted' } })
    expect(again.status).toBe(200)
    expect(await countEntries({ and: [{ contest: { equals: c.id } }, { status: { equals: 'submitted' } }] })).toBe(3)
    // another author has their own three places
    expect((await rest('POST', '/entries', { token: tokens.j4, json: entry(c) })).status).toBe(201)
  })

  it('caps co-authors by the category', async () => {
    const c = await makeContest()
    const two = [{ fullName: 'Nguyễn Văn An' }, { fullName: 'Trần Thị Bình' }]
    const res = await rest('POST', '/entries', { token: tokens.j4, json: entry(c, { coAuthors: two }) })
    expect(res.status).toBe(400)
    expect(JSON.stringify(res.body)).toContain('tối đa 1 đồng tác giả')
    expect((await rest('POST', '/entries', { token: tokens.j4, json: entry(c, { coAuthors: two.slice(0, 1) }) })).status).toBe(201)
    // photo allows 2
    const photo = await upload(tokens.j4, PNG, 'anh.png', 'image/png')
    expect(
      (
        await rest('POST', '/entries', {
          token: tokens.j4,
          json: entry(c, { category: c.photo, files: [photo.body.doc.id], coAuthors: two }),
        })
      ).status,
    ).toBe(201)
  })
})

describe('idempotent submission', () => {
  let c: Awaited<ReturnType<typeof makeContest>>
  beforeAll(async () => {
    c = await makeContest({ max: 10 })
  })

  it('the same key twice in a row gives one entry', async () => {
    const key = randomUUID()
    const first = await rest('POST', '/entries', { token: tokens.j5, json: entry(c, { submissionKey: key }) })
    expect(first.status).toBe(201)
    const second = await rest('POST', '/entries', { token: tokens.j5, json: entry(c, { submissionKey: key }) })
    expect(second.status).toBe(200)
    expect(second.body.doc.id).toBe(first.body.doc.id)
    expect(second.body.doc.code).toBe(first.body.doc.code)
    expect(await countEntries({ submissionKey: { equals: key } })).toBe(1)
  })

  it('two identical requests at once give exactly one entry', async () => {
    const key = randomUUID()
    const body = entry(c, { submissionKey: key })
    const [a, b] = await Promise.all([
      rest('POST', '/entries', { token: tokens.j5, json: body }),
      rest('POST', '/entries', { token: tokens.j5, json: body }),
    ])
    expect([a.status, b.status].sort()).toEqual([200, 201])
    expect(a.body.doc.id).toBe(b.body.doc.id)
    expect(await countEntries({ submissionKey: { equals: key } })).toBe(1)
    // the trail holds the one submission, by its author, with the code it was given
    const trail = await payload.find({
      collection: 'auditLogs',
      where: { targetCollection: { equals: 'entries' }, targetId: { equals: String(a.body.doc.id) } },
      depth: 0,
      overrideAccess: true,
    })
    expect(trail.docs.map((d) => ({ action: d.action, actor: d.actor, after: d.after }))).toEqual([
      { action: 'entry.create', actor: users.j5.id, after: { status: 'submitted', code: a.body.doc.code } },
    ])
    expect(Date.parse(trail.docs[0].createdAt)).toBeGreaterThan(Date.now() - 60_000)
  })

  it('another author cannot reuse a key to reach someone’s entry', async () => {
    const key = randomUUID()
    expect((await rest('POST', '/entries', { token: tokens.j5, json: entry(c, { submissionKey: key }) })).status).toBe(201)
    const other = await rest('POST', '/entries', { token: tokens.j4, json: entry(c, { submissionKey: key }) })
    expect(other.status).toBe(409)
    expect(JSON.stringify(other.body)).not.toContain('"doc"')
    expect((await rest('POST', '/entries', { token: tokens.j5, json: entry(c, { submissionKey: 'khong-phai-uuid' }) })).status).toBe(400)
  })
})

describe('files checked by their bytes', () => {
  let c: Awaited<ReturnType<typeof makeContest>>
  beforeAll(async () => {
    c = await makeContest({ max: 10 })
  })

  it('a .pdf name with PNG bytes is stored as an image: refused for print, accepted for photo', async () => {
    const up = await upload(tokens.j1, PNG, 'gia-mao.pdf', 'application/pdf')
    expect(up.status).toBe(201)
    // judged by its bytes: an image (stored converted to WebP), whatever the name says
    expect(up.body.doc.mimeType).toMatch(/^image\//)
    const print = await rest('POST', '/entries', { token: tokens.j1, json: entry(c, { files: [up.body.doc.id] }) })
    expect(print.status).toBe(400)
    expect(JSON.stringify(print.body)).toContain('không đúng loại')
    const photo = await rest('POST', '/entries', { token: tokens.j1, json: entry(c, { category: c.photo, files: [up.body.doc.id] }) })
    expect(photo.status).toBe(201)
  })

  it('an .exe renamed .pdf is refused at upload', async () => {
    const up = await upload(tokens.j1, EXE, 'bai-viet.pdf', 'application/pdf')
    expect(up.status).toBe(400)
    expect(JSON.stringify(up.body)).toContain('Định dạng tệp không được hỗ trợ')
  })

  it('a PDF cut short (an interrupted export) is refused with a Vietnamese reason, and nothing is stored', async () => {
    const before = await payload.count({ collection: 'media', overrideAccess: true })
    const up = await upload(tokens.j1, PDF.subarray(0, Math.floor(PDF.length / 2)), 'bai-viet-do-dang.pdf', 'application/pdf')
    expect(up.status).toBe(400)
    expect(JSON.stringify(up.body)).toContain('Tệp PDF không hoàn chỉnh')
    expect((await payload.count({ collection: 'media', overrideAccess: true })).totalDocs).toBe(before.totalDocs)
  })

  it('a real PDF goes into a print entry and becomes private; a radio entry needs audio', async () => {
    const up = await upload(tokens.j1, PDF, 'bai-viet.pdf', 'application/pdf', 'public')
    expect(up.status).toBe(201)
    const res = await rest('POST', '/entries', { token: tokens.j1, json: entry(c, { body: undefined, files: [up.body.doc.id] }) })
    expect(res.status).toBe(201)
    const media = await payload.findByID({ collection: 'media', id: up.body.doc.id, overrideAccess: true })
    expect(media.visibility).toBe('private')
    expect(
      (await rest('POST', '/entries', { token: tokens.j1, json: entry(c, { category: c.radio, files: [up.body.doc.id] }) })).status,
    ).toBe(400)
    const none = await rest('POST', '/entries', { token: tokens.j1, json: entry(c, { category: c.radio, body: undefined }) })
    expect(none.status).toBe(400)
    expect(JSON.stringify(none.body)).toContain('Chưa có tệp tác phẩm')
  })

  it('a print entry needs a file or a body to be submitted', async () => {
    const res = await rest('POST', '/entries', { token: tokens.j1, json: entry(c, { body: undefined }) })
    expect(res.status).toBe(400)
  })

  it('nobody attaches a file uploaded by someone else', async () => {
    const theirs = await upload(tokens.j2, PDF, 'cua-nguoi-khac.pdf', 'application/pdf')
    expect((await rest('POST', '/entries', { token: tokens.j1, json: entry(c, { files: [theirs.body.doc.id] }) })).status).toBe(403)
  })
})

describe('publication window and originality', () => {
  let c: Awaited<ReturnType<typeof makeContest>>
  beforeAll(async () => {
    c = await makeContest({ max: 10, worksFrom: '2025-01-01', worksTo: '2025-12-31' })
  })

  it.each([
    ['2024-12-31', 400],
    ['2025-01-01', 201],
    ['2025-12-31', 201],
    ['2026-01-01', 400],
    // 31/12/2024 18:00 UTC is already 01/01/2025 in Vietnam
    ['2024-12-31T18:00:00.000Z', 201],
    // 31/12/2025 17:30 UTC is 01/01/2026 in Vietnam
    ['2025-12-31T17:30:00.000Z', 400],
  ])('published on %s → %i', async (publishedOn, status) => {
    const res = await rest('POST', '/entries', { token: tokens.j2, json: entry(c, { publishedOn }) })
    expect(res.status).toBe(status)
    if (status === 400) expect(JSON.stringify(res.body)).toContain('nằm ngoài thời gian quy định')
  })

  it('needs the originality declaration to submit, not to save a draft', async () => {
    const res = await rest('POST', '/entries', { token: tokens.j2, json: entry(c, { originalityDeclared: false }) })
    expect(res.status).toBe(400)
    expect(JSON.stringify(res.body)).toContain('cam kết')
    expect(
      (await rest('POST', '/entries', { token: tokens.j2, json: entry(c, { originalityDeclared: false, status: 'draft' }) })).status,
    ).toBe(201)
  })
})

describe('what a journalist may not do', () => {
  let c: Awaited<ReturnType<typeof makeContest>>
  let mine: number
  let theirs: number
  beforeAll(async () => {
    c = await makeContest({ max: 10 })
    mine = (await rest('POST', '/entries', { token: tokens.j3, json: entry(c, { title: 'Bài của tôi' }) })).body.doc.id
    theirs = (await rest('POST', '/entries', { token: tokens.j4, json: entry(c, { title: 'Bài của người khác' }) })).body.doc.id
  })

  it('cannot set a screening status, a prize or a code (REST, GraphQL, Local API)', async () => {
    const res = await rest('PATCH', `/entries/${mine}`, { token: tokens.j3, json: { status: 'eligible' } })
    expect(res.status).toBe(403)
    expect(JSON.stringify(res.body)).toContain('Chỉ Ban Tổ chức')
    const g = await gql(`mutation { updateEntry(id: ${mine}, data: { status: eligible }) { id status } }`, tokens.j3)
    expect(g.body.errors?.length).toBeGreaterThan(0)
    await expect(
      payload.update({ collection: 'entries', id: mine, data: { status: 'awarded' }, user: await asUser('j3'), overrideAccess: false }),
    ).rejects.toThrow()
    expect((await rest('POST', '/entries', { token: tokens.j3, json: entry(c, { status: 'eligible' }) })).status).toBe(403)

    const before = await payload.findByID({ collection: 'entries', id: mine, overrideAccess: true })
    await rest('PATCH', `/entries/${mine}`, {
      token: tokens.j3,
      json: { prize: 'A', code: 'GS2026-BI-9999', submittedAt: '2020-01-01T00:00:00.000Z' },
    })
    const after = await payload.findByID({ collection: 'entries', id: mine, overrideAccess: true })
    expect(after.status).toBe('submitted')
    expect(after.prize ?? null).toBeNull()
    expect(after.code).toBe(before.code)
    expect(after.submittedAt).toBe(before.submittedAt)
  })

  it('cannot read or change another author’s entry', async () => {
    expect((await rest('GET', `/entries/${theirs}`, { token: tokens.j3 })).status).toBe(404)
    const list = await rest('GET', `/entries?where[contest][equals]=${c.id}&limit=100`, { token: tokens.j3 })
    expect(list.body.docs.map((d: { id: number }) => d.id)).toEqual([mine])
    const g = await gql(`{ Entries(where: { contest: { equals: ${c.id} } }) { docs { id } } }`, tokens.j3)
    expect(g.body.data.Entries.docs.map((d: { id: number }) => d.id)).toEqual([mine])
    const local = await payload.find({
      collection: 'entries',
      where: { contest: { equals: c.id } },
      user: await asUser('j3'),
      overrideAccess: false,
    })
    expect(local.docs.map((d) => d.id)).toEqual([mine])
    expect((await rest('PATCH', `/entries/${theirs}`, { token: tokens.j3, json: { title: 'Chiếm bài' } })).status).toBe(403)
    expect((await payload.findByID({ collection: 'entries', id: theirs, overrideAccess: true })).title).toBe('Bài của người khác')
  })

  it('cannot create an entry in someone else’s name', async () => {
    const res = await rest('POST', '/entries', { token: tokens.j3, json: entry(c, { author: users.j4.id }) })
    expect(res.status).toBe(403)
  })

  it('a judge cannot edit entries', async () => {
    await payload.create({
      collection: 'judgeAssignments',
      data: { entry: theirs, judge: users.judge.id, round: 'preliminary', status: 'assigned' } as never,
      overrideAccess: true,
    })
    expect((await rest('PATCH', `/entries/${theirs}`, { token: tokens.judge, json: { title: 'Giám khảo sửa' } })).status).toBe(403)
  })

  it('organizers screen: ineligible needs a reason, and the author is told', async () => {
    const no = await rest('PATCH', `/entries/${theirs}`, { token: tokens.organizer, json: { status: 'ineligible' } })
    expect(no.status).toBe(400)
    expect(JSON.stringify(no.body)).toContain('lý do')
    // the admin marks the field to fill
    expect(no.body.errors[0].data.errors).toEqual([
      { path: 'screeningReason', message: 'Vui lòng ghi lý do khi xác định tác phẩm không hợp lệ.' },
    ])
    const yes = await rest('PATCH', `/entries/${theirs}`, {
      token: tokens.organizer,
      json: { status: 'ineligible', screeningReason: 'Tác phẩm đăng ngoài thời gian quy định' },
    })
    expect(yes.status).toBe(200)
    await payload.jobs.run({ limit: 1000 })
    const mail = await waitForMail(users.j4.email, { subject: /Kết quả thẩm định/ })
    expect(mail.subject).toContain('không hợp lệ')
    expect(mail.html).toContain('Tác phẩm đăng ngoài thời gian quy định')
  })
})

describe('receipt', () => {
  it('the author gets a Vietnamese receipt with the code, title, category, contest and deadline', async () => {
    const c = await makeContest({ year: 2027, deadline: Date.UTC(2027, 2, 31, 16, 59) })
    const res = await rest('POST', '/entries', { token: tokens.j2, json: entry(c, { title: 'Người giữ lửa làng nghề' }) })
    expect(res.status).toBe(201)
    const code: string = res.body.doc.code
    expect(code).toMatch(/^GS2027-BI-\d{4}$/)
    expect(res.body.doc.submittedAt).toBeTruthy()
    await payload.jobs.run({ limit: 1000 })
    const mail = await waitForMail(users.j2.email, { subject: new RegExp(code) })
    expect(mail.subject).toBe(`Xác nhận nộp tác phẩm dự thi ${code}: Người giữ lửa làng nghề`)
    for (const text of [code, 'Người giữ lửa làng nghề', 'Báo in', c.title, '31/03/2027 23:59']) expect(mail.html).toContain(text)
  })

  it('codes follow each other within a year and medium', async () => {
    const c = await makeContest({ year: 2031, max: 10 })
    const codes: string[] = []
    for (let i = 0; i < 2; i++) codes.push((await rest('POST', '/entries', { token: tokens.j1, json: entry(c) })).body.doc.code)
    const draft = await rest('POST', '/entries', { token: tokens.j1, json: entry(c, { status: 'draft' }) })
    expect(draft.body.doc.code ?? null).toBeNull()
    expect(codes).toEqual(['GS2031-BI-0001', 'GS2031-BI-0002'])
  })

  it('past 9999 codes grow wider and keep counting; simultaneous submissions never share a number', async () => {
    const c = await makeContest({ year: 2032, max: 10 })
    const first = await rest('POST', '/entries', { token: tokens.j1, json: entry(c) })
    // as if 9,999 entries had been coded before: 'GS2032-BI-9999' sorts after 'GS2032-BI-10000' as text
    await payload.db.updateOne({ collection: 'entries', id: first.body.doc.id, data: { code: 'GS2032-BI-9999' } })
    const next = await rest('POST', '/entries', { token: tokens.j1, json: entry(c) })
    expect(next.body.doc.code).toBe('GS2032-BI-10000')
    const together = await Promise.all(
      [tokens.j1, tokens.j2, tokens.j1].map((token) => rest('POST', '/entries', { token, json: entry(c) })),
    )
    expect(together.map((r) => r.status)).toEqual([201, 201, 201])
    expect(together.map((r) => r.body.doc.code).sort()).toEqual(['GS2032-BI-10001', 'GS2032-BI-10002', 'GS2032-BI-10003'])
  })
})
