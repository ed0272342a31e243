import type { Payload } from 'payload'
import sharp from 'sharp'
import { DEACTIVATED_LOGIN_MESSAGE } from '@/collections/Users/hooks/refuseDeactivatedLogin'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { reviewedFields } from '../helpers/editorial'
import { makeUnit, makeUser, PASSWORD, uniq } from '../helpers/fixtures'
import { makeEntry, makeJudgingContest } from '../helpers/judgingFixtures'
import { testPayload } from '../helpers/payload'
import { gql, login, rest } from '../helpers/rest'

/** The holes found by trying the access model from outside, as each role (issue "Trust"). */
let payload: Payload
type U = { id: number; email: string }
const users: Record<string, U> = {}
const tokens: Record<string, string> = {}
let PNG: Buffer

const reread = (collection: 'users' | 'media' | 'articles', id: number) =>
  payload.findByID({ collection, id, overrideAccess: true, depth: 0 }) as Promise<any>

async function privateFile(owner: U | null, name = 'tep') {
  const user = owner ? await payload.findByID({ collection: 'users', id: owner.id, overrideAccess: true }) : undefined
  return payload.create({
    collection: 'media',
    data: { alt: name, visibility: 'private' },
    file: { data: PNG, name: `${name}-${uniq()}.png`, mimetype: 'image/png', size: PNG.length },
    overrideAccess: true,
    user: user as never,
    depth: 0,
  })
}

beforeAll(async () => {
  payload = await testPayload()
  PNG = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#c00' } })
    .png()
    .toBuffer()
  const unit = await makeUnit(payload, { name: 'Xã Lỗ Hổng', kind: 'commune' })
  const otherUnit = await makeUnit(payload, { name: 'Xã Khác', kind: 'commune' })
  const outlet = await payload.create({
    collection: 'outlets',
    data: { name: 'Báo Lỗ Hổng', kind: 'newspaper', _status: 'published' },
    overrideAccess: true,
  })
  const otherOutlet = await payload.create({
    collection: 'outlets',
    data: { name: 'Đài Lỗ Hổng', kind: 'broadcaster', _status: 'published' },
    overrideAccess: true,
  })
  users.admin = await makeUser(payload, 'admin')
  users.organizer = await makeUser(payload, 'organizer')
  users.editor = await makeUser(payload, 'editor', { outlets: [outlet.id] })
  users.otherEditor = await makeUser(payload, 'editor', { outlets: [otherOutlet.id] })
  users.officer = await makeUser(payload, 'unitOfficer', { unit: unit.id })
  users.otherOfficer = await makeUser(payload, 'unitOfficer', { unit: otherUnit.id })
  users.judge = await makeUser(payload, 'judge')
  users.journalist = await makeUser(payload, 'journalist')
  users.journalist2 = await makeUser(payload, 'journalist')
  for (const [key, u] of Object.entries(users)) tokens[key] = await login(u.email, PASSWORD)
  Object.assign(ids, { unit: unit.id, otherUnit: otherUnit.id, outlet: outlet.id, otherOutlet: otherOutlet.id })
})
afterAll(() => payload.destroy())
const ids: Record<string, number> = {}

