import { ogCard, OG_SIZE } from '@/lib/seo/ogImage'
import { segment } from '@/lib/site/params'
import { findArticleBySlug } from '@/lib/site/queries'
import { populated } from '@/lib/site/relations'
import { siteSettings } from '@/lib/site/settings'
import type { Column, Outlet } from '@/payload-types'

export const size = OG_SIZE
export const contentType = 'image/png'
export const alt = 'Bài viết về điển hình tiên tiến'
export const revalidate = 300

/** The sharing card of an article: its column and outlet, its title, the site name. */
export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params
  const [a, s] = await Promise.all([findArticleBySlug(segment(slug)), siteSettings()])
  const column = populated<Column>(a?.column)
  const outlet = populated<Outlet>(a?.outlet)
  return ogCard({
    label: [outlet?.name, column?.name].filter(Boolean).join(' · ') || 'Bài viết',
    title: a?.title ?? 'Không tìm thấy bài viết',
    subtitle: a?.byline ? `Tác giả: ${a.byline}` : null,
    siteName: s.siteName,
  })
}
