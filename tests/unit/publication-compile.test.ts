import { describe, expect, it } from 'vitest'
import { bestArticle, compilePublication, type PublicationArticle, type PublicationExemplar } from '../../src/domain/publication/compile'
import { contentHash } from '../../src/domain/publication/contentHash'
import { pdfAction } from '../../src/domain/publication/pdfAction'
import { publicationTitle } from '../../src/domain/publication/publicationTitle'

const ex = (id: number, name: string, status: string, years: number[]): PublicationExemplar => ({
  id,
  name,
  slug: `dh-${id}`,
  status,
  recognisedYears: years,
  fieldNames: [],
  unitName: 'Xã thử',
})
const art = (id: number, exemplarIds: number[], publishedAt: string, extra: Partial<PublicationArticle> = {}): PublicationArticle => ({
  id,
  title: `Bài ${id}`,
  slug: `bai-${id}`,
  publishedAt,
  status: 'published',
  featured: false,
  exemplarIds,
  ...extra,
})

describe('compilePublication', () => {
  const exemplars = [
    ex(1, 'Trần Văn Bình', 'provincial', [2025]),
    ex(2, 'Âu Thị Cúc', 'provincial', [2024, 2025]),
    ex(3, 'Hợp tác xã Phước Hậu', 'national', [2025]),
    ex(4, 'Đặng Văn An', 'proposedToCentral', [2025]),
    ex(5, 'Lê Thị Em', 'recognised', [2025]), // below the provincial level
    ex(6, 'Phan Văn Gia', 'provincial', [2024]), // another year
    ex(7, 'Bùi Thị Hạnh', 'archived', [2025]),
    ex(8, 'Nguyễn Văn Ích', 'proposedToProvince', [2025]),
  ]
  it('keeps provincial, proposed-to-central and national exemplars of the year: national first, then by name in Vietnamese order', () => {
    const chapters = compilePublication(2025, exemplars, [])
    expect(chapters.map((c) => [c.number, c.exemplar.name])).toEqual([
      [1, 'Hợp tác xã Phước Hậu'],
      [2, 'Đặng Văn An'],
      [3, 'Âu Thị Cúc'],
      [4, 'Trần Văn Bình'],
    ])
    expect(chapters[0].anchor).toBe('dien-hinh-dh-3')
  })
  it('picks each exemplar’s best article: published, linked, featured first, then newest', () => {
    const articles = [
      art(10, [1], '2025-05-01'),
      art(11, [1], '2025-09-01'), // newest for 1
      art(12, [2], '2025-01-01', { featured: true }), // featured beats newer
      art(13, [2], '2025-12-01'),
      art(14, [3], '2025-12-31', { status: 'draft' }), // drafts never
      art(15, [3], '2024-01-01'),
      art(16, [99], '2025-12-31', { featured: true }), // another exemplar
    ]
    const byName = Object.fromEntries(compilePublication(2025, exemplars, articles).map((c) => [c.exemplar.id, c.article?.id ?? null]))
    expect(byName).toEqual({ 1: 11, 2: 12, 3: 15, 4: null })
  })
  it('breaks a tie on date by the later article', () => {
    expect(bestArticle(1, [art(20, [1], '2025-03-01'), art(21, [1], '2025-03-01')])?.id).toBe(21)
  })
})

describe('contentHash', () => {
  const base = () => compilePublication(2025, [ex(1, 'Trần Văn Bình', 'provincial', [2025])], [art(10, [1], '2025-05-01')])
  it('is stable for the same content and changes with what the book prints', () => {
    const h = contentHash({ province: 'tỉnh Khánh Hòa', year: 2025, chapters: base() })
    expect(contentHash({ province: 'tỉnh Khánh Hòa', year: 2025, chapters: base() })).toBe(h)
    const changed = base()
    changed[0].exemplar.summary = 'Tóm tắt mới'
    expect(contentHash({ province: 'tỉnh Khánh Hòa', year: 2025, chapters: changed })).not.toBe(h)
    const retitled = base()
    retitled[0].article!.title = 'Tiêu đề mới'
    expect(contentHash({ province: 'tỉnh Khánh Hòa', year: 2025, chapters: retitled })).not.toBe(h)
    expect(contentHash({ province: 'tỉnh Ninh Thuận', year: 2025, chapters: base() })).not.toBe(h)
  })
})

describe('pdfAction', () => {
  const now = new Date('2025-10-01T10:00:00Z')
  it.each([
    ['nothing yet', null, 'queue'],
    ['ready for these inputs', { status: 'ready', hash: 'h', hasFile: true }, 'serve'],
    ['ready for older inputs', { status: 'ready', hash: 'old', hasFile: true }, 'queue'],
    ['ready but the file is gone', { status: 'ready', hash: 'h', hasFile: false }, 'queue'],
    ['building these inputs', { status: 'building', targetHash: 'h', updatedAt: '2025-10-01T09:50:00Z' }, 'wait'],
    ['queued for these inputs', { status: 'queued', targetHash: 'h', updatedAt: '2025-10-01T09:59:00Z' }, 'wait'],
    ['building older inputs', { status: 'building', targetHash: 'old', updatedAt: '2025-10-01T09:59:00Z' }, 'queue'],
    ['a build silent for 40 minutes', { status: 'building', targetHash: 'h', updatedAt: '2025-10-01T09:20:00Z' }, 'queue'],
    ['failed on these inputs', { status: 'failed', targetHash: 'h' }, 'showFailure'],
    ['failed on older inputs', { status: 'failed', targetHash: 'old' }, 'queue'],
  ] as const)('%s → %s', (_label, stored, action) => {
    expect(pdfAction(stored, 'h', now)).toBe(action)
  })
  it('retries a failed build when staff ask', () => {
    expect(pdfAction({ status: 'failed', targetHash: 'h' }, 'h', now, true)).toBe('queue')
  })
})

describe('publicationTitle', () => {
  it.each([
    ['tỉnh Khánh Hòa', 'Điển hình tiên tiến tỉnh Khánh Hòa năm 2025'],
    ['Tỉnh Khánh Hòa', 'Điển hình tiên tiến tỉnh Khánh Hòa năm 2025'],
    ['Khánh Hòa', 'Điển hình tiên tiến tỉnh Khánh Hòa năm 2025'],
    ['  Ninh   Thuận ', 'Điển hình tiên tiến tỉnh Ninh Thuận năm 2025'],
    ['thành phố Huế', 'Điển hình tiên tiến thành phố Huế năm 2025'],
    ['', 'Điển hình tiên tiến năm 2025'],
    [null, 'Điển hình tiên tiến năm 2025'],
  ])('%s', (province, title) => {
    expect(publicationTitle(province, 2025)).toBe(title)
  })
})

describe('publicationTitle of a year that stood under more than one province', () => {
  it('names each once', () => {
    expect(publicationTitle(['Tỉnh Ninh Thuận', 'Tỉnh Khánh Hòa', 'Tỉnh Khánh Hòa'], 2025)).toBe(
      'Điển hình tiên tiến tỉnh Ninh Thuận và tỉnh Khánh Hòa năm 2025',
    )
    expect(publicationTitle([], 2025)).toBe('Điển hình tiên tiến năm 2025')
  })
})
