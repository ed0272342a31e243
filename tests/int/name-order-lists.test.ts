import ExcelJS from 'exceljs'
import type { Payload } from 'payload'
import { renderToStaticMarkup } from 'react-dom/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import ContestResultsPage from '../../src/app/(site)/cuoc-thi/[slug]/ket-qua/page'
import VerifyCertificatePage from '../../src/app/(site)/xac-minh/[code]/page'
import { restHandlers } from '../../src/lib/api/restHandlers'
import { makeUser, PASSWORD } from '../helpers/fixtures'
import { makeEntry, makeJudgingContest, marksFor } from '../helpers/judgingFixtures'
import { testPayload } from '../helpers/payload'
import { pdfText } from '../helpers/pdfText'
import { login, rest } from '../helpers/rest'

/**
 * Every list of people runs by given name, then middle, then family name, in Vietnamese collation. The names are
 * chosen so that no other order agrees: not the order they were created in, not a plain code-point sort of the
 * full names or of the keys, not a sort by family name.
 */
const IN_NAME_ORDER = ['Trần Văn An', 'Nguyễn Thị Ánh', 'Lê Dung', 'Phạm Văn Đức', 'Đặng Thị Yến']
const AS_CREATED = ['Phạm Văn Đức', 'Lê Dung', 'Đặng Thị Yến', 'Trần Văn An', 'Nguyễn Thị Ánh']
/** co-authors are plain names on the entry, typed in this order */
const CO_AUTHORS_TYPED = ['Đỗ Thị Yến', 'Vũ Thị Ánh', 'Hoàng An']
const CO_AUTHORS_IN_NAME_ORDER = ['Hoàng An', 'Vũ Thị Ánh', 'Đỗ Thị Yến']

let payload: Payload
let organizerToken: string

const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, '&')
    .trim()

/** Rows of the first table of a rendered page: the text of each cell. */
const tableRows = (html: string) =>
  [...html.matchAll(/<tr[^>]*>(.*?)<\/tr>/gs)].map((m) => [...m[1].matchAll(/<t[hd][^>]*>(.*?)<\/t[hd]>/gs)].map((c) => text(c[1])))

beforeAll(async () => {
  payload = await testPayload()
  organizerToken = await login((await makeUser(payload, 'organizer')).email, PASSWORD)
})
afterAll(() => payload.destroy())

describe('the test names', () => {
  it('sort differently by any other rule', () => {
    const vi = new Intl.Collator('vi')
    expect(AS_CREATED).not.toEqual(IN_NAME_ORDER)
    expect([...AS_CREATED].sort()).not.toEqual(IN_NAME_ORDER)
    expect([...AS_CREATED].sort(vi.compare)).not.toEqual(IN_NAME_ORDER)
    const keys = (names: string[]) => names.map((n) => n.split(' ').reverse().join(' '))
    expect(keys([...AS_CREATED]).sort()).not.toEqual(keys(IN_NAME_ORDER))
    expect([...CO_AUTHORS_TYPED].sort(vi.compare)).not.toEqual(CO_AUTHORS_IN_NAME_ORDER)
  })
})

