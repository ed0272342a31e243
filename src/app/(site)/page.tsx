import Link from 'next/link'
import { ArticleCard, ExemplarCard } from '../../components/site/cards'
import { PUBLIC_EXEMPLAR_STATUSES } from '../../domain/exemplars/status'
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
      depth: 1,
      pagination: false,
      overrideAccess: false,
      select: { name: true, slug: true, kind: true, status: true, unit: true, photo: true, summary: true },
      populate: { units: { name: true } },
    }),
    // only what the cards show: no related documents beyond the column's name
    payload.find({
      collection: 'articles',
      sort: '-publishedAt',
      limit: 6,
      depth: 1,
      pagination: false,
      overrideAccess: false,
      select: {
        title: true,
        slug: true,
        publishedAt: true,
        excerpt: true,
        byline: true,
        format: true,
        coverImage: true,
        column: true,
        outlet: true,
      },
      populate: { columns: { name: true }, outlets: { name: true } },
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
          {featured.docs.map((e, i) => (
            <ExemplarCard key={e.id} exemplar={e} priority={i === 0} />
          ))}
        </div>
      </section>
      <section aria-labelledby="moi-nhat">
        <h2 id="moi-nhat">Bài viết mới từ các chuyên mục</h2>
        <div className="grid">
          {articles.docs.map((a) => (
            <ArticleCard key={a.id} article={a} />
          ))}
        </div>
      </section>
    </>
  )
}
