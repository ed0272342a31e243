import { kindLabel } from '@/components/site/cards'
import { ogCard, OG_SIZE } from '@/lib/seo/ogImage'
import { segment } from '@/lib/site/params'
import { findExemplarBySlug } from '@/lib/site/queries'
import { populated } from '@/lib/site/relations'
import { siteSettings } from '@/lib/site/settings'
import type { Unit } from '@/payload-types'

export const size = OG_SIZE
export const contentType = 'image/png'
export const alt = 'Điển hình tiên tiến'
export const revalidate = 300

/** The sharing card of an exemplar profile: kind and unit, the name, the site name. */
export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params
  const [e, s] = await Promise.all([findExemplarBySlug(segment(slug)), siteSettings()])
  const unit = populated<Unit>(e?.unit)
  return ogCard({
    label: 'Điển hình tiên tiến',
    title: e?.name ?? 'Không tìm thấy điển hình',
    subtitle: e ? [kindLabel(e.kind), unit?.name].filter(Boolean).join(' · ') : null,
    siteName: s.siteName,
  })
}