describe('contest results and certificates', () => {
  let slug: string
  const codes = new Map<string, string>()
  let coAuthored: number

  beforeAll(async () => {
    const { contest, category } = await makeJudgingContest(payload, { prizeCounts: { A: 1, encouragement: 4 } })
    slug = contest.slug!
    for (const [i, fullName] of AS_CREATED.entries()) {
      const author = await makeUser(payload, 'journalist', { fullName })
      // the A prize goes to the name that sorts last: the prize tier comes before the name
      const prize = fullName === 'Đặng Thị Yến' ? 'A' : 'encouragement'
      const coAuthors = fullName === 'Lê Dung' ? CO_AUTHORS_TYPED.map((n) => ({ fullName: n })) : undefined
      const entry = await makeEntry(payload, {
        contest: contest.id,
        category: category.id,
        author: author.id,
        // titles in the reverse of the name order, so a sort by title shows too
        title: `Tác phẩm ${String.fromCharCode(90 - i)}`,
        coAuthors,
        status: 'shortlisted',
      })
      const awarded = await payload.update({
        collection: 'entries',
        id: entry.id,
        data: { status: 'awarded', prize } as never,
        overrideAccess: true,
        depth: 0,
      })
      codes.set(fullName, awarded.certificateCode!)
      if (coAuthors) coAuthored = entry.id
    }
    await payload.update({
      collection: 'contests',
      id: contest.id,
      data: { status: 'resultsPublished', results: { publishedAt: '2026-05-01T03:00:00Z' } } as never,
      overrideAccess: true,
      depth: 0,
    })
  })

  it('the results page lists winners by prize, and within a prize by the author’s name, each with its certificate code', async () => {
    const html = renderToStaticMarkup(await ContestResultsPage({ params: Promise.resolve({ slug }) }))
    const rows = tableRows(html).filter((r) => r[0] !== 'Giải')
    const lead = (authors: string) => authors.split(', ')[0]
    expect(rows.map((r) => [r[0], lead(r[2])])).toEqual([
      ['Giải A', 'Đặng Thị Yến'],
      ...IN_NAME_ORDER.filter((n) => n !== 'Đặng Thị Yến').map((n) => ['Giải Khuyến khích', n]),
    ])
    // the certificate list: each winner's code beside the winner, linked to its check
    for (const r of rows) expect(r[3]).toBe(codes.get(lead(r[2])))
    for (const code of codes.values()) expect(html).toContain(`href="/xac-minh/${code}"`)
    // co-authors follow the author, in name order
    expect(rows.find((r) => lead(r[2]) === 'Lê Dung')![2]).toBe(['Lê Dung', ...CO_AUTHORS_IN_NAME_ORDER].join(', '))
  })

  it('the certificate and its public check name the co-authors in name order', async () => {
    const code = codes.get('Lê Dung')!
    const page = renderToStaticMarkup(await VerifyCertificatePage({ params: Promise.resolve({ code }) }))
    expect(page).toContain(['Lê Dung', ...CO_AUTHORS_IN_NAME_ORDER].join(', '))

    const res = await restHandlers.GET(
      new Request(`http://localhost:3000/api/entries/${coAuthored}/certificate`, { headers: { Authorization: `JWT ${organizerToken}` } }),
      { params: Promise.resolve({ slug: ['entries', String(coAuthored), 'certificate'] }) },
    )
    expect(res.status).toBe(200)
    const pdf = (await pdfText(Buffer.from(await res.arrayBuffer()))).replace(/\s+/g, ' ')
    expect(pdf).toContain(`cùng đồng tác giả: ${CO_AUTHORS_IN_NAME_ORDER.join(', ')}`)
  })
})

