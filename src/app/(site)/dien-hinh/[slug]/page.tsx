import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { ArticleCard, kindLabel, StatusBadge } from '@/components/site/cards'
import { Img } from '@/components/site/Img'
import { RichText } from '@/components/site/RichText'
import type { Field, Unit } from '@/payload-types'
import { payloadClient } from '@/lib/payload'
import { formatDate } from '@/lib/site/format'
import { imageSource } from '@/lib/site/media'
import { pageMetadata } from '@/lib/site/metadata'
import { noStaticParams, slugOf, type SlugPageProps } from '@/lib/site/params'
import { exemplarPath } from '@/lib/site/paths'
import { unitPath } from '@/lib/seo/urls'
import { findExemplarBySlug } from '@/lib/site/queries'
import { populated, populatedList } from '@/lib/site/relations'

export const revalidate = 300

export const generateStaticParams = noStaticParams

export async function generateMetadata(props: SlugPageProps): Promise<Metadata> {
  const e = await findExemplarBySlug(await slugOf(props))
  if (!e) return { title: 'Không tìm thấy điển hình' }
  const image = imageSource(e.photo, 'card', e.name)
  const description = e.summary?.slice(0, 200) || `${kindLabel(e.kind)} điển hình tiên tiến: ${e.name}`
  return pageMetadata({ title: e.name, description, path: exemplarPath(e.slug), type: 'profile', image })
}

export default async function ExemplarProfile(props: SlugPageProps) {
  const e = await findExemplarBySlug(await slugOf(props))
  if (!e) notFound()

  const payload = await payloadClient()
  const unit = populated<Unit>(e.unit)
  // the related articles and the unit's code are independent: one round trip instead of two
  const [related, unitCode] = await Promise.all([
    payload.find({
      collection: 'articles',
      where: { and: [{ exemplars: { in: [e.id] } }, { _status: { equals: 'published' } }] },
      sort: '-publishedAt',
      limit: 12,
      pagination: false,
      depth: 1,
      overrideAccess: false,
      locale: 'vi',
      select: { title: true, slug: true, excerpt: true, publishedAt: true, byline: true, format: true, column: true, outlet: true },
      populate: { columns: { name: true, slug: true }, outlets: { name: true, slug: true } },
    }),
    unit
      ? payload
          .findByID({ collection: 'units', id: unit.id, depth: 0, select: { code: true }, disableErrors: true, overrideAccess: false })
          .then((u) => u?.code ?? null)
      : Promise.resolve(null),
  ])
  const fields = populatedList<Field>(e.fields)
  const years = [...(e.recognisedYears ?? [])].sort((a, b) => a - b)
  const sources = e.sources ?? []

  return (
    <article className="profile">
      <nav aria-label="Đường dẫn" className="breadcrumb">
        <Link href="/dien-hinh">Điển hình tiên tiến</Link> › <span aria-current="page">{e.name}</span>
      </nav>
      <header className="profile-head">
        <div>
          <h1>{e.name}</h1>
          <p className="meta">
            {kindLabel(e.kind)}
            {unit ? ` · ${unit.name}` : ''}
          </p>
          <StatusBadge status={e.status} />
          {e.summary ? <p className="lead">{e.summary}</p> : null}
        </div>
        <Img media={e.photo} size="card" alt={`Ảnh ${e.name}`} className="profile-photo" priority />
      </header>

      <section aria-labelledby="thong-tin">
        <h2 id="thong-tin">Thông tin chung</h2>
        <dl className="facts">
          <dt>Loại</dt>
          <dd>{kindLabel(e.kind)}</dd>
          {unit ? (
            <>
              <dt>Đơn vị</dt>
              <dd>
                <Link href={unitCode ? unitPath(unitCode) : `/dien-hinh?don-vi=${unit.id}`}>{unit.name}</Link>
              </dd>
            </>
          ) : null}
          {fields.length ? (
            <>
              <dt>Lĩnh vực</dt>
              <dd>
                {fields.map((f, i) => (
                  <span key={f.id}>
                    {i > 0 ? ', ' : ''}
                    <Link href={`/dien-hinh?linh-vuc=${f.id}`}>{f.name}</Link>
                  </span>
                ))}
              </dd>
            </>
          ) : null}
          {e.locality ? (
            <>
              <dt>Địa bàn</dt>
              <dd>{e.locality}</dd>
            </>
          ) : null}
          {e.ethnicGroup ? (
            <>
              <dt>Dân tộc</dt>
              <dd>{e.ethnicGroup}</dd>
            </>
          ) : null}
          {years.length ? (
            <>
              <dt>Năm được công nhận</dt>
              <dd>{years.join(', ')}</dd>
            </>
          ) : null}
          {e.discoveredOn ? (
            <>
              <dt>Ngày phát hiện</dt>
              <dd>{formatDate(e.discoveredOn)}</dd>
            </>
          ) : null}
        </dl>
      </section>

      {e.achievements ? (
        <section aria-labelledby="thanh-tich">
          <h2 id="thanh-tich">Thành tích</h2>
          <RichText data={e.achievements} />
        </section>
      ) : null}

      {sources.length ? (
        <section aria-labelledby="nguon">
          <h2 id="nguon">Nguồn thông tin</h2>
          <ul>
            {sources.map((s, i) => (
              <li key={s.id ?? i}>
                {s.url && /^https?:\/\//i.test(s.url) ? (
                  <a href={s.url} rel="noopener noreferrer">
                    {s.title}
                  </a>
                ) : (
                  s.title
                )}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="bai-viet">
        <h2 id="bai-viet">Bài viết về điển hình</h2>
        {related.docs.length ? (
          <div className="grid">
            {related.docs.map((a) => (
              <ArticleCard key={a.id} article={a} />
            ))}
          </div>
        ) : (
          <p>Chưa có bài viết nào giới thiệu điển hình này.</p>
        )}
      </section>
    </article>
  )
}
