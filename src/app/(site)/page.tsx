import Link from 'next/link'
import { EXEMPLAR_STATUS_LABELS, PUBLIC_EXEMPLAR_STATUSES } from '../../domain/exemplars/status'
import { formatDate } from '../../lib/site/format'
import { payloadClient } from '../../lib/payload'
import { siteSettings } from '../../lib/site/settings'

export const revalidate = 300

export default async function Home() {
  const payload = await payloadClient()
  const s = await siteSettings()
  const [featured, articles, contests] = await Promise.all([
    payload.find({
      collection: 'exemplars',
      where: { status: { in: [...PUBLIC_EXEMPLAR_STATUSES] }, featured: { equals: true } },
      sort: '-discoveredOn',
      limit: 6,
      depth: 0,
      pagination: false,
      overrideAccess: false,
      select: { name: true, slug: true, status: true, summary: true },
    }),
    // only what the cards show: no related documents beyond the column's name
    payload.find({
      collection: 'articles',
      sort: '-publishedAt',
      limit: 6,
      depth: 1,
      pagination: false,
      overrideAccess: false,
      select: { title: true, slug: true, publishedAt: true, excerpt: true, column: true },
      populate: { columns: { name: true } },
    }),
    payload.find({
      collection: 'contests',
      where: { status: { equals: 'open' } },
      limit: 1,
      depth: 0,
      pagination: false,
      overrideAccess: false,
      select: { title: true, slug: true, deadline: true },
    }),
  ])
  const contest = contests.docs[0]
  return (
    <>
      <section>
        <h1>Tuyên truyền gương điển hình tiên tiến{s.provinceName ? ` ${s.provinceName}` : ''}</h1>
        <p>Phát hiện, bồi dưỡng, tôn vinh và nhân rộng những tấm gương người tốt, việc tốt trên mọi lĩnh vực của đời sống.</p>
      </section>
      {contest ? (
        <section className="card" aria-labelledby="cuoc-thi">
          <h2 id="cuoc-thi">{contest.title}</h2>
          <p>Hạn nộp bài: {formatDate(contest.deadline, true)}</p>
          <Link href={`/cuoc-thi/${contest.slug}`}>Xem thể lệ và gửi tác phẩm</Link>
        </section>
      ) : null}
      <section aria-labelledby="noi-bat">
        <h2 id="noi-bat">Điển hình nổi bật</h2>
        <div className="grid">
          {featured.docs.map((e) => (
            <article key={e.id} className="card">
              <h3>
                <Link href={`/dien-hinh/${e.slug}`}>{e.name}</Link>
              </h3>
              <span className="badge">{EXEMPLAR_STATUS_LABELS[e.status].vi}</span>
              <p>{e.summary}</p>
            </article>
          ))}
        </div>
      </section>
      <section aria-labelledby="moi-nhat">
        <h2 id="moi-nhat">Bài viết mới từ các chuyên mục</h2>
        <div className="grid">
          {articles.docs.map((a) => (
            <article key={a.id} className="card">
              <h3>
                <Link href={`/bai-viet/${a.slug}`}>{a.title}</Link>
              </h3>
              <p className="meta">
                {typeof a.column === 'object' && a.column ? a.column.name : ''} · {formatDate(a.publishedAt)}
              </p>
              <p>{a.excerpt}</p>
            </article>
          ))}
        </div>
      </section>
    </>
  )
}