describe('judges', () => {
  let contestId: number
  const judges: { id: number; fullName: string }[] = []

  beforeAll(async () => {
    for (const fullName of AS_CREATED) judges.push({ id: (await makeUser(payload, 'judge', { fullName })).id, fullName })
    const { contest, category } = await makeJudgingContest(payload, { judgesPerEntry: 5 })
    contestId = contest.id
    const author = await makeUser(payload, 'journalist', { fullName: 'Tác Giả Một' })
    for (const title of ['Bài thứ nhất', 'Bài thứ hai']) {
      const entry = await makeEntry(payload, { contest: contest.id, category: category.id, author: author.id, title })
      for (const [i, judge] of judges.entries()) {
        const assignment = await payload.create({
          collection: 'judgeAssignments',
          data: { entry: entry.id, judge: judge.id, round: 'preliminary', status: 'assigned' },
          overrideAccess: true,
          depth: 0,
        })
        await payload.create({
          collection: 'scores',
          data: { assignment: assignment.id, criteria: marksFor(60 + i), locked: true } as never,
          overrideAccess: true,
          depth: 0,
        })
      }
    }
  })

  const ids = () => judges.map((j) => j.id).join(',')
  const judgeName = (id: number) => judges.find((j) => j.id === id)!.fullName

  it('the users list runs by name unless asked otherwise, and so does the list a judge is picked from', async () => {
    const list = await rest('GET', `/users?where[id][in]=${ids()}&limit=0&depth=0`, { token: organizerToken })
    expect(list.status).toBe(200)
    expect(list.body.docs.map((u: { fullName: string }) => u.fullName)).toEqual(IN_NAME_ORDER)
    const reversed = await rest('GET', `/users?where[id][in]=${ids()}&sort=-nameSort&limit=0&depth=0`, { token: organizerToken })
    expect(reversed.body.docs.map((u: { fullName: string }) => u.fullName)).toEqual([...IN_NAME_ORDER].reverse())

    // the admin's relationship picker asks for its options sorted by `sortOptions`
    const judgeField = payload.collections.judgeAssignments.config.flattenedFields.find((f) => f.name === 'judge')!
    const sortOptions = (judgeField as { admin?: { sortOptions?: string } }).admin?.sortOptions
    expect(sortOptions).toBe('nameSort')
    const picker = await rest('GET', `/users?where[role][equals]=judge&where[id][in]=${ids()}&sort=${sortOptions}&limit=10&depth=0`, {
      token: organizerToken,
    })
    expect(picker.body.docs.map((u: { fullName: string }) => u.fullName)).toEqual(IN_NAME_ORDER)
  })

  it('assignments and score sheets are listed judge by judge, in name order', async () => {
    for (const collection of ['judgeAssignments', 'scores']) {
      const list = await rest('GET', `/${collection}?where[judge][in]=${ids()}&where[round][equals]=preliminary&limit=0&depth=0`, {
        token: organizerToken,
      })
      expect(list.status).toBe(200)
      const order = list.body.docs.map((d: { judge: number }) => judgeName(d.judge))
      expect(order, collection).toEqual(IN_NAME_ORDER.flatMap((n) => [n, n]))
    }
    // a judge still lists their own
    const token = await login((await payload.findByID({ collection: 'users', id: judges[0].id, overrideAccess: true })).email, PASSWORD)
    const own = await rest('GET', '/judgeAssignments?depth=0', { token })
    expect(own.status).toBe(200)
    expect(own.body.docs).toHaveLength(2)
    // judging stays blind: a judge cannot order entries by their authors' names
    const byAuthor = await rest('GET', '/entries?sort=author.nameSort&depth=0', { token })
    expect(byAuthor.status).toBe(400)
    expect(byAuthor.body.docs).toBeUndefined()
  })

  it('scores.xlsx lists the sheets entry by entry, each entry’s judges in name order', async () => {
    const res = await restHandlers.GET(
      new Request(`http://localhost:3000/api/contests/${contestId}/scores.xlsx`, { headers: { Authorization: `JWT ${organizerToken}` } }),
      { params: Promise.resolve({ slug: ['contests', String(contestId), 'scores.xlsx'] }) },
    )
    expect(res.status).toBe(200)
    const book = new ExcelJS.Workbook()
    await book.xlsx.load((await res.arrayBuffer()) as never)
    const sheet = book.getWorksheet('Phiếu chấm sơ khảo')!
    const header = (sheet.getRow(1).values as unknown[]).slice(1)
    const rows = sheet
      .getSheetValues()
      .slice(2)
      .map((r) => (r as unknown[]).slice(1))
    const col = (name: string) => header.indexOf(name)
    const codes = [...new Set(rows.map((r) => String(r[col('Mã tác phẩm')])))]
    expect(codes).toHaveLength(2)
    expect(codes).toEqual([...codes].sort())
    for (const code of codes)
      expect(
        rows.filter((r) => r[col('Mã tác phẩm')] === code).map((r) => r[col('Giám khảo')]),
        code,
      ).toEqual(IN_NAME_ORDER)
  })
})
