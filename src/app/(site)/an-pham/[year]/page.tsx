import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { ensurePublicationPdf } from '@/server/publications/ensurePublication'
import { loadPublicationInput } from '@/server/publications/publicationInput'
import { PublicationBook } from '@/components/site/publication/PublicationBook'
import { payloadClient } from '@/lib/payload'
import { siteSettings } from '@/lib/site/settings'

/** Regenerated in the background (ISR); each regeneration also checks the PDF against the current content. */
export const revalidate = 300

export async function generateStaticParams(): Promise<{ year: string }[]> {
  return []
}

type Params = Promise<{ year: string }>

const parseYear = (raw: string) => (/^\d{4}$/.test(raw) && Number(raw) >= 1945 && Number(raw) <= 2100 ? Number(raw) : null)

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const year = parseYear((await params).year)
  if (!year) return { title: 'Không tìm thấy ấn phẩm' }
  const input = await loadPublicationInput(await payloadClient(), year)
  return {
    title: input.title,
    description: `${input.title}: ${input.chapters.length} điển hình tiên tiến cấp tỉnh và toàn quốc, kèm bài viết tiêu biểu.`,
    alternates: { canonical: `/an-pham/${year}` },
  }
}

export default async function PublicationYearPage({ params }: { params: Params }) {
  const year = parseYear((await params).year)
  if (!year) notFound()
  const state = await ensurePublicationPdf(await payloadClient(), year)
  if (state.action === 'empty') notFound()
  const settings = await siteSettings()
  return <PublicationBook state={state} publisher={settings.publisher} />
}
