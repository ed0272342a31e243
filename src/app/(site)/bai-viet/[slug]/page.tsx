import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { ARTICLE_FORMAT_LABELS } from '@/domain/editorial/labels'
import { ExemplarCard } from '@/components/site/cards'
import { Img } from '@/components/site/Img'
import { RichText } from '@/components/site/RichText'
import { isPublicStatus } from '@/domain/exemplars/status'
import type { Column, Exemplar, Outlet } from '@/payload-types'
import { formatDate } from '@/lib/site/format'
import { rssAlternates } from '@/lib/seo/urls'
import { asMedia, imageSource } from '@/lib/site/media'
import { pageMetadata } from '@/lib/site/metadata'
import { noStaticParams, slugOf, type SlugPageProps } from '@/lib/site/params'
import { articlePath, columnPath, outletAnchor } from '@/lib/site/paths'
import { findArticleBySlug } from '@/lib/site/queries'
import { populated, populatedList } from '@/lib/site/relations'

export const revalidate = 300

export const generateStaticParams = noStaticParams

export async function generateMetadata(props: SlugPageProps): Promise<Metadata> {
  const a = await findArticleBySlug(await slugOf(props))
  if (!a) return { title: 'Không tìm thấy bài viết' }
  const path = articlePath(a.slug)
  const image = imageSource(a.coverImage, 'hero', a.title) ?? imageSource(a.coverImage, 'card', a.title)
  const outlet = populated<Outlet>(a.outlet)
  const column = populated<Column>(a.column)
  const description = a.excerpt?.slice(0, 240) || undefined
  const metadata = pageMetadata({
    title: a.title,
    description,
    path,
    type: 'article',
    image,
    // the feed of the column the article belongs to
    alternates: {
      types:
        column && outlet
          ? rssAlternates([{ outletSlug: outlet.slug, columnSlug: column.slug, title: `${column.name} — ${outlet.name}` }])
          : undefined,
    },
    openGraph: {
      siteName: outlet?.name,
      publishedTime: a.publishedAt ?? undefined,
      modifiedTime: a.updatedAt,
      authors: a.byline ? [a.byline] : undefined,
    },
  })
  return { ...metadata, authors: a.byline ? [{ name: a.byline }] : undefined }
}

export default async function ArticlePage(props: SlugPageProps) {
  const a = await findArticleBySlug(await slugOf(props))
  if (!a) notFound()

  const column = populated<Column>(a.column)
  const outlet = populated<Outlet>(a.outlet)
  const exemplars = populatedList<Exemplar>(a.exemplars).filter((e) => isPublicStatus(e.status) && e.slug)
  const audio = asMedia(a.audio)
  const video = asMedia(a.video)
  const cover = asMedia(a.coverImage)
  const hasPlayer = !!(audio?.url || video?.url)
  // The transcript sits under the player; without a player it follows the text.
  const transcript = a.transcript ? (
    <details className="transcript">
      <summary>Lời thoại (bản ghi chữ)</summary>
      <div className="transcript-body">
        {a.transcript.split(/\n{2,}/).map((para, i) => (
          <p key={i}>{para}</p>
        ))}
      </div>
    </details>
  ) : null

  return (
    <article className="article">
      <nav aria-label="Đường dẫn" className="breadcrumb">
        <Link href="/chuyen-muc">Chuyên mục</Link>
        {outlet ? (
          <>
            {' › '}
            <Link href={outletAnchor(outlet.slug)}>{outlet.name}</Link>
          </>
        ) : null}
        {column && outlet ? (
          <>
            {' › '}
            <Link href={columnPath(outlet.slug, column.slug)}>{column.name}</Link>
          </>
        ) : null}
      </nav>

      <header>
        <h1>{a.title}</h1>
        <p className="meta">
          {a.publishedAt ? (
            <>
              Đăng ngày <time dateTime={a.publishedAt}>{formatDate(a.publishedAt)}</time>
            </>
          ) : null}
          {a.byline ? <> · Tác giả: {a.byline}</> : null}
          {a.format && a.format !== 'text' ? <> · {ARTICLE_FORMAT_LABELS[a.format].vi}</> : null}
        </p>
        {a.excerpt ? <p className="lead">{a.excerpt}</p> : null}
      </header>

      {cover ? (
        <figure className="cover">
          <Img media={cover} size="hero" alt={a.title} priority />
          {cover.caption || cover.credit ? (
            <figcaption>
              {cover.caption}
              {cover.caption && cover.credit ? ' — ' : ''}
              {cover.credit ? `Ảnh: ${cover.credit}` : ''}
            </figcaption>
          ) : null}
        </figure>
      ) : null}

      {video?.url ? (
        <section aria-labelledby="xem-video" className="player">
          <h2 id="xem-video">Xem video</h2>
          <video
            controls
            preload="metadata"
            width={video.width ?? undefined}
            height={video.height ?? undefined}
            poster={imageSource(cover, 'hero')?.src}
          >
            <source src={video.url} type={video.mimeType ?? undefined} />
            Trình duyệt của bạn không phát được video. <a href={video.url}>Tải tệp video</a>.
          </video>
        </section>
      ) : null}
      {audio?.url ? (
        <section aria-labelledby="nghe-audio" className="player">
          <h2 id="nghe-audio">Nghe chương trình</h2>
          <audio controls preload="metadata">
            <source src={audio.url} type={audio.mimeType ?? undefined} />
            Trình duyệt của bạn không phát được âm thanh. <a href={audio.url}>Tải tệp âm thanh</a>.
          </audio>
        </section>
      ) : null}
      {hasPlayer ? transcript : null}

      <RichText data={a.content} className="prose article-body" />

      {hasPlayer ? null : transcript}

      {exemplars.length ? (
        <section aria-labelledby="dien-hinh-lien-quan">
          <h2 id="dien-hinh-lien-quan">Điển hình được giới thiệu</h2>
          <div className="grid">
            {exemplars.map((e) => (
              <ExemplarCard key={e.id} exemplar={e} />
            ))}
          </div>
        </section>
      ) : null}
    </article>
  )
}
