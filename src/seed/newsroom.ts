import type { Payload } from 'payload'
import { richTextFromParagraphs } from '../lib/lexical'
import type { IdMap } from './upsert'

/** Drafts of the demo editor's outlet: none reviewed yet (one half-checked). */
export const DRAFT_ARTICLES = [
  { slug: 'nhap-nguoi-giu-rung-phuoc-binh', title: 'Người giữ rừng Phước Bình (bản nháp)', column: 'nguoi-tot-viec-tot', review: {} },
  {
    slug: 'nhap-mo-hinh-tiet-kiem-xanh',
    title: 'Mô hình “tiết kiệm xanh” của hội phụ nữ (bản nháp)',
    column: 'dien-hinh-tien-tien',
    review: { sourcesChecked: true },
  },
]

/** The planned article assigned to the demo editor on the campaign calendar. */
export const ASSIGNED_TOPIC = 'Gương đảng viên trẻ ở xã đảo (minh họa)'

export async function seedNewsroom(payload: Payload, columns: IdMap): Promise<void> {
  for (const a of DRAFT_ARTICLES) {
    const found = await payload.find({
      collection: 'articles',
      where: { slug: { equals: a.slug } },
      limit: 1,
      depth: 0,
      draft: true,
      overrideAccess: true,
    })
    if (found.docs.length || !columns.get(a.column)) continue
    await payload.create({
      collection: 'articles',
      overrideAccess: true,
      draft: true,
      depth: 0,
      context: { seeding: true },
      data: {
        _status: 'draft',
        slug: a.slug,
        title: a.title,
        column: columns.get(a.column)!,
        excerpt: 'Bài đang viết, chờ duyệt (dữ liệu minh họa).',
        content: richTextFromParagraphs(['Nội dung đang hoàn thiện.']) as never,
        review: a.review,
      },
    })
  }
  const editor = (
    await payload.find({
      collection: 'users',
      where: { email: { equals: 'bientap@guongsang.local' } },
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
  ).docs[0]
  const date = (
    await payload.find({
      collection: 'campaignDates',
      where: { code: { equals: 'thanh-lap-dang' } },
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
  ).docs[0]
  if (!editor || !date || (date.plannedArticles ?? []).some((p) => p.topic === ASSIGNED_TOPIC)) return
  const outlet = Array.isArray(editor.outlets) && editor.outlets.length ? editor.outlets[0] : undefined
  await payload.update({
    collection: 'campaignDates',
    id: date.id,
    overrideAccess: true,
    depth: 0,
    context: { seeding: true },
    data: {
      plannedArticles: [
        ...(date.plannedArticles ?? []),
        {
          year: new Date().getFullYear() + 1,
          status: 'planned',
          topic: ASSIGNED_TOPIC,
          outlet: typeof outlet === 'object' ? outlet?.id : outlet,
          assignedEditor: editor.id,
        },
      ],
    },
  })
}