describe('accounts: only an administrator changes another person’s e-mail, password or role', () => {
  it('an organizer cannot change an administrator’s or anyone else’s password or e-mail; nothing changes', async () => {
    for (const target of ['admin', 'judge', 'journalist', 'editor']) {
      const before = await reread('users', users[target].id)
      const pw = await rest('PATCH', `/users/${users[target].id}`, { token: tokens.organizer, json: { password: 'DoiMatKhau@999' } })
      expect(pw.status, target).toBe(403)
      const mail = await rest('PATCH', `/users/${users[target].id}`, {
        token: tokens.organizer,
        json: { email: `chiem-${uniq()}@test.vn` },
      })
      expect(mail.status, target).toBe(403)
      const after = await reread('users', users[target].id)
      expect(after.email).toBe(before.email)
      expect(after.updatedAt).toBe(before.updatedAt)
    }
    // the administrator still signs in with the old password; the new one does not work
    expect(await login(users.admin.email, PASSWORD)).toBeTruthy()
    expect((await rest('POST', '/users/login', { json: { email: users.admin.email, password: 'DoiMatKhau@999' } })).status).toBe(401)
    // nor through GraphQL or the Local API
    const g = await gql(`mutation { updateUser(id: ${users.admin.id}, data: { password: "DoiMatKhau@999" }) { id } }`, tokens.organizer)
    expect(g.body.errors?.length).toBeGreaterThan(0)
    const organizer = await payload.findByID({ collection: 'users', id: users.organizer.id, overrideAccess: true })
    await expect(
      payload.update({
        collection: 'users',
        id: users.judge.id,
        data: { password: 'DoiMatKhau@999' },
        overrideAccess: false,
        user: organizer,
      }),
    ).rejects.toThrow(/quản trị hệ thống/)
    expect(await login(users.judge.email, PASSWORD)).toBeTruthy()
  })

  it('an organizer does not change roles, nor edit staff or administrator accounts at all', async () => {
    await rest('PATCH', `/users/${users.judge.id}`, { token: tokens.organizer, json: { role: 'admin' } })
    expect((await reread('users', users.judge.id)).role).toBe('judge')
    expect((await rest('PATCH', `/users/${users.editor.id}`, { token: tokens.organizer, json: { fullName: 'Đổi tên' } })).status).toBe(403)
    expect((await rest('PATCH', `/users/${users.admin.id}`, { token: tokens.organizer, json: { fullName: 'Đổi tên' } })).status).toBe(403)
    expect((await reread('users', users.admin.id)).fullName).not.toBe('Đổi tên')
    // a judge's contact details are fine
    expect((await rest('PATCH', `/users/${users.judge.id}`, { token: tokens.organizer, json: { phone: '0912000111' } })).status).toBe(200)
  })

  it('everyone changes their own password and e-mail; an administrator anyone’s', async () => {
    const me = await makeUser(payload, 'journalist')
    const token = await login(me.email, PASSWORD)
    expect((await rest('PATCH', `/users/${me.id}`, { token, json: { password: 'MatKhauMoi@123' } })).status).toBe(200)
    const newMail = `moi-${uniq()}@test.vn`
    const mailRes = await rest('PATCH', `/users/${me.id}`, { token: await login(me.email, 'MatKhauMoi@123'), json: { email: newMail } })
    expect(mailRes.status).toBe(200)
    expect((await rest('PATCH', `/users/${me.id}`, { token: tokens.admin, json: { password: 'QuanTriDat@123' } })).status).toBe(200)
    expect(await login(newMail, 'QuanTriDat@123')).toBeTruthy()
  })

  it('an organizer invites judges and journalists, never staff', async () => {
    const judge = await rest('POST', '/users', {
      token: tokens.organizer,
      json: { email: `gk-${uniq()}@test.vn`, password: PASSWORD, fullName: 'Giám khảo mời', role: 'judge' },
    })
    expect(judge.status).toBe(201)
    expect(judge.body.doc.role).toBe('judge')
    const editor = await rest('POST', '/users', {
      token: tokens.organizer,
      json: { email: `bt-${uniq()}@test.vn`, password: PASSWORD, fullName: 'Không được', role: 'editor' },
    })
    expect(editor.body.doc?.role ?? 'journalist').toBe('journalist')
    const admin = await rest('POST', '/users', {
      token: tokens.organizer,
      json: { email: `qt-${uniq()}@test.vn`, password: PASSWORD, fullName: 'Không được', role: 'admin' },
    })
    expect(admin.body.doc?.role ?? 'journalist').toBe('journalist')
  })

  it('an organizer deactivates a judge or a journalist (who then has no more rights than a visitor), not a staff account', async () => {
    const judge = await makeUser(payload, 'judge')
    const judgeToken = await login(judge.email, PASSWORD)
    expect((await rest('GET', '/contests?limit=1', { token: judgeToken })).status).toBe(200)
    expect((await rest('PATCH', `/users/${judge.id}`, { token: tokens.organizer, json: { deactivated: true } })).status).toBe(200)
    expect((await reread('users', judge.id)).deactivated).toBe(true)
    // no new session, with a message saying why; the session opened before has no rights left
    const again = await rest('POST', '/users/login', { json: { email: judge.email, password: PASSWORD } })
    expect(again.status).toBe(403)
    expect(again.body.errors[0].message).toBe(DEACTIVATED_LOGIN_MESSAGE)
    expect(again.body.token).toBeUndefined()
    const wrong = await rest('POST', '/users/login', { json: { email: judge.email, password: 'sai-mat-khau-123' } })
    expect(wrong.status).toBe(401)
    const access = await rest('GET', '/access', { token: judgeToken })
    expect(access.body.canAccessAdmin).not.toBe(true)
    expect((await rest('GET', '/judgeAssignments', { token: judgeToken })).status).toBe(403)
    // not an officer, and the account cannot reactivate itself
    const officer = await makeUser(payload, 'unitOfficer', { unit: ids.unit })
    await rest('PATCH', `/users/${officer.id}`, { token: tokens.organizer, json: { deactivated: true } })
    expect((await reread('users', officer.id)).deactivated).not.toBe(true)
    const journalist = await makeUser(payload, 'journalist')
    const journalistToken = await login(journalist.email, PASSWORD)
    await payload.update({ collection: 'users', id: journalist.id, data: { deactivated: true }, overrideAccess: true })
    await rest('PATCH', `/users/${journalist.id}`, { token: journalistToken, json: { deactivated: false } })
    expect((await reread('users', journalist.id)).deactivated).toBe(true)
  })
})

