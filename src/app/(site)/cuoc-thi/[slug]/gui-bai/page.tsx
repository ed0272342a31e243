import type { Metadata } from 'next'
import Link from 'next/link'
import { headers } from 'next/headers'
import { notFound, redirect } from 'next/navigation'
import { EntryForm, type FormCategory } from '@/components/site/contest/EntryForm'
import { contestOpenAt, formatVnDateTime } from '@/domain/contest/deadline'
import { MAX_DB_INTEGER } from '@/domain/http/dbInteger'
import { payloadClient } from '@/lib/payload'
import { positiveInt, slugOf, type SearchParams, type SlugPageProps } from '@/lib/site/params'
import { contestPath, entryFormPath } from '@/lib/site/paths'
import { loginPath } from '@/lib/site/returnPath'
import { findContestBySlug, findContestCategories } from '@/lib/site/queries'
import { outletsInYear } from '@/domain/outlets/outletsInYear'
import { vnYear } from '@/domain/time/vietnam'
import { refId } from '@/lib/ids'
import { loadYearScope } from '@/lib/yearScope'

export const dynamic = 'force-dynamic'

export async function generateMetadata(props: SlugPageProps): Promise<Metadata> {
  const c = await findContestBySlug(await slugOf(props))
  return { title: c ? `Gửi tác phẩm — ${c.title}` : 'Không tìm thấy cuộc thi', robots: { index: false, follow: false } }
}

/** /cuoc-thi/[slug]/gui-bai: the entry form (?sua=<id> edits one of the author's entries). */
export default async function SubmitEntryPage(props: SlugPageProps & { searchParams: Promise<SearchParams> }) {
  const slug = await slugOf(props)
  const c = await findContestBySlug(slug)
  if (!c) notFound()
  const editId = positiveInt((await props.searchParams).sua, MAX_DB_INTEGER)

  const payload = await payloadClient()
  // signed-out visitors sign in first and come back to this form
  const { user } = await payload.auth({ headers: await headers() })
  if (!user) redirect(loginPath(entryFormPath(c.slug ?? slug, editId)))
  // the outlets publishing in the contest's year, in that year's province (outlets follow the unit tree over time)
  const year = Number(c.year) || vnYear(c.deadline ?? new Date())
  const [categories, outlets, scope] = await Promise.all([
    findContestCategories(c.id),
    payload.find({
      collection: 'outlets',
      where: { _status: { equals: 'published' } },
      sort: 'name',
      limit: 200,
      depth: 0,
      overrideAccess: false,
      locale: 'vi',
      select: { name: true, unit: true, validFrom: true, validTo: true },
    }),
    loadYearScope(payload, year),
  ])
  const offered = outletsInYear(
    outlets.docs.map((o) => ({ ...o, unit: o.unit == null ? null : Number(refId(o.unit)) })),
    scope,
  )
  const open = contestOpenAt(c, new Date())
  const formCategories: FormCategory[] = categories.map((cat) => ({
    id: cat.id,
    name: cat.name,
    medium: cat.medium,
    maxCoAuthors: cat.maxCoAuthors ?? 2,
    description: cat.description,
  }))

  return (
    <section className="narrow" aria-labelledby="tieu-de">
      <nav aria-label="Đường dẫn" className="breadcrumb">
        <Link href="/cuoc-thi">Cuộc thi</Link> › <Link href={contestPath(c.slug)}>{c.title}</Link> ›{' '}
        <span aria-current="page">Gửi tác phẩm</span>
      </nav>
      <h1 id="tieu-de">{editId ? 'Sửa tác phẩm dự thi' : 'Gửi tác phẩm dự thi'}</h1>
      <p className="lead">{c.title}</p>
      {!open.open ? (
        <div className="info" role="status">
          {open.message}
        </div>
      ) : null}
      {open.open || editId ? (
        <EntryForm
          contest={{ id: c.id, slug: c.slug ?? slug, title: c.title, deadlineText: formatVnDateTime(c.deadline), open: open.open }}
          categories={formCategories}
          outlets={offered.map((o) => ({ id: o.id, name: o.name }))}
          editId={editId}
        />
      ) : null}
    </section>
  )
}
