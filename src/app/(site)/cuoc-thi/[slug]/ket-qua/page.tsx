import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { payloadClient } from '@/lib/payload'
import { pageMetadata } from '@/lib/site/metadata'
import { noStaticParams, slugOf, type SlugPageProps } from '@/lib/site/params'
import { contestPath, verifyPath } from '@/lib/site/paths'
import { loadPublicResults } from './results'

export const revalidate = 300

export const generateStaticParams = noStaticParams

export async function generateMetadata(props: SlugPageProps): Promise<Metadata> {
  const results = await loadPublicResults(await payloadClient(), await slugOf(props))
  if (!results) return { title: 'Chưa công bố kết quả' }
  return pageMetadata({ title: `Kết quả ${results.contest.title}`, path: `${contestPath(results.contest.slug)}/ket-qua` })
}

/** Winners per category, once the organizers have published the results. */
export default async function ContestResultsPage(props: SlugPageProps) {
  const results = await loadPublicResults(await payloadClient(), await slugOf(props))
  if (!results) notFound()
  const { contest, categories } = results
  return (
    <article className="contest results">
      <nav aria-label="Đường dẫn" className="breadcrumb">
        <Link href="/cuoc-thi">Cuộc thi</Link> › <Link href={contestPath(contest.slug)}>{contest.title}</Link> ›{' '}
        <span aria-current="page">Kết quả</span>
      </nav>
      <header>
        <h1>Kết quả {contest.title}</h1>
      </header>
      {categories.length ? (
        categories.map((cat) => (
          <section key={cat.id} aria-labelledby={`the-loai-${cat.id}`}>
            <h2 id={`the-loai-${cat.id}`}>{cat.name}</h2>
            <div className="table-scroll">
              <table>
                <caption className="sr-only">Tác phẩm đạt giải thể loại {cat.name}</caption>
                <thead>
                  <tr>
                    <th scope="col">Giải</th>
                    <th scope="col">Tác phẩm</th>
                    <th scope="col">Tác giả</th>
                    <th scope="col">Giấy chứng nhận</th>
                  </tr>
                </thead>
                <tbody>
                  {cat.winners.map((w) => (
                    <tr key={w.id} data-prize={w.prize}>
                      <th scope="row">{w.prizeLabel}</th>
                      <td>{w.title}</td>
                      <td>{w.authors.join(', ')}</td>
                      <td>{w.certificateCode ? <Link href={verifyPath(w.certificateCode)}>{w.certificateCode}</Link> : '—'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        ))
      ) : (
        <p>Không có tác phẩm đạt giải.</p>
      )}
    </article>
  )
}
