import { createLocalReq, formatNames, type Payload, type Where } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ACCESS_TABLE, ACTORS, cellFor, type Actor, type Operation } from '../../src/access/table'
import { reviewedFields } from '../helpers/editorial'
import { makeExemplar, makeUnit, makeUser, PASSWORD, uniq } from '../helpers/fixtures'
import { makeJudgingContest, marksFor } from '../helpers/judgingFixtures'
import { testPayload } from '../helpers/payload'
import { gql, login, rest } from '../helpers/rest'

/**
 * Walks every cell of the access table (src/access/table.ts): for each kind of caller, each collection (and the
 * global) and each operation, through REST, GraphQL (reads) and the Local API with overrideAccess: false. Where the
 * table allows, the call goes through; where it does not, the call is refused and the row is unchanged.
 * A scoped cell ("own", "own unit", "assigned", ...) is checked against several rows, inside and outside the scope:
 * whether a row is inside is asked of the database with the scope's query, never assumed by the test.
 */
let payload: Payload
type Doc = { id: number | string; [k: string]: any }
type AnyCollection = any
const users: Record<string, Doc> = {}
const tokens: Partial<Record<Actor, string>> = {}
let PNG: Buffer
let gqlQueries: Set<string>

interface Fixture {
  /** rows to walk, by name */
  rows: Record<string, () => Promise<Doc>>
  /** a minimal body for create through the API (refusals are decided before validation) */
  createData: () => Record<string, unknown>
}
const ctx: Record<string, any> = {}
const created: Record<string, Record<string, Doc>> = {}