describe('media: only the uploader, organizers and administrators change or delete a file', () => {
  it('an editor, a unit officer or a judge cannot publish or delete a journalist’s private file', async () => {
    const file = await privateFile(users.journalist, 'bai-du-thi')
    for (const who of ['editor', 'officer', 'judge', 'journalist2']) {
      const patch = await rest('PATCH', `/media/${file.id}`, { token: tokens[who], json: { visibility: 'public' } })
      expect([403, 404], who).toContain(patch.status)
      const del = await rest('DELETE', `/media/${file.id}`, { token: tokens[who] })
      expect([403, 404], who).toContain(del.status)
    }
    const after = await reread('media', file.id)
    expect(after.visibility).toBe('private')
    expect(after.updatedAt).toBe(file.updatedAt)
    // the uploader and an organizer may
    expect((await rest('PATCH', `/media/${file.id}`, { token: tokens.journalist, json: { alt: 'Ảnh của tôi' } })).status).toBe(200)
    expect((await rest('DELETE', `/media/${file.id}`, { token: tokens.organizer })).status).toBe(200)
  })
})

describe('versions: drafts are read by the outlet’s editors, organizers and administrators only', () => {
  beforeAll(async () => {
    const column = await payload.create({
      collection: 'columns',
      data: { name: `Chuyên mục ${uniq()}`, outlet: ids.outlet, _status: 'published' },
      overrideAccess: true,
    })
    ids.column = column.id
    ids.draftColumn = (
      await payload.create({
        collection: 'columns',
        data: { name: 'Chuyên mục nháp bí mật', outlet: ids.outlet, _status: 'draft' },
        overrideAccess: true,
        draft: true,
      })
    ).id
    ids.draftOutlet = (
      await payload.create({
        collection: 'outlets',
        data: { name: 'Cơ quan nháp bí mật', kind: 'newspaper', _status: 'draft' },
        overrideAccess: true,
        draft: true,
      })
    ).id
    const published = await payload.create({
      collection: 'articles',
      data: { title: 'Bài đã đăng công khai', column: column.id, _status: 'published', review: await reviewedFields(payload) },
      overrideAccess: true,
    })
    ids.published = published.id
    // a draft of the published article, and a never-published draft
    await payload.update({
      collection: 'articles',
      id: published.id,
      data: { title: 'Bản sửa nháp bí mật' },
      draft: true,
      overrideAccess: true,
    })
    ids.draft = (
      await payload.create({
        collection: 'articles',
        data: { title: 'Bài nháp bí mật', column: column.id, _status: 'draft' },
        overrideAccess: true,
        draft: true,
      })
    ).id
  })

  it('no journalist, judge, unit officer or other outlet’s editor reads a draft through /versions (REST or GraphQL)', async () => {
    for (const who of ['journalist', 'judge', 'officer', 'otherEditor']) {
      for (const collection of ['articles', 'columns', 'outlets']) {
        const res = await rest('GET', `/${collection}/versions?limit=200&where[version._status][equals]=draft`, { token: tokens[who] })
        expect(JSON.stringify(res.body), `${who} ${collection}`).not.toContain('bí mật')
      }
      const g = await gql('{ versionsArticles(limit: 200) { docs { version { title } } } }', tokens[who])
      expect(JSON.stringify(g.body), who).not.toContain('bí mật')
    }
    const anonymous = await rest('GET', '/articles/versions?where[version._status][equals]=draft')
    expect(JSON.stringify(anonymous.body)).not.toContain('bí mật')
  })

  it('the outlet’s editor and an organizer read them', async () => {
    for (const who of ['editor', 'organizer']) {
      const res = await rest(
        'GET',
        `/articles/versions?limit=200&where[version._status][equals]=draft&where[parent][in]=${ids.draft},${ids.published}`,
        { token: tokens[who] },
      )
      expect(res.status).toBe(200)
      const titles = res.body.docs.map((d: { version: { title: string } }) => d.version.title)
      expect(titles, who).toContain('Bài nháp bí mật')
      expect(titles, who).toContain('Bản sửa nháp bí mật')
    }
    const columns = await rest('GET', `/columns/versions?where[parent][equals]=${ids.draftColumn}`, { token: tokens.editor })
    expect(columns.body.docs.length).toBeGreaterThan(0)
    const outlets = await rest('GET', `/outlets/versions?where[parent][equals]=${ids.draftOutlet}`, { token: tokens.organizer })
    expect(outlets.body.docs.length).toBeGreaterThan(0)
  })

  it('judges and unit officers read published articles only; an editor the drafts of their own outlets only', async () => {
    for (const who of ['judge', 'officer', 'journalist', 'otherEditor']) {
      expect((await rest('GET', `/articles/${ids.draft}`, { token: tokens[who] })).status, who).toBe(404)
      expect((await rest('GET', `/articles/${ids.draft}?draft=true`, { token: tokens[who] })).status, who).toBe(404)
      const list = await rest('GET', `/articles?limit=200&draft=true&where[column][equals]=${ids.column}`, { token: tokens[who] })
      expect(JSON.stringify(list.body), who).not.toContain('bí mật')
      const plain = await rest('GET', `/articles?limit=200&where[column][equals]=${ids.column}`, { token: tokens[who] })
      expect(
        plain.body.docs.map((d: { id: number }) => d.id),
        who,
      ).toEqual([ids.published])
      expect(JSON.stringify(plain.body), who).not.toContain('bí mật')
      const local = await payload.find({
        collection: 'articles',
        where: { id: { equals: ids.draft } },
        draft: true,
        overrideAccess: false,
        user: await payload.findByID({ collection: 'users', id: users[who].id, overrideAccess: true }),
      })
      expect(local.docs, who).toHaveLength(0)
    }
    expect((await rest('GET', `/articles/${ids.draft}?draft=true`, { token: tokens.editor })).status).toBe(200)
    expect((await rest('GET', `/columns/${ids.draftColumn}?draft=true`, { token: tokens.otherEditor })).status).toBe(404)
    expect((await rest('GET', `/outlets/${ids.draftOutlet}?draft=true`, { token: tokens.editor })).status).toBe(404)
  })
})

