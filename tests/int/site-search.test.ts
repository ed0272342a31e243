import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { normalizeQuery } from '../../src/domain/search/normalizeQuery'
import { plainText, richTextFromParagraphs } from '../../src/lib/lexical'
import { searchSite } from '../../src/lib/search/searchSite'
import { makeExemplar, makeUnit, makeUser, uniq } from '../helpers/fixtures'
import { testPayload } from '../helpers/payload'

let payload: Payload
const tag = uniq('q').toLowerCase() // a word only this file's records contain, so other files' data cannot interfere
const ids: Record<string, number> = {}

const search = async (q: string, page = 1, perPage = 20) => {
  const n = normalizeQuery(q)
  if (!n.ok) throw new Error(`bad query ${q}`)
  return searchSite(payload, n, page, perPage)
}
const keys = (hits: { type: string; id: number }[]) => hits.map((h) => `${h.type}:${h.id}`)

beforeAll(async () => {
  payload = await testPayload()
  const unit = await makeUnit(payload, { name: 'Xã Tìm Kiếm', kind: 'commune' })
  const ex = async (key: string, name: string, status: string, extra: Record<string, unknown> = {}) => {
    ids[key] = (await makeExemplar(payload, { unit: unit.id, name, status, ...(extra as object) })).id
  }
  await ex('hoa', `Nguyễn Thị Hoa ${tag}`, 'recognised', { summary: 'Nông dân sản xuất giỏi, giúp đỡ hộ nghèo.' })
  await ex('hoaLonger', `Bà Nguyễn Thị Hoa Mai ${tag}`, 'provincial', { summary: 'Tổ trưởng tổ phụ nữ tiết kiệm.' })
  await ex('duc', `Đặng Văn Đức ${tag}`, 'national', { locality: 'Thôn Đá Bàn, xã Phước Hà' })
  await ex('newFactor', `Nguyễn Thị Hoa ${tag} nhân tố`, 'newFactor')
  await ex('archived', `Nguyễn Thị Hoa ${tag} lưu trữ`, 'archived')
  await ex('mentions', `Hợp tác xã Bình Minh ${tag}`, 'recognised', { summary: `Do chị Nguyễn Thị Hoa ${tag} làm giám đốc.` })

  // publishing needs the editorial review (both checks, a reviewer allowed for the outlet)
  const review = { sourcesChecked: true, noExaggeration: true, reviewedBy: (await makeUser(payload, 'organizer')).id }
  const outlet = await payload.create({
    collection: 'outlets',
    data: { name: `Báo ${tag}`, kind: 'newspaper', _status: 'published' },
    overrideAccess: true,
  })
  const column = await payload.create({
    collection: 'columns',
    data: { name: `Gương sáng ${tag}`, outlet: outlet.id, _status: 'published' },
    overrideAccess: true,
  })
  ids.column = column.id
  ids.reviewer = review.reviewedBy
  ids.article = (
    await payload.create({
      collection: 'articles',
      data: {
        title: `Đặng Văn Đức gieo chữ trên núi ${tag}`,
        excerpt: 'Thầy giáo vùng cao.',
        column: column.id,
        review,
        _status: 'published',
      },
      overrideAccess: true,
    })
  ).id
  ids.draft = (
    await payload.create({
      collection: 'articles',
      data: { title: `Đặng Văn Đức bản nháp ${tag}`, column: column.id, _status: 'draft' },
      overrideAccess: true,
      draft: true,
    })
  ).id
})
afterAll(() => payload.destroy())

