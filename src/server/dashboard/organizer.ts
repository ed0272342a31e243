import type { PayloadRequest } from 'payload'
import { loadContestStages, LINK_TEXT, stageHref } from '../../components/admin/judging/ContestStages'
import { vnYear } from '../../domain/time/vietnam'
import { quotaView } from '../../lib/quota/quotaView'
import { asUser, listHref, type DashboardItem, type Figure } from './types'

export const DECISION_STATUSES = ['proposedToProvince', 'proposedToCentral']
export const COMMENDATION_WAITING = ['proposed', 'appraising']
export const FOLLOW_UP_OPEN = ['open', 'inProgress']

export interface OrganizerDashboard {
  role: 'organizer' | 'admin'
  year: number
  quota: { units: number; met: number; short: number; recognised: number; inPublication: number }
  figures: Figure[]
  contests: (DashboardItem & { stage: string; next: string; linkText: string })[]
}

const count = async (
  req: PayloadRequest,
  collection: 'exemplars' | 'nominations' | 'commendations' | 'annualReports' | 'inspections',
  where: object,
) => (await req.payload.count({ collection, where: where as never, ...asUser(req) })).totalDocs

/** Sở Nội vụ's desk: the province's targets this year, what waits for a decision, each contest's next step, reports being built. */
export async function loadOrganizerDashboard(req: PayloadRequest, now: Date): Promise<OrganizerDashboard> {
  const year = vnYear(now)
  const quota = await quotaView(req, { year })
  const [decisions, nominations, commendations, reports, followUps] = await Promise.all([
    count(req, 'exemplars', { status: { in: DECISION_STATUSES } }),
    count(req, 'nominations', { status: { equals: 'new' } }),
    count(req, 'commendations', { status: { in: COMMENDATION_WAITING } }),
    count(req, 'annualReports', { status: { in: ['queued', 'running'] } }),
    count(req, 'inspections', { followUpStatus: { in: FOLLOW_UP_OPEN } }),
  ])
  const stages = await loadContestStages(req, now)
  const figures: Figure[] = [
    {
      key: 'decisions',
      label: 'Điển hình chờ quyết định',
      value: decisions,
      href: listHref('exemplars', { status: { in: DECISION_STATUSES } }),
      attention: decisions > 0,
    },
    {
      key: 'nominations',
      label: 'Giới thiệu người tốt, việc tốt chờ xử lý',
      value: nominations,
      href: listHref('nominations', { status: { equals: 'new' } }),
      attention: nominations > 0,
    },
    {
      key: 'commendations',
      label: 'Đề nghị khen thưởng chờ thẩm định, duyệt',
      value: commendations,
      href: listHref('commendations', { status: { in: COMMENDATION_WAITING } }),
      attention: commendations > 0,
    },
    {
      key: 'followUps',
      label: 'Kiến nghị kiểm tra chưa hoàn thành',
      value: followUps,
      href: listHref('inspections', { followUpStatus: { in: FOLLOW_UP_OPEN } }),
    },
    { key: 'reports', label: 'Báo cáo năm đang tổng hợp', value: reports, href: '/admin/bao-cao' },
  ]
  return {
    role: req.user?.role === 'admin' ? 'admin' : 'organizer',
    year,
    quota: {
      units: quota.visible.length,
      met: quota.visible.filter((r) => r.met).length,
      short: quota.visible.filter((r) => !r.met).length,
      recognised: quota.figures.recognised,
      inPublication: quota.figures.inPublication,
    },
    figures,
    contests: stages.map((s) => ({
      label: `${s.title} (${s.year})`,
      href: stageHref(s),
      stage: s.stage,
      next: s.next,
      linkText: LINK_TEXT[s.target],
    })),
  }
}