describe('private files: owner, organizers, and a judge only for entries assigned to them in an open round, without the uploader', () => {
  let assignedFile: { id: number; filename?: string | null }
  let otherEntryFile: { id: number; filename?: string | null }
  let reportFile: { id: number; filename?: string | null }
  let otherReportFile: { id: number; filename?: string | null }
  let nominationPhoto: { id: number; filename?: string | null }
  let contestId: number

  beforeAll(async () => {
    const { contest, category } = await makeJudgingContest(payload)
    contestId = contest.id
    assignedFile = await privateFile(users.journalist, 'duoc-phan-cong')
    otherEntryFile = await privateFile(users.journalist2, 'khong-phan-cong')
    const assigned = await makeEntry(payload, { contest: contest.id, category: category.id, author: users.journalist.id })
    await payload.update({ collection: 'entries', id: assigned.id, data: { files: [assignedFile.id] } as never, overrideAccess: true })
    const other = await makeEntry(payload, { contest: contest.id, category: category.id, author: users.journalist2.id })
    await payload.update({ collection: 'entries', id: other.id, data: { files: [otherEntryFile.id] } as never, overrideAccess: true })
    await payload.create({
      collection: 'judgeAssignments',
      data: { entry: assigned.id, judge: users.judge.id, round: 'preliminary', status: 'assigned' },
      overrideAccess: true,
    })

    reportFile = await privateFile(null, 'bao-cao-nam')
    otherReportFile = await privateFile(null, 'bao-cao-xa-khac')
    await payload.create({
      collection: 'annualReports',
      data: { year: 2025, unit: ids.unit, xlsx: reportFile.id, status: 'done' } as never,
      overrideAccess: true,
    })
    await payload.create({
      collection: 'annualReports',
      data: { year: 2025, unit: ids.otherUnit, xlsx: otherReportFile.id, status: 'done' } as never,
      overrideAccess: true,
    })
    nominationPhoto = await privateFile(null, 'anh-nguoi-gioi-thieu')
    await payload.create({
      collection: 'nominations',
      data: {
        nomineeName: 'Bà Năm',
        achievement: 'Giúp đỡ người nghèo trong xã nhiều năm.',
        place: 'Xã Lỗ Hổng',
        nominatorName: 'Người giới thiệu',
        nominatorEmail: 'gioithieu@test.vn',
        photo: nominationPhoto.id,
        status: 'new',
      },
      overrideAccess: true,
    })
  })

  const listPrivate = async (who: string) => {
    const res = await rest('GET', '/media?limit=500&depth=0&where[visibility][equals]=private', { token: tokens[who] })
    return res.body.docs?.map((d: { id: number }) => d.id) ?? []
  }
  const file = (who: string | null, f: { filename?: string | null }) =>
    rest('GET', `/media/file/${f.filename}`, { token: who ? tokens[who] : undefined })

  it('a judge lists and downloads the files of the entries assigned to them, never the uploader, and nothing else private', async () => {
    const seen = await listPrivate('judge')
    expect(seen).toContain(assignedFile.id)
    for (const f of [otherEntryFile, reportFile, nominationPhoto]) expect(seen).not.toContain(f.id)
    const one = await rest('GET', `/media/${assignedFile.id}?depth=2`, { token: tokens.judge })
    expect(one.status).toBe(200)
    expect(one.body).not.toHaveProperty('owner')
    expect(JSON.stringify(one.body)).not.toContain(users.journalist.email)
    const g = await gql(`{ Media(id: ${assignedFile.id}) { id owner { id email } } }`, tokens.judge)
    expect(g.body.data?.Media?.owner ?? null).toBeNull()
    expect((await file('judge', assignedFile)).status).toBe(200)
    for (const f of [otherEntryFile, reportFile, nominationPhoto]) expect((await file('judge', f)).status).toBe(403)
  })

  it('once the round is closed the judge no longer reads those files', async () => {
    const contest = await payload.findByID({ collection: 'contests', id: contestId, overrideAccess: true })
    await payload.update({
      collection: 'contests',
      id: contestId,
      data: { rounds: (contest.rounds ?? []).map((r) => ({ ...r, closed: true })) },
      overrideAccess: true,
    })
    expect(await listPrivate('judge')).not.toContain(assignedFile.id)
    expect((await file('judge', assignedFile)).status).toBe(403)
    await payload.update({
      collection: 'contests',
      id: contestId,
      data: { rounds: (contest.rounds ?? []).map((r) => ({ ...r, closed: false })) },
      overrideAccess: true,
    })
  })

  it('editors and unit officers see no one else’s private file; an officer the reports of their own unit only', async () => {
    for (const who of ['editor', 'officer', 'otherEditor', 'journalist2']) {
      const seen = await listPrivate(who)
      for (const f of [assignedFile, nominationPhoto]) expect(seen, who).not.toContain(f.id)
      expect((await file(who, assignedFile)).status, who).toBe(403)
      expect((await file(who, nominationPhoto)).status, who).toBe(403)
      expect((await file(who, otherReportFile)).status, who).toBe(403)
    }
    expect((await file('editor', reportFile)).status).toBe(403)
    expect((await file('officer', reportFile)).status).toBe(200)
    expect((await file('otherOfficer', reportFile)).status).toBe(403)
    expect(await listPrivate('officer')).toContain(reportFile.id)
    expect((await file(null, assignedFile)).status).toBe(403)
  })

  it('the owner and an organizer read them', async () => {
    expect((await file('journalist', assignedFile)).status).toBe(200)
    expect((await file('journalist', otherEntryFile)).status).toBe(403)
    for (const f of [assignedFile, otherEntryFile, reportFile, nominationPhoto]) expect((await file('organizer', f)).status).toBe(200)
    const seen = await listPrivate('organizer')
    for (const f of [assignedFile, otherEntryFile, reportFile, nominationPhoto]) expect(seen).toContain(f.id)
  })
})

