import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { normalizeQuery } from '../../src/domain/search/normalizeQuery'
import { SEARCH_INDEX_STATEMENTS } from '../../src/lib/search/indexes.sql'
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
  const pool = (payload.db as unknown as PostgresAdapter).pool
  for (const statement of SEARCH_INDEX_STATEMENTS) await pool.query(statement)

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
  const outlet = await payload.create({ collection: 'outlets', data: { name: `Báo ${tag}`, kind: 'newspaper', _status: 'published' }, overrideAccess: true })
  const column = await payload.create({ collection: 'columns', data: { name: `Gương sáng ${tag}`, outlet: outlet.id, _status: 'published' }, overrideAccess: true })
  ids.article = (
    await payload.create({
      collection: 'articles',
      data: { title: `Đặng Văn Đức gieo chữ trên núi ${tag}`, excerpt: 'Thầy giáo vùng cao.', column: column.id, review, _status: 'published' },
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

  it('the search expression can use the trigram index', async () => {
    const pool = (payload.db as unknown as PostgresAdapter).pool
    await pool.query('SET enable_seqscan = off')
    const plan = await pool.query(`EXPLAIN SELECT id FROM exemplars WHERE gs_fold(name) LIKE '%' || gs_fold($1::text) || '%'`, ['Hoa'])
    await pool.query('SET enable_seqscan = on')
    expect(plan.rows.map((r) => r['QUERY PLAN']).join('\n')).toContain('exemplars_name_fold_trgm_idx')
  })
})
