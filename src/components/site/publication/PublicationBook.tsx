import Link from 'next/link'
import { EXEMPLAR_KIND_LABELS } from '@/domain/exemplars/labels'
import type { PublicationPdfState } from '@/server/publications/ensurePublication'
import { EXEMPLAR_STATUS_LABELS, type ExemplarStatus } from '@/domain/exemplars/status'
import { formatDate } from '@/lib/site/format'
import { articlePath, exemplarPath } from '@/lib/site/paths'
import { RichText } from '../RichText'
import { PdfStatus } from './PdfStatus'
import { pdfStateOf } from '@/server/publications/pdfState'

/** The web edition of the year's book: cover, table of contents with anchors, one chapter per exemplar. */
export function PublicationBook({ state, publisher }: { state: PublicationPdfState; publisher?: string | null }) {
  const { input } = state
  return (
    <article className="article publication">
      <nav aria-label="Đường dẫn" className="breadcrumb">
        <Link href="/an-pham">Ấn phẩm điện tử</Link> › <span aria-current="page">Năm {input.year}</span>
      </nav>
      <header className="cover">
        <p className="meta">Ấn phẩm điện tử</p>
        <h1>{input.title}</h1>
        <p className="lead">
          {input.chapters.length} điển hình tiên tiến cấp tỉnh và toàn quốc được công nhận năm {input.year}
          {publisher ? ` — ${publisher}` : ''}.
        </p>
        <PdfStatus year={input.year} initial={pdfStateOf(state)} />
      </header>

      <nav aria-labelledby="muc-luc" className="toc">
        <h2 id="muc-luc">Mục lục</h2>
        <ol>
          {input.chapters.map((c) => (
            <li key={c.anchor}>
              <a href={`#${c.anchor}`}>{c.exemplar.name}</a>
            </li>
          ))}
        </ol>
      </nav>

      {input.chapters.map((c) => {
        const e = c.exemplar
        return (
          <section key={c.anchor} id={c.anchor} aria-labelledby={`${c.anchor}-ten`} className="chapter">
            <p className="meta">
              <span className="badge">{EXEMPLAR_STATUS_LABELS[e.status as ExemplarStatus]?.vi ?? e.status}</span>{' '}
              {e.kind ? EXEMPLAR_KIND_LABELS[e.kind as keyof typeof EXEMPLAR_KIND_LABELS]?.vi : null}
            </p>
            <h2 id={`${c.anchor}-ten`}>
              {c.number}. {e.slug ? <Link href={exemplarPath(e.slug)}>{e.name}</Link> : e.name}
            </h2>
            <dl className="facts">
              {e.unitName ? (
                <>
                  <dt>Đơn vị</dt>
                  <dd>{e.unitName}</dd>
                </>
              ) : null}
              {e.fieldNames.length ? (
                <>
                  <dt>Lĩnh vực</dt>
                  <dd>{e.fieldNames.join(', ')}</dd>
                </>
              ) : null}
            </dl>
            {e.summary ? <p className="lead">{e.summary}</p> : null}
            {e.achievements ? (
              <>
                <h3>Thành tích</h3>
                <RichText data={e.achievements} />
              </>
            ) : null}
            {c.article ? (
              <aside aria-label="Bài viết tiêu biểu" className="card">
                <div className="card-body">
                  <h3>
                    <Link href={articlePath(c.article.slug)}>{c.article.title}</Link>
                  </h3>
                  {c.article.publishedAt ? <p className="meta">Đăng ngày {formatDate(c.article.publishedAt)}</p> : null}
                  {c.article.excerpt ? <p>{c.article.excerpt}</p> : null}
                  <p>
                    <Link href={articlePath(c.article.slug)}>Đọc toàn bài</Link>
                  </p>
                </div>
              </aside>
            ) : null}
            <p>
              <a href="#muc-luc">Về mục lục</a>
            </p>
          </section>
        )
      })}
    </article>
  )
}
