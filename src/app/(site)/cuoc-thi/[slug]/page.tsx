import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { RichText } from '@/components/site/RichText'
import { CONTEST_STATUS_LABELS, MEDIUM_LABELS, PRIZE_LABELS } from '@/domain/contest/labels'
import { acceptsEntries } from '@/domain/contest/submissionWindow'
import type { ContestCategory, Unit } from '@/payload-types'
import { formatDate } from '@/lib/site/format'
import { formatVnd } from '@/lib/site/money'
import { pageMetadata } from '@/lib/site/metadata'
import { noStaticParams, slugOf, type SlugPageProps } from '@/lib/site/params'
import { contestPath, contestResultsPath, entryFormPath } from '@/lib/site/paths'
import { findContestBySlug, findContestCategories } from '@/lib/site/queries'
import { populated } from '@/lib/site/relations'

export const revalidate = 300

export const generateStaticParams = noStaticParams

type Medium = ContestCategory['medium']

export async function generateMetadata(props: SlugPageProps): Promise<Metadata> {
  const c = await findContestBySlug(await slugOf(props))
  if (!c) return { title: 'Không tìm thấy cuộc thi' }
  const description = c.summary?.slice(0, 240) || `${c.title} — hạn nộp bài ${formatDate(c.deadline, true)}`
  return pageMetadata({ title: c.title, description, path: contestPath(c.slug) })
}

const coAuthorText = (n: number | null | undefined) =>
  n == null ? null : n === 0 ? 'Không nhận tác phẩm có đồng tác giả' : `Tối đa ${n} đồng tác giả`

function prizeCountText(counts: ContestCategory['prizeCounts']): string | null {
  if (!counts) return null
  const parts = (Object.keys(PRIZE_LABELS) as (keyof typeof PRIZE_LABELS)[])
    .map((k) => (counts[k] ? `${counts[k]} ${PRIZE_LABELS[k].vi}` : null))
    .filter(Boolean)
  return parts.length ? parts.join(', ') : null
}

export default async function ContestPage(props: SlugPageProps) {
  const c = await findContestBySlug(await slugOf(props))
  if (!c) notFound()

  const categories = await findContestCategories(c.id)
  const byMedium = new Map<Medium, typeof categories>()
  for (const cat of categories) byMedium.set(cat.medium, [...(byMedium.get(cat.medium) ?? []), cat])
  const media = (Object.keys(MEDIUM_LABELS) as Medium[]).filter((m) => byMedium.has(m))

  const organizer = populated<Unit>(c.organizer)
  const timeline = [...(c.timeline ?? [])].sort((x, y) => x.date.localeCompare(y.date))
  const prizes = c.prizes ?? []
  // the page is regenerated every 5 minutes, so the button follows opensAt and the deadline within that
  const entryWindow = acceptsEntries(c, new Date())

  return (
    <article className="contest">
      <nav aria-label="Đường dẫn" className="breadcrumb">
        <Link href="/cuoc-thi">Cuộc thi</Link> › <span aria-current="page">{c.title}</span>
      </nav>
      <header>
        <h1>{c.title}</h1>
        <p className="meta">
          Năm {c.year} · <span className="badge">{CONTEST_STATUS_LABELS[c.status]?.vi}</span>
          {organizer ? <> · Đơn vị chủ trì: {organizer.name}</> : null}
        </p>
        {c.summary ? <p className="lead">{c.summary}</p> : null}
        {c.status === 'resultsPublished' ? (
          <p>
            <Link href={contestResultsPath(c.slug)} className="button">
              Xem kết quả cuộc thi
            </Link>
          </p>
        ) : null}
      </header>

      <section className="card deadline" aria-labelledby="han-nop">
        <h2 id="han-nop">Hạn nộp tác phẩm</h2>
        <p>
          Nhận tác phẩm từ {formatDate(c.opensAt, true)} đến <strong>{formatDate(c.deadline, true)}</strong> (giờ Việt Nam).
        </p>
        {c.worksFrom || c.worksTo ? (
          <p>
            Tác phẩm dự thi đã đăng, phát{c.worksFrom ? ` từ ngày ${formatDate(c.worksFrom)}` : ''}
            {c.worksTo ? ` đến ngày ${formatDate(c.worksTo)}` : ''}.
          </p>
        ) : null}
        {c.uploadGraceMinutes ? (
          <p>
            Tệp đã tải lên máy chủ trước hạn thì bài vẫn được nộp trong {c.uploadGraceMinutes} phút sau hạn (dành cho tệp lớn đang tải lúc
            hết hạn).
          </p>
        ) : null}
        {c.maxEntriesPerAuthor ? <p>Mỗi tác giả gửi tối đa {c.maxEntriesPerAuthor} tác phẩm.</p> : null}
        {entryWindow.open ? (
          <p>
            {/* the form asks signed-out visitors to sign in and brings them back */}
            <Link href={entryFormPath(c.slug)} className="button">
              Gửi tác phẩm
            </Link>
          </p>
        ) : entryWindow.reason === 'notYet' ? (
          <p>{entryWindow.message}</p>
        ) : entryWindow.reason === 'passed' ? (
          <p>Đã hết hạn nhận tác phẩm.</p>
        ) : null}
      </section>

      {c.rules ? (
        <section aria-labelledby="the-le">
          <h2 id="the-le">Thể lệ</h2>
          <RichText data={c.rules} />
        </section>
      ) : null}

      {media.length ? (
        <section aria-labelledby="the-loai">
          <h2 id="the-loai">Thể loại dự thi</h2>
          {media.map((m) => (
            <section key={m} aria-labelledby={`loai-hinh-${m}`}>
              <h3 id={`loai-hinh-${m}`}>{MEDIUM_LABELS[m].vi}</h3>
              <ul className="plain">
                {(byMedium.get(m) ?? []).map((cat) => (
                  <li key={cat.id} className="card">
                    <h4>{cat.name}</h4>
                    {cat.description ? <p className="pre-line">{cat.description}</p> : null}
                    <ul>
                      {coAuthorText(cat.maxCoAuthors) ? <li>{coAuthorText(cat.maxCoAuthors)}</li> : null}
                      {prizeCountText(cat.prizeCounts) ? <li>Cơ cấu giải: {prizeCountText(cat.prizeCounts)}</li> : null}
                    </ul>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </section>
      ) : null}

      {timeline.length ? (
        <section aria-labelledby="moc-thoi-gian">
          <h2 id="moc-thoi-gian">Các mốc thời gian</h2>
          <ol className="timeline">
            {timeline.map((t, i) => (
              <li key={t.id ?? i}>
                <time dateTime={t.date}>{formatDate(t.date)}</time>: {t.label}
              </li>
            ))}
          </ol>
        </section>
      ) : null}

      {prizes.length ? (
        <section aria-labelledby="giai-thuong">
          <h2 id="giai-thuong">Giải thưởng</h2>
          <div className="table-scroll">
            <table>
              <caption className="sr-only">Cơ cấu giải thưởng</caption>
              <thead>
                <tr>
                  <th scope="col">Giải</th>
                  <th scope="col">Giá trị</th>
                  <th scope="col">Ghi chú</th>
                </tr>
              </thead>
              <tbody>
                {prizes.map((p, i) => (
                  <tr key={p.id ?? i}>
                    <th scope="row">{p.label}</th>
                    <td className="num">{formatVnd(p.amount)}</td>
                    <td>{p.note}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ) : null}

      {c.contact ? (
        <section aria-labelledby="lien-he">
          <h2 id="lien-he">Liên hệ</h2>
          <p className="pre-line">{c.contact}</p>
        </section>
      ) : null}
    </article>
  )
}