describe('site search in PostgreSQL', () => {
  it('finds names typed without diacritics, exact name first, drafts and internal records never', async () => {
    const res = await search(`nguyen thi hoa ${tag}`)
    // exact name > a name with all the words (Bà … Hoa Mai …) > a record that only mentions her in its summary
    expect(keys(res.hits)).toEqual([`exemplar:${ids.hoa}`, `exemplar:${ids.hoaLonger}`, `exemplar:${ids.mentions}`])
    expect(res.total).toBe(3)
    expect(res.hits[0]).toMatchObject({ title: `Nguyễn Thị Hoa ${tag}`, type: 'exemplar' })
  })

  it('đ ≡ d: "dang van duc" and "đặng văn đức" find the exemplar and the published article, not the draft', async () => {
    for (const q of [`dang van duc ${tag}`, `đặng văn đức ${tag}`, `ĐẶNG VĂN ĐỨC ${tag}`]) {
      const res = await search(q)
      expect(keys(res.hits)).toEqual([`exemplar:${ids.duc}`, `article:${ids.article}`])
    }
  })

  it('matches the locality and the summary too', async () => {
    const res = await search(`da ban phuoc ha`)
    expect(keys(res.hits)).toContain(`exemplar:${ids.duc}`)
  })

  it('a misspelt name still finds the record through trigram similarity', async () => {
    const res = await search(`nguyen thi hao ${tag}`)
    expect(keys(res.hits)).toContain(`exemplar:${ids.hoa}`)
    expect(keys(res.hits)).not.toContain(`exemplar:${ids.newFactor}`)
  })

  it('a word missing from the vocabulary is replaced by the nearest known word, and the result says so', async () => {
    const res = await search(`nguyxn thi hoa ${tag}`)
    expect(res.correctedFrom).toBe(`nguyxn thi hoa ${tag}`)
    expect(res.query).toBe(`nguyen thi hoa ${tag}`)
    expect(keys(res.hits)).toEqual([`exemplar:${ids.hoa}`, `exemplar:${ids.hoaLonger}`, `exemplar:${ids.mentions}`])
    // a query whose words are all known is never rewritten
    expect((await search(`nguyen thi hoa ${tag}`)).correctedFrom).toBeNull()
  })

  it('paginates in the database', async () => {
    const first = await search(`nguyen thi hoa ${tag}`, 1, 2)
    const second = await search(`nguyen thi hoa ${tag}`, 2, 2)
    expect(first).toMatchObject({ total: 3, totalPages: 2, page: 1 })
    expect(keys(first.hits)).toEqual([`exemplar:${ids.hoa}`, `exemplar:${ids.hoaLonger}`])
    expect(keys(second.hits)).toEqual([`exemplar:${ids.mentions}`])
  })

  it('an article that is unpublished disappears from the results', async () => {
    await payload.update({ collection: 'articles', id: ids.article, data: { _status: 'draft' }, overrideAccess: true })
    expect(keys((await search(`dang van duc ${tag}`)).hits)).toEqual([`exemplar:${ids.duc}`])
    await payload.update({ collection: 'articles', id: ids.article, data: { _status: 'published' }, overrideAccess: true })
  })

  it('the search reads the index only, through its GIN indexes', async () => {
    const pool = (payload.db as unknown as PostgresAdapter).pool
    const client = await pool.connect()
    try {
      await client.query('SET enable_seqscan = off')
      const plan = await client.query(
        `EXPLAIN SELECT doc_id FROM search_index s WHERE s.tsv @@ plainto_tsquery('simple', gs_fold($1::text)) OR ` +
          `gs_fold($1::text) <% s.title_fold`,
        ['Hoa'],
      )
      const text = plan.rows.map((r) => r['QUERY PLAN']).join('\n')
      expect(text).toContain('search_index_tsv_idx')
      expect(text).toContain('search_index_title_trgm_idx')
    } finally {
      await client.query('RESET enable_seqscan')
      client.release()
    }
  })
})

