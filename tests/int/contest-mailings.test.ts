import fs from 'node:fs'
import path from 'node:path'
import { simpleParser } from 'mailparser'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeUser, PASSWORD, uniq } from '../helpers/fixtures'
import { makeEntry, makeJudgingContest } from '../helpers/judgingFixtures'
import { testPayload } from '../helpers/payload'
import { login, rest } from '../helpers/rest'

let payload: Payload
let organizerToken: string
let contest: { id: number }
let categories: { id: number }[]
const people: Record<string, { id: number; email: string }> = {}

/** Every mail in the mailbox with this subject, as the list of its recipients. */
async function recipientsOf(subject: string): Promise<string[]> {
  const dir = process.env.MAILBOX_DIR!
  const out: string[] = []
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.eml'))) {
    const mail = await simpleParser(fs.readFileSync(path.join(dir, file)))
    if (mail.subject === subject) out.push(...[mail.to].flat().flatMap((a) => (a ? a.value.map((v) => v.address!.toLowerCase()) : [])))
  }
  return out.sort()
}

beforeAll(async () => {
  payload = await testPayload()
  const made = await makeJudgingContest(payload)
  contest = made.contest
  const second = await payload.create({
    collection: 'contestCategories',
    data: { contest: contest.id, name: `Phát thanh ${uniq()}`, medium: 'radio' },
    overrideAccess: true,
  })
  categories = [made.category, second]
  for (const key of ['an', 'binh', 'draft', 'gone']) people[key] = await makeUser(payload, 'journalist')
  const coAuthor = `dong-tac-gia-${uniq()}@bao.vn`
  await makeEntry(payload, { contest: contest.id, category: categories[0].id, author: people.an.id })
  await makeEntry(payload, { contest: contest.id, category: categories[1].id, author: people.an.id, status: 'shortlisted' })
  await makeEntry(payload, {
    contest: contest.id,
    category: categories[1].id,
    author: people.binh.id,
    coAuthors: [{ fullName: 'Lê Thị Cúc', email: coAuthor }],
    status: 'submitted',
  })
  await makeEntry(payload, { contest: contest.id, category: categories[0].id, author: people.gone.id, status: 'withdrawn' })
  await payload.create({
    collection: 'entries',
    data: { contest: contest.id, category: categories[0].id, author: people.draft.id, title: 'Bản nháp', status: 'draft' } as never,
    overrideAccess: true,
  })
  people.coAuthor = { id: 0, email: coAuthor }
  organizerToken = await login((await makeUser(payload, 'organizer')).email, PASSWORD)
})
afterAll(() => payload.destroy())

const mailing = (json: Record<string, unknown>, token = organizerToken) => rest('POST', '/contestMailings', { token, json })
const reread = (id: number) => payload.findByID({ collection: 'contestMailings', id, depth: 0, overrideAccess: true })

describe('organizers mail every entrant of a contest or of a category', () => {
  it('once per author and co-author who sent an entry in; none to drafts or withdrawn entries; progress counted', async () => {
    const subject = `Lịch trao giải ${uniq()}`
    const res = await mailing({
      contest: contest.id,
      subject,
      body: 'Kính mời quý tác giả dự lễ trao giải.\n\nTrân trọng.',
      delivered: 99,
      status: 'done',
    })
    expect(res.status).toBe(201)
    // the delivery fields are the server's: a client's values are ignored
    expect(res.body.doc).toMatchObject({ status: 'queued', delivered: 0, recipients: 0 })
    expect(await recipientsOf(subject)).toEqual([])

    await payload.jobs.run({ limit: 500 })
    expect(await recipientsOf(subject)).toEqual(
      [people.an.email, people.binh.email, people.coAuthor.email].map((e) => e.toLowerCase()).sort(),
    )
    const done = await reread(res.body.doc.id)
    expect(done).toMatchObject({ status: 'done', recipients: 3, delivered: 3 })

    // running the queue again sends nothing more
    await payload.jobs.run({ limit: 500 })
    expect((await recipientsOf(subject)).length).toBe(3)
  })

  it('to one category only: its entrants', async () => {
    const subject = `Thông báo thể loại ${uniq()}`
    expect((await mailing({ contest: contest.id, category: categories[1].id, subject, body: 'Nội dung.' })).status).toBe(201)
    await payload.jobs.run({ limit: 500 })
    expect(await recipientsOf(subject)).toEqual(
      [people.an.email, people.binh.email, people.coAuthor.email].map((e) => e.toLowerCase()).sort(),
    )
    const subject0 = `Thông báo báo in ${uniq()}`
    expect((await mailing({ contest: contest.id, category: categories[0].id, subject: subject0, body: 'Nội dung.' })).status).toBe(201)
    await payload.jobs.run({ limit: 500 })
    expect(await recipientsOf(subject0)).toEqual([people.an.email.toLowerCase()])
  })

  it('a category of another contest is refused on its field; other roles cannot send or read mailings', async () => {
    const other = await makeJudgingContest(payload)
    const wrong = await mailing({ contest: contest.id, category: other.category.id, subject: 'Sai thể loại', body: 'x' })
    expect(wrong.status).toBe(400)
    expect(JSON.stringify(wrong.body)).toContain('Thể loại đã chọn không thuộc cuộc thi này.')
    for (const role of ['journalist', 'editor', 'judge', 'unitOfficer'] as const) {
      const token = await login((await makeUser(payload, role)).email, PASSWORD)
      expect([401, 403], role).toContain((await mailing({ contest: contest.id, subject: 'Không được', body: 'x' }, token)).status)
      expect([401, 403], role).toContain((await rest('GET', '/contestMailings', { token })).status)
    }
    expect(await recipientsOf('Không được')).toEqual([])
  })
})