describe('conflicts of interest hold for later rounds and later contests', () => {
  it('a conflict in the preliminary keeps the judge from the entry in the final and the author’s next entry in that medium', async () => {
    const j1 = await makeUser(payload, 'judge')
    const j2 = await makeUser(payload, 'judge')
    const author = await makeUser(payload, 'journalist')
    const { contest, category } = await makeJudgingContest(payload, { final: true, judgesPerEntry: 2 })
    const entry = await makeEntry(payload, { contest: contest.id, category: category.id, author: author.id })
    const pre = await rest('POST', `/contests/${contest.id}/assign`, {
      token: tokens.organizer,
      json: { round: 'preliminary', judges: [j1.id, j2.id] },
    })
    expect(pre.status).toBe(201)
    const mine = (
      await payload.find({
        collection: 'judgeAssignments',
        where: { entry: { equals: entry.id }, judge: { equals: j1.id } },
        overrideAccess: true,
      })
    ).docs[0]
    const declared = await rest('PATCH', `/judgeAssignments/${mine.id}`, {
      token: await login(j1.email, PASSWORD),
      json: { status: 'conflict', conflictReason: 'Tác giả là em họ của tôi' },
    })
    expect(declared.status).toBe(200)

    await payload.update({ collection: 'entries', id: entry.id, data: { status: 'shortlisted' } as never, overrideAccess: true })
    const final = await rest('POST', `/contests/${contest.id}/assign`, {
      token: tokens.organizer,
      json: { round: 'final', judges: [j1.id, j2.id] },
    })
    expect(final.status).toBe(201)
    expect(final.body.created.map((c: { judge: number }) => c.judge)).toEqual([j2.id])
    expect(final.body.unassignable).toEqual([{ entry: entry.id, has: 1, needs: 2 }])
    const byHand = await rest('POST', '/judgeAssignments', {
      token: tokens.organizer,
      json: { entry: entry.id, judge: j1.id, round: 'final' },
    })
    expect(byHand.status).toBe(400)
    expect(JSON.stringify(byHand.body)).toContain('khai báo xung đột lợi ích')

    // next year's contest, same medium: the same author's entry does not go to that judge; another author's does
    const next = await makeJudgingContest(payload, { judgesPerEntry: 2 })
    const again = await makeEntry(payload, { contest: next.contest.id, category: next.category.id, author: author.id })
    const other = await makeEntry(payload, { contest: next.contest.id, category: next.category.id, author: users.journalist2.id })
    const res = await rest('POST', `/contests/${next.contest.id}/assign`, {
      token: tokens.organizer,
      json: { round: 'preliminary', judges: [j1.id, j2.id] },
    })
    expect(res.status).toBe(201)
    const pairs = res.body.created.map((c: { entry: number; judge: number }) => `${c.entry}:${c.judge}`).sort()
    expect(pairs).toEqual([`${again.id}:${j2.id}`, `${other.id}:${j1.id}`, `${other.id}:${j2.id}`].sort())
    const byHandNext = await rest('POST', '/judgeAssignments', {
      token: tokens.organizer,
      json: { entry: again.id, judge: j1.id, round: 'preliminary' },
    })
    expect(byHandNext.status).toBe(400)
  })
})
