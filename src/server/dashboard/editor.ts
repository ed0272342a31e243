import type { PayloadRequest } from 'payload'
import { asUser as appUser, refId } from '../../access/user'
import { occurrenceDateLabel, upcomingCampaign } from '../../domain/editorial/campaignCalendar'
import { formatVnDate, vnDay } from '../../domain/time/vietnam'
import { campaignDateInput } from '../editorial/campaignDateInput'
import { asUser, listHref, type DashboardItem } from './types'

const DAY = 24 * 60 * 60 * 1000
/** How far ahead the dashboard looks for campaign dates with no article planned. */
export const GAP_WINDOW_DAYS = 30

export interface EditorDashboard {
  role: 'editor'
  awaitingReview: { count: number; href: string }
  assignedToMe: DashboardItem[]
  campaignGaps: DashboardItem[]
  latestPerColumn: DashboardItem[]
}

const reviewed = (r: { sourcesChecked?: boolean | null; noExaggeration?: boolean | null } | null | undefined) =>
  !!r?.sourcesChecked && !!r?.noExaggeration

/**
 * An editor's newsroom: drafts of their outlets not yet reviewed, the planned articles assigned to them, campaign
 * dates of the next 30 days with nothing planned (the campaign calendar's rule) and each column's latest article.
 */
export async function loadEditorDashboard(req: PayloadRequest, now: Date): Promise<EditorDashboard> {
  const user = req.user!
  const outlets = (appUser(user)?.outlets ?? []).map((o) => Number(refId(o))).filter(Number.isFinite)
  const inOutlets = { outlet: { in: outlets.length ? outlets : [-1] } }

  const drafts = await req.payload.find({
    collection: 'articles',
    where: { ...inOutlets, _status: { equals: 'draft' } },
    draft: true,
    depth: 0,
    limit: 0,
    pagination: false,
    select: { review: true },
    ...asUser(req),
  })
  const awaiting = drafts.docs.filter((d) => !reviewed(d.review))

  const dates = await req.payload.find({ collection: 'campaignDates', depth: 0, limit: 0, pagination: false, locale: 'vi', ...asUser(req) })
  const today = vnDay(now)
  const until = vnDay(new Date(now.getTime() + GAP_WINDOW_DAYS * DAY))
  const calendar = upcomingCampaign(
    dates.docs.map((d) => campaignDateInput(d, (p) => ({ year: p.year, status: p.status }))),
    today,
  )
  const gaps = calendar.filter((o) => o.gap && o.date <= until)
  const assignedToMe = dates.docs.flatMap((d) =>
    (d.plannedArticles ?? [])
      .filter(
        (p) =>
          String(refId(p.assignedEditor as never)) === String(user.id) && p.status !== 'published' && p.year >= Number(today.slice(0, 4)),
      )
      .map((p) => ({ label: p.topic || d.name, note: `${d.name} (${p.year})`, href: `/admin/collections/campaignDates/${d.id}` })),
  )

  const columns = await req.payload.find({
    collection: 'columns',
    where: inOutlets,
    depth: 0,
    limit: 0,
    pagination: false,
    sort: 'name',
    locale: 'vi',
    select: { name: true },
    ...asUser(req),
  })
  const latestPerColumn: DashboardItem[] = []
  for (const c of columns.docs) {
    const latest = await req.payload.find({
      collection: 'articles',
      where: { column: { equals: c.id }, _status: { equals: 'published' } },
      sort: '-publishedAt',
      depth: 0,
      limit: 1,
      locale: 'vi',
      select: { title: true, publishedAt: true },
      ...asUser(req),
    })
    const a = latest.docs[0]
    latestPerColumn.push(
      a
        ? {
            label: `${c.name}: ${a.title}`,
            note: a.publishedAt ? formatVnDate(a.publishedAt) : undefined,
            href: `/admin/collections/articles/${a.id}`,
          }
        : { label: `${c.name}: chưa có bài đăng`, href: `/admin/collections/columns/${c.id}` },
    )
  }

  return {
    role: 'editor',
    awaitingReview: { count: awaiting.length, href: listHref('articles', { _status: { equals: 'draft' } }) },
    assignedToMe,
    campaignGaps: gaps.map((g) => ({
      label: g.name,
      note: occurrenceDateLabel(g),
      href: `/admin/collections/campaignDates/${g.campaignDateId}`,
    })),
    latestPerColumn,
  }
}
