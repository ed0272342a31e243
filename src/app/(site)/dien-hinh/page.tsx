import type { Metadata } from 'next'
import { unstable_cache } from 'next/cache'
import Link from 'next/link'
import type { Where } from 'payload'
import { EXEMPLAR_KIND_LABELS } from '@/domain/exemplars/labels'
import { ExemplarCard } from '@/components/site/cards'
import type { SelectOption } from '@/components/SelectOptions'
import { FilterSelect } from '@/components/site/FilterSelect'
import { Pagination } from '@/components/site/Pagination'
import { EXEMPLAR_STATUS_LABELS, PUBLIC_EXEMPLAR_STATUSES, type ExemplarStatus } from '@/domain/exemplars/status'
import type { Exemplar } from '@/payload-types'
import { payloadClient } from '@/lib/payload'
import { directoryFacets } from '@/lib/site/directoryFacets'
import { findInIdOrder } from '@/lib/site/findInIdOrder'
import { pageOfIds } from '@/lib/site/pageOfIds'
import { hrefWith, oneOf, positiveInt, type SearchParams } from '@/lib/site/params'

export const revalidate = 300

export const metadata: Metadata = {
  title: 'Điển hình tiên tiến',
  description:
    'Danh bạ các tập thể, cá nhân, hộ gia đình điển hình tiên tiến được công nhận, tra cứu theo lĩnh vực, loại, cấp, năm và đơn vị.',
  alternates: { canonical: '/dien-hinh' },
}

const PER_PAGE = 12
const KINDS = Object.keys(EXEMPLAR_KIND_LABELS) as Exemplar['kind'][]
const KIND_OPTIONS: SelectOption[] = KINDS.map((k) => ({ value: k, label: EXEMPLAR_KIND_LABELS[k].vi }))
const STATUS_OPTIONS: SelectOption[] = PUBLIC_EXEMPLAR_STATUSES.map((s) => ({ value: s, label: EXEMPLAR_STATUS_LABELS[s].vi }))

interface Filters {
  field?: number
  kind?: Exemplar['kind']
  status?: ExemplarStatus
  year?: number
  unit?: number
}

/** Query-string names are Vietnamese; invalid values are ignored rather than failing the page. */
function readFilters(sp: SearchParams): Filters {
  const year = positiveInt(sp['nam'], 2100)
  return {
    field: positiveInt(sp['linh-vuc']),
    kind: oneOf(sp['loai'], KINDS),
    status: oneOf(sp['cap'], PUBLIC_EXEMPLAR_STATUSES),
    year: year && year >= 1945 ? year : undefined,
    unit: positiveInt(sp['don-vi']),
  }
}

const toQuery = (f: Filters) => ({
  'linh-vuc': f.field,
  loai: f.kind,
  cap: f.status,
  nam: f.year,
  'don-vi': f.unit,
})

/**
 * Options for the filter form: the fields of life, and the units and years that public exemplars actually have.
 * The directory itself is rendered per request (its filters are in the query string), so the options are cached
 * for the same five minutes as the other reading pages.
 */
const filterOptions = unstable_cache(loadFilterOptions, ['dien-hinh:filter-options'], { revalidate: 300 })

async function loadFilterOptions() {
  const payload = await payloadClient()
  const [fields, facets] = await Promise.all([
    payload.find({
      collection: 'fields',
      depth: 0,
      limit: 100,
      sort: 'order',
      overrideAccess: false,
      locale: 'vi',
      select: { name: true },
    }),
    directoryFacets(payload),
  ])
  return { fields: fields.docs, units: facets.units, years: facets.years }
}

export default async function ExemplarDirectory({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const sp = await searchParams
  const filters = readFilters(sp)
  const page = positiveInt(sp['trang'], 10_000) ?? 1

  const and: Where[] = [{ status: { in: [...PUBLIC_EXEMPLAR_STATUSES] } }]
  if (filters.field) and.push({ fields: { in: [filters.field] } })
  if (filters.kind) and.push({ kind: { equals: filters.kind } })
  if (filters.status) and.push({ status: { equals: filters.status } })
  if (filters.year) and.push({ recognisedYears: { in: [filters.year] } })
  if (filters.unit) and.push({ unit: { equals: filters.unit } })

  const payload = await payloadClient()
  const [options, result] = await Promise.all([
    filterOptions(),
    pageOfIds(payload, { collection: 'exemplars', where: { and }, sort: ['-featured', 'nameSort'], page, limit: PER_PAGE }),
  ])
  const docs = await findInIdOrder(payload, {
    collection: 'exemplars',
    ids: result.ids,
    select: { name: true, slug: true, kind: true, status: true, unit: true, photo: true, summary: true },
    populate: { units: { name: true } },
  })
  const filtered = Object.values(filters).some((v) => v !== undefined)
  const fieldOptions = options.fields.map((f) => ({ value: f.id, label: f.name }))
  const yearOptions = options.years.map((y) => ({ value: y, label: String(y) }))
  const unitOptions = options.units.map((u) => ({ value: u.id, label: u.name }))

  return (
    <>
      <h1>Điển hình tiên tiến</h1>
      <p>Các tập thể, cá nhân, hộ gia đình tiêu biểu đã được công nhận trên địa bàn tỉnh.</p>

      <form method="get" action="/dien-hinh" className="filters" role="search" aria-labelledby="loc-tieu-de">
        <h2 id="loc-tieu-de" className="sr-only">
          Lọc danh sách
        </h2>
        <FilterSelect name="linh-vuc" label="Lĩnh vực" allLabel="Tất cả lĩnh vực" value={filters.field} options={fieldOptions} />
        <FilterSelect name="loai" label="Loại" allLabel="Tất cả" value={filters.kind} options={KIND_OPTIONS} />
        <FilterSelect name="cap" label="Cấp công nhận" allLabel="Tất cả các cấp" value={filters.status} options={STATUS_OPTIONS} />
        <FilterSelect name="nam" label="Năm công nhận" allLabel="Tất cả các năm" value={filters.year} options={yearOptions} />
        <FilterSelect name="don-vi" label="Đơn vị" allLabel="Tất cả đơn vị" value={filters.unit} options={unitOptions} />
        <div className="filter-actions">
          <button type="submit">Lọc</button>
          {filtered ? <Link href="/dien-hinh">Bỏ lọc</Link> : null}
        </div>
      </form>

      <section aria-labelledby="ket-qua">
        <h2 id="ket-qua">Kết quả</h2>
        <p className="meta">
          Tìm thấy {result.totalDocs.toLocaleString('vi-VN')} điển hình
          {result.totalPages > 1 ? ` · Trang ${result.page} / ${result.totalPages}` : ''}
        </p>
        {docs.length ? (
          <div className="grid">
            {docs.map((e, i) => (
              <ExemplarCard key={e.id} exemplar={e} priority={i === 0} />
            ))}
          </div>
        ) : (
          <p>Không tìm thấy điển hình nào phù hợp với điều kiện lọc.</p>
        )}
        <Pagination
          page={result.page}
          totalPages={result.totalPages}
          href={(p) => hrefWith('/dien-hinh', { ...toQuery(filters), trang: p > 1 ? p : undefined })}
        />
      </section>
    </>
  )
}