describe('search index kept current by the collections', () => {
  // made-up words that only the records below contain (and that share no trigrams with the titles' tag)
  const word = 'rừngthânthiện'
  const review = () => ({ sourcesChecked: true, noExaggeration: true, reviewedBy: ids.reviewer })
  const bodyArticle = async (title: string, paragraphs: string[], extra: Record<string, unknown> = {}) =>
    (
      await payload.create({
        collection: 'articles',
        data: {
          title,
          excerpt: 'Bài viết về người tốt việc tốt.',
          column: ids.column,
          review: review(),
          content: richTextFromParagraphs(paragraphs),
          _status: 'published',
          ...extra,
        } as never,
        overrideAccess: true,
      })
    ).id

  beforeAll(async () => {
    ids.body = await bodyArticle(`Người giữ rừng ${tag}`, [
      'Mở đầu bài viết.',
      `Ông được dân làng gọi là người ${word} thiện của núi rừng Bác Ái.`,
    ])
  })

  it('a word that occurs only in an article body is found, with a snippet around it', async () => {
    const res = await search(word)
    expect(keys(res.hits)).toEqual([`article:${ids.body}`])
    expect(res.hits[0].text).toContain(`người ${word} thiện`)
  })

  it('typed without diacritics, in NFD, or in capitals the body word is found too', async () => {
    const folded = 'rungthanthien'
    for (const q of [folded, word.normalize('NFD'), word.toUpperCase()])
      expect(keys((await search(q)).hits)).toEqual([`article:${ids.body}`])
  })

  it('a draft saved over a published article leaves the published text searchable', async () => {
    await payload.update({
      collection: 'articles',
      id: ids.body,
      draft: true,
      data: { content: richTextFromParagraphs(['Bản nháp mới.']), _status: 'draft' } as never,
      overrideAccess: true,
    })
    expect(keys((await search(word)).hits)).toEqual([`article:${ids.body}`])
  })

  it('unpublishing removes the article from the index; publishing again brings it back', async () => {
    await payload.update({ collection: 'articles', id: ids.body, data: { _status: 'draft' }, overrideAccess: true })
    expect((await search(word)).total).toBe(0)
    await payload.update({
      collection: 'articles',
      id: ids.body,
      data: { _status: 'published', content: richTextFromParagraphs([`Người ${word} thiện trở lại.`]) } as never,
      overrideAccess: true,
    })
    expect(keys((await search(word)).hits)).toEqual([`article:${ids.body}`])
  })

  it('the vocabulary counts the public documents holding each word, and a misspelling of it finds them', async () => {
    const pool = (payload.db as unknown as PostgresAdapter).pool
    const docs = async (w: string) => Number((await pool.query('SELECT docs FROM search_words WHERE word = $1', [w])).rows[0]?.docs ?? 0)
    const id = await bodyArticle(`Từ điển ${tag}`, ['Có từ tựđiểnhaibản ở đây.', 'Và tựđiểnhaibản lần nữa.'])
    expect(await docs('tudienhaiban')).toBe(1)
    const misspelt = await search('tudienhaibam')
    expect(misspelt).toMatchObject({ correctedFrom: 'tudienhaibam', query: 'tudienhaiban' })
    expect(keys(misspelt.hits)).toEqual([`article:${id}`])
    await payload.update({ collection: 'articles', id, data: { _status: 'draft' }, overrideAccess: true })
    expect(await docs('tudienhaiban')).toBe(0)
    expect((await search('tudienhaibam')).total).toBe(0)
    await payload.update({ collection: 'articles', id, data: { _status: 'published' }, overrideAccess: true })
    await payload.update({ collection: 'articles', id, data: { excerpt: 'Sửa tóm tắt.' }, overrideAccess: true })
    expect(await docs('tudienhaiban')).toBe(1)
    await payload.delete({ collection: 'articles', id, overrideAccess: true })
    expect(await docs('tudienhaiban')).toBe(0)
  })

  it('a deleted article leaves the index', async () => {
    const id = await bodyArticle(`Bài sẽ xóa ${tag}`, ['Từ riêng bàixóađivĩnhviễn.'])
    expect((await search('baixoadivinhvien')).total).toBe(1)
    await payload.delete({ collection: 'articles', id, overrideAccess: true })
    expect((await search('baixoadivinhvien')).total).toBe(0)
  })

  it('transcripts and exemplar achievements are searched', async () => {
    const audio = await bodyArticle(`Phóng sự phát thanh ${tag}`, ['Giới thiệu.'], {
      format: 'audio',
      transcript: `Lời thoại có từ lờithoạiphátthanh ở giữa.`,
    })
    expect(keys((await search('loithoaiphatthanh')).hits)).toEqual([`article:${audio}`])
    const unit = await makeUnit(payload, { name: 'Xã Thành Tích', kind: 'commune' })
    const ex = await payload.create({
      collection: 'exemplars',
      data: {
        name: `Lê Văn Tích ${tag}`,
        kind: 'individual',
        status: 'recognised',
        unit: unit.id,
        discoveredOn: '2024-03-01',
        achievements: richTextFromParagraphs([`Bằng khen bằngkhenhạngnhất năm 2024.`]),
      } as never,
      overrideAccess: true,
    })
    expect(keys((await search('bằngkhenhạngnhất')).hits)).toEqual([`exemplar:${ex.id}`])
    ids.achiever = ex.id
  })

  it('an exemplar that stops being public disappears, and comes back when restored', async () => {
    await payload.update({
      collection: 'exemplars',
      id: ids.achiever,
      data: { status: 'archived', transitionReason: 'Kiểm tra lại hồ sơ' } as never,
      overrideAccess: true,
    })
    expect((await search('bằngkhenhạngnhất')).total).toBe(0)
    await payload.update({
      collection: 'exemplars',
      id: ids.achiever,
      data: { status: 'recognised', transitionReason: 'Hồ sơ đã đủ' } as never,
      overrideAccess: true,
    })
    expect(keys((await search('bằngkhenhạngnhất')).hits)).toEqual([`exemplar:${ids.achiever}`])
  })

  it('a title hit ranks above a body hit', async () => {
    const inBody = await bodyArticle(`Chuyện làng biển ${tag}`, [`Ở làng có nghề nướcmắmcánhục truyền thống.`])
    const inTitle = await bodyArticle(`Nghề nướcmắmcánhục ở làng biển`, ['Chuyện nghề.'])
    expect(keys((await search('nuocmamcanhuc')).hits)).toEqual([`article:${inTitle}`, `article:${inBody}`])
  })

  it('gs_lexical_text gives the plain text of plainText() (src/lib/lexical.ts)', async () => {
    const pool = (payload.db as unknown as PostgresAdapter).pool
    const state = richTextFromParagraphs(['Đoạn một.', 'Đoạn hai có chữ đậm.'], 'Một câu trích.')
    const para = state.root.children[0] as { children: unknown[] }
    para.children.push({ type: 'text', text: ' Chữ đậm', format: 1, detail: 0, mode: 'normal', style: '', version: 1 })
    state.root.children.push({
      type: 'list',
      listType: 'bullet',
      children: [
        { type: 'listitem', children: [{ type: 'text', text: 'Mục 1' }] },
        { type: 'listitem', children: [{ type: 'text', text: 'Mục 2' }] },
      ],
    } as never)
    const res = await pool.query('SELECT gs_lexical_text($1::jsonb) AS text', [JSON.stringify(state)])
    expect(res.rows[0].text).toBe('Đoạn một. Chữ đậm\nĐoạn hai có chữ đậm.\nMột câu trích.\nMục 1\nMục 2')
    expect(plainText(state).startsWith('Đoạn một. Chữ đậm\nĐoạn hai có chữ đậm.\nMột câu trích.')).toBe(true)
  })
})
