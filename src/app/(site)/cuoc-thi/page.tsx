import type { Metadata } from 'next'
import Link from 'next/link'
import { CONTEST_STATUS_LABELS } from '@/domain/contest/labels'
import type { Contest } from '@/payload-types'
import { payloadClient } from '@/lib/payload'
import { formatDate } from '@/lib/site/format'
import { contestPath } from '@/lib/site/paths'

export const revalidate = 300

export const metadata: Metadata = {
  title: 'Cuộc thi',
  description: 'Các cuộc thi viết, làm phóng sự về gương điển hình tiên tiến: thể lệ, thể loại, giải thưởng và hạn nộp tác phẩm.',
  alternates: { canonical: '/cuoc-thi' },
}

const SELECT = { title: true, slug: true, year: true, status: true, summary: true, opensAt: true, deadline: true } as const

type ContestSummary = Pick<Contest, 'id' | 'title' | 'slug' | 'year' | 'status' | 'summary' | 'opensAt' | 'deadline'>

function ContestItem({ c }: { c: ContestSummary }) {
  return (
    <li className="card">
      <h3>
        <Link href={contestPath(c.slug)}>{c.title}</Link>
      </h3>
      <p className="meta">
        Năm {c.year} · <span className="badge">{CONTEST_STATUS_LABELS[c.status]?.vi}</span>
      </p>
      <p>
        Nhận bài từ {formatDate(c.opensAt)} đến <strong>{formatDate(c.deadline, true)}</strong>
      </p>
      {c.summary ? <p>{c.summary}</p> : null}
    </li>
  )
}

export default async function ContestsIndex() {
  const payload = await payloadClient()
  const [open, past] = await Promise.all([
    payload.find({
      collection: 'contests',
      where: { status: { equals: 'open' } },
      sort: 'deadline',
      limit: 20,
      depth: 0,
      joins: false,
      overrideAccess: false,
      locale: 'vi',
      select: SELECT,
    }),
    payload.find({
      collection: 'contests',
      where: { status: { in: ['closed', 'judging', 'resultsPublished'] } },
      sort: '-deadline',
      limit: 50,
      depth: 0,
      joins: false,
      overrideAccess: false,
      locale: 'vi',
      select: SELECT,
    }),
  ])

  return (
    <>
      <h1>Cuộc thi</h1>
      <p>Cuộc thi viết, làm phóng sự, phát thanh, truyền hình và ảnh báo chí về gương người tốt, việc tốt.</p>
      <section aria-labelledby="dang-nhan-bai">
        <h2 id="dang-nhan-bai">Đang nhận tác phẩm</h2>
        {open.docs.length ? (
          <ul className="plain grid">
            {open.docs.map((c) => (
              <ContestItem key={c.id} c={c} />
            ))}
          </ul>
        ) : (
          <p>Hiện chưa có cuộc thi nào đang nhận tác phẩm.</p>
        )}
      </section>
      <section aria-labelledby="da-dien-ra">
        <h2 id="da-dien-ra">Các cuộc thi đã diễn ra</h2>
        {past.docs.length ? (
          <ul className="plain grid">
            {past.docs.map((c) => (
              <ContestItem key={c.id} c={c} />
            ))}
          </ul>
        ) : (
          <p>Chưa có cuộc thi nào.</p>
        )}
      </section>
    </>
  )
}