const sys = (collection: string, data: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  payload.create({ collection: collection as AnyCollection, data: data as never, overrideAccess: true, depth: 0, ...extra }) as Promise<Doc>

async function upload(owner: Doc | null, visibility: 'public' | 'private', name: string): Promise<Doc> {
  return payload.create({
    collection: 'media',
    data: { alt: name, visibility },
    file: { data: PNG, name: `${name}-${uniq()}.png`, mimetype: 'image/png', size: PNG.length },
    overrideAccess: true,
    user: (owner ?? undefined) as never,
    depth: 0,
  }) as Promise<Doc>
}

const FIXTURES: Record<string, Fixture> = {
  users: {
    rows: {
      judge: async () => users.judge,
      admin: async () => users.admin,
      editor: async () => users.editor,
      fresh: async () => makeUser(payload, 'journalist') as Promise<Doc>,
    },
    createData: () => ({ fullName: 'Người mới' }),
  },
  media: {
    rows: {
      public: () => upload(users.editor, 'public', 'cong-khai'),
      ownByJournalist: async () => ctx.assignedFile ?? (ctx.assignedFile = await upload(users.journalist, 'private', 'bai-du-thi')),
      otherPrivate: () => upload(users.journalist2, 'private', 'rieng-tu'),
      report: async () => ctx.reportFile,
      nominationPhoto: async () => ctx.nominationPhoto,
    },
    createData: () => ({ alt: 'x' }),
  },
  articles: {
    rows: {
      publishedA: async () => sys('articles', { title: 'Bài đã đăng A', column: ctx.columnA, _status: 'published', review: ctx.review }),
      draftA: async () => sys('articles', { title: 'Bài nháp A', column: ctx.columnA, _status: 'draft' }, { draft: true }),
      draftB: async () => sys('articles', { title: 'Bài nháp B', column: ctx.columnB, _status: 'draft' }, { draft: true }),
    },
    createData: () => ({ column: ctx.columnA }),
  },
  columns: {
    rows: {
      publishedA: async () => sys('columns', { name: `Chuyên mục A ${uniq()}`, outlet: ctx.outletA, _status: 'published' }),
      draftA: async () => sys('columns', { name: `Nháp A ${uniq()}`, outlet: ctx.outletA, _status: 'draft' }, { draft: true }),
      draftB: async () => sys('columns', { name: `Nháp B ${uniq()}`, outlet: ctx.outletB, _status: 'draft' }, { draft: true }),
    },
    createData: () => ({ outlet: ctx.outletA }),
  },
  outlets: {
    rows: {
      published: async () => sys('outlets', { name: `Báo ${uniq()}`, kind: 'newspaper', _status: 'published' }),
      draftOwn: async () => ({ id: ctx.draftOutletA }),
      draftOther: async () => sys('outlets', { name: `Báo nháp ${uniq()}`, kind: 'newspaper', _status: 'draft' }, { draft: true }),
    },
    createData: () => ({}),
  },
  campaignDates: { rows: { one: () => sys('campaignDates', { name: `Ngày ${uniq()}`, day: 2, month: 9 }) }, createData: () => ({}) },
  exemplars: {
    rows: {
      internalA: () => makeExemplar(payload, { unit: ctx.unitA, status: 'newFactor', recognisedYears: [] }) as Promise<Doc>,
      internalB: () => makeExemplar(payload, { unit: ctx.unitB, status: 'newFactor', recognisedYears: [] }) as Promise<Doc>,
      recognisedB: () => makeExemplar(payload, { unit: ctx.unitB, status: 'recognised' }) as Promise<Doc>,
    },
    createData: () => ({ unit: ctx.unitA }),
  },
  criteriaSets: unitScoped('criteriaSets', (unit) => ({ title: 'Bộ tiêu chí', field: ctx.field, year: 2025, text: 'Tiêu chí', unit })),
  events: unitScoped('events', (unit) => ({ title: 'Giao lưu', kind: 'exchange', format: 'inPerson', date: '2025-05-01', unit })),
  nurturing: unitScoped('nurturing', (unit) => ({
    exemplar: unit === ctx.unitA ? ctx.exemplarA : ctx.exemplarB,
    date: '2025-05-01',
    kind: 'material',
    status: 'open',
    description: 'Hỗ trợ',
    unit,
  })),
  budgetLines: unitScoped('budgetLines', (unit) => ({ year: 2025, amount: 1000000, item: 'Khen thưởng', unit })),
  commendations: unitScoped('commendations', (unit) => ({ recipientName: 'Ông Ba', form: 'certificateOfMerit', level: 'unit', unit })),
  inspections: unitScoped('inspections', (unit) => ({ team: 'Đoàn kiểm tra', date: '2025-05-01', followUpStatus: 'open', unit })),
  annualReports: unitScoped('annualReports', (unit) => ({ year: 2024, unit, status: 'done' })),
  plans: { rows: { one: async () => ({ id: ctx.plan }) }, createData: () => ({}) },
  fields: { rows: { one: async () => ({ id: ctx.field }) }, createData: () => ({}) },
  units: { rows: { a: async () => ({ id: ctx.unitA }) }, createData: () => ({}) },
  statusChanges: {
    rows: { one: () => sys('statusChanges', { exemplar: ctx.exemplarA, to: 'nurturing', at: '2025-05-01T00:00:00Z' }) },
    createData: () => ({}),
  },
  auditLogs: { rows: { one: () => sys('auditLogs', { action: 'thu', targetCollection: 'units', targetId: '1' }) }, createData: () => ({}) },
  nominations: {
    rows: {
      one: () =>
        sys('nominations', {
          nomineeName: 'Bà Tư',
          achievement: 'Giúp đỡ hàng xóm nhiều năm liền.',
          place: 'Xã A',
          nominatorName: 'Người giới thiệu',
          nominatorEmail: 'gt@test.vn',
          status: 'new',
        }),
    },
    createData: () => ({}),
  },
  publications: { rows: { one: () => sys('publications', { year: 1950 + Math.floor(Math.random() * 100) }) }, createData: () => ({}) },
  contests: {
    rows: {
      open: async () => ({ id: ctx.openContest }),
      draft: async () =>
        sys('contests', {
          title: `Cuộc thi nháp ${uniq()}`,
          year: 2027,
          status: 'draft',
          opensAt: '2027-01-01T00:00:00Z',
          deadline: '2027-03-01T00:00:00Z',
        }),
    },
    createData: () => ({}),
  },
  contestCategories: { rows: { one: async () => ({ id: ctx.openCategory }) }, createData: () => ({ contest: ctx.openContest }) },
  contestMailings: {
    rows: { one: () => sys('contestMailings', { contest: ctx.openContest, subject: 'Thư gửi người dự thi', body: 'Nội dung.' }) },
    createData: () => ({ contest: ctx.openContest, subject: `Thư ${uniq()}`, body: 'Nội dung.' }),
  },
  entries: {
    rows: {
      own: () =>
        sys('entries', {
          contest: ctx.openContest,
          category: ctx.openCategory,
          title: `Tác phẩm ${uniq()}`,
          author: users.journalist.id,
          status: 'draft',
        }),
      assigned: async () => ({ id: ctx.assignedEntry }),
      other: () =>
        sys('entries', {
          contest: ctx.openContest,
          category: ctx.openCategory,
          title: `Tác phẩm khác ${uniq()}`,
          author: users.journalist2.id,
          status: 'draft',
        }),
    },
    createData: () => ({}),
  },
  judgeAssignments: {
    rows: { own: () => assignment(users.judge), other: () => assignment(ctx.otherJudge) },
    createData: () => ({}),
  },
  scores: {
    rows: {
      own: async () => sys('scores', { assignment: (await assignment(users.judge)).id, criteria: marksFor(70) }),
      other: async () => sys('scores', { assignment: (await assignment(ctx.otherJudge)).id, criteria: marksFor(60) }),
    },
    createData: () => ({ assignment: ctx.freeAssignment }),
  },
  'payload-preferences': {
    rows: {
      judge: async () => sys('payload-preferences', { key: `pref-${uniq()}`, value: { a: 1 } }, { user: await userDoc('judge') }),
      editor: async () => sys('payload-preferences', { key: `pref-${uniq()}`, value: { a: 1 } }, { user: await userDoc('editor') }),
    },
    createData: () => ({ key: `pref-${uniq()}`, value: { a: 1 } }),
  },
  'payload-locked-documents': {
    rows: {
      editorLock: () =>
        sys('payload-locked-documents', {
          document: { relationTo: 'articles', value: ctx.someArticle },
          user: { relationTo: 'users', value: users.editor.id },
        }),
    },
    createData: () => ({ document: { relationTo: 'units', value: ctx.unitA } }),
  },
}

function unitScoped(collection: string, data: (unit: number) => Record<string, unknown>): Fixture {
  return {
    rows: { unitA: () => sys(collection, data(ctx.unitA)), unitB: () => sys(collection, data(ctx.unitB)) },
    createData: () => ({ unit: ctx.unitA }),
  }
}

let assignmentCounter = 0
async function assignment(judge: Doc): Promise<Doc> {
  const entry = await sys('entries', {
    contest: ctx.judgingContest,
    category: ctx.judgingCategory,
    title: `Bài chấm ${assignmentCounter++}`,
    author: users.journalist2.id,
    status: 'submitted',
  })
  await payload.update({ collection: 'entries', id: entry.id, data: { status: 'eligible' } as never, overrideAccess: true })
  return sys('judgeAssignments', { entry: entry.id, judge: judge.id, round: 'preliminary', status: 'assigned' })
}

beforeAll(async () => {
  payload = await testPayload()
  PNG = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#06c' } })
    .png()
    .toBuffer()
  const province = await makeUnit(payload, { name: 'Tỉnh bảng quyền', kind: 'province' })
  ctx.unitA = (await makeUnit(payload, { name: 'Xã A bảng quyền', kind: 'commune', parent: province.id })).id
  ctx.unitB = (await makeUnit(payload, { name: 'Xã B bảng quyền', kind: 'commune', parent: province.id })).id
  ctx.outletA = (await sys('outlets', { name: 'Báo A bảng quyền', kind: 'newspaper', _status: 'published' })).id
  ctx.outletB = (await sys('outlets', { name: 'Báo B bảng quyền', kind: 'newspaper', _status: 'published' })).id
  ctx.draftOutletA = (await sys('outlets', { name: 'Báo A nháp', kind: 'newspaper', _status: 'draft' }, { draft: true })).id
  ctx.columnA = (await sys('columns', { name: `Cột A ${uniq()}`, outlet: ctx.outletA, _status: 'published' })).id
  ctx.columnB = (await sys('columns', { name: `Cột B ${uniq()}`, outlet: ctx.outletB, _status: 'published' })).id
  ctx.field = (await sys('fields', { name: `Lĩnh vực ${uniq()}`, code: uniq('F') })).id
  ctx.plan = (await sys('plans', { name: `Kế hoạch ${uniq()}`, periodFrom: 2021, periodTo: 2025, province: province.id })).id
  ctx.review = await reviewedFields(payload)
  ctx.someArticle = (await sys('articles', { title: 'Bài bị khóa', column: ctx.columnA, _status: 'draft' }, { draft: true })).id

  users.admin = await makeUser(payload, 'admin')
  users.organizer = await makeUser(payload, 'organizer')
  users.editor = await makeUser(payload, 'editor', { outlets: [ctx.outletA, ctx.draftOutletA] })
  users.unitOfficer = await makeUser(payload, 'unitOfficer', { unit: ctx.unitA })
  users.judge = await makeUser(payload, 'judge')
  users.journalist = await makeUser(payload, 'journalist')
  users.journalist2 = await makeUser(payload, 'journalist')
  ctx.otherJudge = await makeUser(payload, 'judge')
  for (const actor of ACTORS) if (actor !== 'public') tokens[actor] = await login(users[actor].email, PASSWORD)
  ctx.exemplarA = (await makeExemplar(payload, { unit: ctx.unitA, status: 'nurturing', recognisedYears: [] })).id
  ctx.exemplarB = (await makeExemplar(payload, { unit: ctx.unitB, status: 'nurturing', recognisedYears: [] })).id

  const open = await sys('contests', {
    title: `Cuộc thi mở ${uniq()}`,
    year: 2026,
    status: 'open',
    opensAt: '2020-01-01T00:00:00Z',
    deadline: '2099-01-01T00:00:00Z',
  })
  ctx.openContest = open.id
  ctx.openCategory = (await sys('contestCategories', { contest: open.id, name: 'Báo in', medium: 'print' })).id
  const judging = await makeJudgingContest(payload)
  ctx.judgingContest = judging.contest.id
  ctx.judgingCategory = judging.category.id
  // the judge's assigned entry carries the journalist's private file
  const file = await upload(users.journalist, 'private', 'bai-du-thi')
  ctx.assignedFile = file
  const entry = await sys('entries', {
    contest: judging.contest.id,
    category: judging.category.id,
    title: 'Tác phẩm được phân công',
    author: users.journalist.id,
    status: 'submitted',
    files: [file.id],
  })
  await payload.update({ collection: 'entries', id: entry.id, data: { status: 'eligible' } as never, overrideAccess: true })
  ctx.assignedEntry = entry.id
  await sys('judgeAssignments', { entry: entry.id, judge: users.judge.id, round: 'preliminary', status: 'assigned' })
  ctx.freeAssignment = (await assignment(users.judge)).id
  ctx.reportFile = await upload(null, 'private', 'bao-cao')
  await sys('annualReports', { year: 2023, unit: ctx.unitA, xlsx: ctx.reportFile.id, status: 'done' })
  ctx.nominationPhoto = await upload(null, 'private', 'anh-gioi-thieu')
  await sys('nominations', {
    nomineeName: 'Ông Năm',
    achievement: 'Sửa đường làng cho bà con.',
    place: 'Xã B',
    nominatorName: 'Người gửi',
    nominatorEmail: 'ng@test.vn',
    photo: ctx.nominationPhoto.id,
    status: 'new',
  })

  const schema = await gql('{ __schema { queryType { fields { name } } } }', tokens.admin)
  gqlQueries = new Set(schema.body.data.__schema.queryType.fields.map((f: { name: string }) => f.name))

  for (const [slug, fixture] of Object.entries(FIXTURES)) {
    created[slug] = {}
    for (const [name, make] of Object.entries(fixture.rows)) created[slug][name] = await make()
  }
}, 300_000)
afterAll(() => payload.destroy())

const REFUSED = [401, 403, 404]
const userDocs = new Map<Actor, Promise<unknown>>()
const userDoc = (actor: Actor): Promise<any> => {
  if (actor === 'public') return Promise.resolve(undefined)
  if (!userDocs.has(actor)) userDocs.set(actor, payload.findByID({ collection: 'users', id: users[actor].id, overrideAccess: true }))
  return userDocs.get(actor)!
}

/** The rows (of `rows`) the table lets this actor reach for a row-wise operation, asked of the database once. */
async function allowedRows(slug: string, op: Operation, actor: Actor, rows: Doc[]): Promise<Set<string>> {
  const cell = cellFor(slug, op, actor)
  if (!cell) return new Set()
  if (cell === 'all') return new Set(rows.map((r) => String(r.id)))
  const req = await createLocalReq({ user: (await userDoc(actor)) as never }, payload)
  const result = await cell.access({ req } as never)
  if (typeof result === 'boolean') return new Set(result ? rows.map((r) => String(r.id)) : [])
  const ids = rows.map((r) => r.id)
  const found = await payload.find({
    collection: slug as AnyCollection,
    where: { and: [{ id: { in: ids } }, result as Where] },
    overrideAccess: true,
    depth: 0,
    limit: 0,
    pagination: false,
    select: {},
  })
  return new Set(found.docs.map((d: Doc) => String(d.id)))
}

/** A refusal by access control (not a domain rule that happens to answer 403): Payload's Forbidden, NotFound or Unauthorized. */
const accessRefusal = (status: number, body?: unknown) =>
  status === 401 ||
  status === 404 ||
  (status === 403 && /không có quyền thực hiện|not allowed to perform/i.test(JSON.stringify(body ?? '')))
const localRefusal = (err: unknown) => ['Forbidden', 'NotFound', 'UnauthorizedError'].includes((err as { name?: string })?.name ?? '')

/** What the table says about this actor, operation and row: asked of the database with the scope's query. */
async function expected(slug: string, op: Operation, actor: Actor, row?: Doc, data?: Record<string, unknown>): Promise<boolean> {
  const cell = cellFor(slug, op, actor)
  if (!cell) return false
  if (cell === 'all') return true
  const req = await createLocalReq({ user: (await userDoc(actor)) as never }, payload)
  const result = await cell.access({ req, id: row?.id, data } as never)
  if (typeof result === 'boolean') return result
  if (!row) return true
  const where = result as Where
  if (op === 'readVersions') {
    const found = await payload.findVersions({
      collection: slug as AnyCollection,
      where: { and: [{ parent: { equals: row.id } }, where] },
      overrideAccess: true,
      limit: 1,
      depth: 0,
    })
    return found.docs.length > 0
  }
  const found = await payload.count({
    collection: slug as AnyCollection,
    where: { and: [{ id: { equals: row.id } }, where] },
    overrideAccess: true,
  })
  return found.totalDocs > 0
}

const reread = (slug: string, id: number | string) =>
  payload.findByID({
    collection: slug as AnyCollection,
    id,
    overrideAccess: true,
    depth: 0,
    disableErrors: true,
    draft: true,
  }) as Promise<Doc | null>

/** 403 when access control refused the Local API call, 200 otherwise (a domain rule's refusal means access let it through). */
const localStatus = async (work: () => Promise<unknown>): Promise<number> => {
  try {
    await work()
    return 200
  } catch (err) {
    if (localRefusal(err)) return 403
    if ((err as { status?: number }).status === 500 || !(err as { status?: number }).status) throw err
    return 200
  }
}

const names = (slug: string) => formatNames(slug)
const gqlName = (slug: string) => {
  const n = names(slug)
  const single = n.singular
  const plural = n.singular === n.plural ? `all${n.plural}` : n.plural
  return { single, plural, versions: `versions${plural}` }
}

const COLLECTIONS = Object.entries(ACCESS_TABLE)
  .filter(([, r]) => !r.global)
  .map(([slug]) => slug)

describe.each(COLLECTIONS)('%s', (slug) => {
  const restAllowed = (s: number, body?: unknown) => !accessRefusal(s, body) && s < 500

  it('read and list: REST, GraphQL and the Local API agree with the table', async () => {
    const builtIn = slug.startsWith('payload-')
    const rows = Object.entries(created[slug])
    const ids = rows.map(([, r]) => r.id)
    const q = gqlName(slug)
    await Promise.all(
      ACTORS.map(async (actor) => {
        const allowed = await allowedRows(
          slug,
          'read',
          actor,
          rows.map(([, r]) => r),
        )
        const want = rows
          .filter(([, r]) => allowed.has(String(r.id)))
          .map(([n]) => n)
          .sort()
        const named = (found: (number | string)[]) =>
          rows
            .filter(([, r]) => found.map(String).includes(String(r.id)))
            .map(([n]) => n)
            .sort()
        if (!builtIn) {
          const one: string[] = []
          for (const [name, row] of rows)
            if ((await rest('GET', `/${slug}/${row.id}?depth=0`, { token: tokens[actor] })).status === 200) one.push(name)
          expect.soft(one.sort(), `${actor} reads ${slug} by id (REST)`).toEqual(want)
        }
        const list = await rest('GET', `/${slug}?depth=0&limit=100&where[id][in]=${ids.join(',')}`, { token: tokens[actor] })
        expect.soft([200, 403], `${actor} lists ${slug}: status`).toContain(list.status)
        expect.soft(named(list.status === 200 ? list.body.docs.map((d: Doc) => d.id) : []), `${actor} lists ${slug} (REST)`).toEqual(want)
        const local = await payload
          .find({
            collection: slug as AnyCollection,
            where: { id: { in: ids } },
            overrideAccess: false,
            user: (await userDoc(actor)) as never,
            depth: 0,
            limit: 100,
          })
          .catch(() => ({ docs: [] as Doc[] }))
        expect.soft(named(local.docs.map((d: Doc) => d.id)), `${actor} lists ${slug} (Local API)`).toEqual(want)
        if (gqlQueries.has(q.single)) {
          const lit = (id: number | string) => (typeof id === 'number' ? id : JSON.stringify(id))
          const query =
            `{ ${rows.map(([, r], i) => `r${i}: ${q.single}(id: ${lit(r.id)}) { id }`).join(' ')} list: ${q.plural}(limit: 100, ` +
            `where: { OR: [${ids.map((id) => `{ id: { equals: ${lit(id)} } }`).join(', ')}] }) { docs { id } } }`
          const g = await gql(query, tokens[actor])
          const singles = rows
            .filter((_, i) => g.body.data?.[`r${i}`]?.id != null)
            .map(([n]) => n)
            .sort()
          expect.soft(singles, `${actor} reads ${slug} by id (GraphQL) ${JSON.stringify(g.body.errors ?? '').slice(0, 300)}`).toEqual(want)
          expect.soft(named((g.body.data?.list?.docs ?? []).map((d: Doc) => d.id)), `${actor} lists ${slug} (GraphQL)`).toEqual(want)
        }
      }),
    )
  })

  if (ACCESS_TABLE[slug].ops.readVersions)
    it('versions: REST, GraphQL and the Local API agree with the table', async () => {
      await Promise.all(
        ACTORS.map(async (actor) => {
          const user = await userDoc(actor)
          for (const [name, row] of Object.entries(created[slug])) {
            const allowed = await expected(slug, 'readVersions', actor, row)
            const label = `${actor} reads the versions of ${slug}.${name}`
            const res = await rest('GET', `/${slug}/versions?depth=0&where[parent][equals]=${row.id}`, { token: tokens[actor] })
            expect.soft(res.status === 200 && res.body.docs.length > 0, `${label} (REST ${res.status})`).toBe(allowed)
            const local = await payload
              .findVersions({
                collection: slug as AnyCollection,
                where: { parent: { equals: row.id } },
                overrideAccess: false,
                user: user as never,
                depth: 0,
              })
              .catch(() => ({ docs: [] }))
            expect.soft(local.docs.length > 0, `${label} (Local API)`).toBe(allowed)
            const q = gqlName(slug)
            expect.soft(gqlQueries.has(q.versions), q.versions).toBe(true)
            const g = await gql(`{ ${q.versions}(where: { parent: { equals: ${row.id} } }) { docs { id } } }`, tokens[actor])
            expect.soft((g.body.data?.[q.versions]?.docs ?? []).length > 0, `${label} (GraphQL)`).toBe(allowed)
          }
        }),
      )
    })

  if (ACCESS_TABLE[slug].ops.readFile)
    it('file route /api/<collection>/file/<name> agrees with the table', async () => {
      await Promise.all(
        ACTORS.map(async (actor) => {
          for (const [name, row] of Object.entries(created[slug])) {
            const allowed = await expected(slug, 'readFile', actor, row)
            const res = await rest('GET', `/${slug}/file/${encodeURIComponent(row.filename)}`, { token: tokens[actor] })
            expect.soft(res.status === 200, `${actor} downloads ${slug}.${name} (${res.status})`).toBe(allowed)
          }
        }),
      )
    })

  it('create: allowed where the table says so; refused with nothing created elsewhere', async () => {
    const data = FIXTURES[slug].createData()
    for (const actor of ACTORS) {
      const allowed = await expected(slug, 'create', actor, undefined, data)
      const before = (await payload.count({ collection: slug as AnyCollection, overrideAccess: true })).totalDocs
      const res = await rest('POST', `/${slug}`, { token: tokens[actor], json: data })
      expect
        .soft(restAllowed(res.status, res.body), `${actor} creates ${slug} (REST ${res.status} ${JSON.stringify(res.body).slice(0, 200)})`)
        .toBe(allowed)
      const local = await localStatus(async () =>
        payload.create({
          collection: slug as AnyCollection,
          data: data as never,
          overrideAccess: false,
          user: (await userDoc(actor)) as never,
          depth: 0,
        }),
      )
      expect.soft(local !== 403, `${actor} creates ${slug} (Local API ${local})`).toBe(allowed)
      if (!allowed)
        expect
          .soft((await payload.count({ collection: slug as AnyCollection, overrideAccess: true })).totalDocs, `${actor} created a ${slug}`)
          .toBe(before)
    }
  })

  it('update: allowed where the table says so; refused with the row unchanged elsewhere', async () => {
    const builtIn = slug === 'payload-preferences'
    for (const actor of ACTORS) {
      const may = await allowedRows(slug, 'update', actor, Object.values(created[slug]))
      await Promise.all(
        Object.entries(created[slug]).map(async ([name, row]) => {
          const allowed = may.has(String(row.id))
          const label = `${actor} updates ${slug}.${name}`
          const before = await reread(slug, row.id)
          if (!builtIn) {
            const res = await rest('PATCH', `/${slug}/${row.id}`, { token: tokens[actor], json: {} })
            expect
              .soft(restAllowed(res.status, res.body), `${label} (REST ${res.status} ${JSON.stringify(res.body).slice(0, 200)})`)
              .toBe(allowed)
          }
          const local = await localStatus(async () =>
            payload.update({
              collection: slug as AnyCollection,
              id: row.id,
              data: {} as never,
              overrideAccess: false,
              user: (await userDoc(actor)) as never,
              depth: 0,
            }),
          )
          expect.soft(local !== 403, `${label} (Local API ${local})`).toBe(allowed)
          if (!allowed) expect.soft((await reread(slug, row.id))?.updatedAt, `${label}: row changed`).toBe(before?.updatedAt)
        }),
      )
    }
  })

  it('delete: allowed where the table says so (on a row made for it); refused with the row kept elsewhere', async () => {
    const builtIn = slug === 'payload-preferences'
    for (const actor of ACTORS) {
      const may = await allowedRows(slug, 'delete', actor, Object.values(created[slug]))
      for (const [name, make] of Object.entries(FIXTURES[slug].rows)) {
        const shared = created[slug][name]
        const allowed = may.has(String(shared.id))
        const label = `${actor} deletes ${slug}.${name}`
        if (!allowed) {
          if (!builtIn) {
            const res = await rest('DELETE', `/${slug}/${shared.id}`, { token: tokens[actor] })
            expect.soft(REFUSED, `${label} (REST ${res.status})`).toContain(res.status)
          }
          const local = await localStatus(async () =>
            payload.delete({
              collection: slug as AnyCollection,
              id: shared.id,
              overrideAccess: false,
              user: (await userDoc(actor)) as never,
            }),
          )
          expect.soft(local, `${label} (Local API)`).toBe(403)
          expect.soft(await reread(slug, shared.id), `${label}: row gone`).not.toBeNull()
          continue
        }
        // shared rows other fixtures use
        if (['users', 'outlets', 'contests', 'contestCategories', 'plans', 'fields', 'units'].includes(slug) && name !== 'fresh') continue
        const fresh = await make()
        if (String(fresh.id) === String(shared.id)) continue
        const res = builtIn
          ? {
              status: await localStatus(async () =>
                payload.delete({
                  collection: slug as AnyCollection,
                  id: fresh.id,
                  overrideAccess: false,
                  user: (await userDoc(actor)) as never,
                }),
              ),
            }
          : await rest('DELETE', `/${slug}/${fresh.id}`, { token: tokens[actor] })
        expect.soft(res.status, `${label} (${res.status})`).toBe(200)
        expect.soft(await reread(slug, fresh.id), `${label}: row kept`).toBeNull()
      }
    }
  })
})

describe('site settings (global)', () => {
  it('everyone reads; only an administrator updates, and a refusal changes nothing', async () => {
    for (const actor of ACTORS) {
      const read = await rest('GET', '/globals/siteSettings', { token: tokens[actor] })
      expect.soft(read.status === 200, `${actor} reads`).toBe(await expected('siteSettings', 'read', actor))
      const before = await payload.findGlobal({ slug: 'siteSettings', overrideAccess: true })
      const allowed = await expected('siteSettings', 'update', actor)
      const res = await rest('POST', '/globals/siteSettings', { token: tokens[actor], json: { footer: `Chân trang ${actor}` } })
      expect.soft(res.status === 200, `${actor} updates (REST ${res.status})`).toBe(allowed)
      const local = await localStatus(async () =>
        payload.updateGlobal({
          slug: 'siteSettings',
          data: { footer: `Chân trang ${actor}` },
          overrideAccess: false,
          user: (await userDoc(actor)) as never,
        }),
      )
      expect.soft(local === 200, `${actor} updates (Local API ${local})`).toBe(allowed)
      if (!allowed) expect.soft((await payload.findGlobal({ slug: 'siteSettings', overrideAccess: true })).updatedAt).toBe(before.updatedAt)
    }
  })
})
