import type { Endpoint, PayloadRequest } from 'payload'
import { hasRole } from '../../access/user'
import { PRIZE_LABELS } from '../../domain/contest/labels'
import { allocatePrizes, type Prize } from '../../domain/judging/prizes'
import { writeAudit } from '../../lib/audit'
import { readJsonBody } from '../../lib/http'
import type { Contest } from '../../payload-types'
import { badRequest, errorResponse, loadContest, parseId, parseRound, roundConfig, ROUND_NAME, type Round } from './context'
import { leaderboard } from './leaderboardQuery'
import { inTransaction } from './transaction'

export interface AllocatedPrize {
  entry: number
  category: number
  prize: Prize
  rank: number
  title: string
  code: string | null
}

const organiserOnly = (req: PayloadRequest) =>
  hasRole(req.user, 'admin', 'organizer') ? null : errorResponse(403, 'Chỉ ban tổ chức được xét, duyệt và công bố giải.')

const allocationOf = (contest: Contest): AllocatedPrize[] => (Array.isArray(contest.results?.allocation) ? (contest.results.allocation as unknown as AllocatedPrize[]) : [])

/** The round prizes come from: the final when the contest has one, else the preliminary. */
const prizeRound = (contest: Contest): Round => (roundConfig(contest, 'final') ? 'final' : 'preliminary')

/**
 * POST /api/contests/:id/prizes {round?, force?: entryIds} — proposes A/B/C/encouragement prizes per category from
 * the closed round's ranking and the category's prize counts; entries with a missing sheet are passed over unless
 * forced. Replaces any earlier, unapproved proposal. Audited.
 */
export const allocatePrizesEndpoint: Endpoint = {
  path: '/:id/prizes',
  method: 'post',
  handler: async (req) => {
    const denied = organiserOnly(req)
    if (denied) return denied
    const contest = await loadContest(req, req.routeParams?.id)
    if (contest.status === 'resultsPublished') throw badRequest('Kết quả đã công bố, không xét lại giải.')
    const body = await readJsonBody(req)
    const round = body.round == null ? prizeRound(contest) : parseRound(body.round)
    const config = roundConfig(contest, round)
    if (!config) throw badRequest(`Cuộc thi chưa cấu hình vòng ${ROUND_NAME[round]}.`)
    if (!config.closed) throw badRequest(`Vòng ${ROUND_NAME[round]} chưa kết thúc; kết thúc vòng trước khi xét giải.`)
    const force = body.force == null ? [] : Array.isArray(body.force) ? body.force.map((id) => parseId(id, 'Mã tác phẩm')) : null
    if (!force) throw badRequest('force phải là danh sách mã tác phẩm.')

    const rows = await leaderboard(req, { contest: contest.id, round })
    const categories = await req.payload.find({ collection: 'contestCategories', where: { contest: { equals: contest.id } }, depth: 0, limit: 0, pagination: false, overrideAccess: true, req, locale: 'vi' })
    const allocation: AllocatedPrize[] = []
    const skipped: number[] = []
    for (const cat of categories.docs) {
      const ranking = rows.filter((r) => r.category === cat.id)
      const result = allocatePrizes(ranking, cat.prizeCounts ?? {}, force)
      skipped.push(...result.skipped.map(Number))
      for (const a of result.awards) {
        const row = ranking.find((r) => r.entry === Number(a.entry))!
        allocation.push({ entry: row.entry, category: cat.id, prize: a.prize, rank: row.rank, title: row.title, code: row.code })
      }
    }
    await inTransaction(req, 'Không thể lưu đề xuất giải', async () => {
      await req.payload.update({
        collection: 'contests',
        id: contest.id,
        data: { results: { round, allocation: allocation as never, allocatedAt: new Date().toISOString(), approved: false, approvedBy: null, approvedAt: null } },
        overrideAccess: true,
        depth: 0,
        req,
      })
      await writeAudit(req, { action: 'judging.prizesProposed', collection: 'contests', docId: contest.id, before: { allocation: allocationOf(contest) }, after: { round, allocation, skipped, force } })
    })
    return Response.json({ round, allocation, skipped, message: `Đã đề xuất ${allocation.length} giải${skipped.length ? `; ${skipped.length} tác phẩm thiếu phiếu chấm bị bỏ qua` : ''}. Cần phê duyệt trước khi công bố.` })
  },
}

/** POST /api/contests/:id/prizes/approve — an organiser approves the proposed prizes. Audited. */
export const approvePrizesEndpoint: Endpoint = {
  path: '/:id/prizes/approve',
  method: 'post',
  handler: async (req) => {
    const denied = organiserOnly(req)
    if (denied) return denied
    const contest = await loadContest(req, req.routeParams?.id)
    if (contest.status === 'resultsPublished') throw badRequest('Kết quả đã công bố.')
    const allocation = allocationOf(contest)
    if (!contest.results?.allocatedAt) throw badRequest('Chưa có đề xuất giải để phê duyệt.')
    if (contest.results?.approved) throw badRequest('Đề xuất giải đã được phê duyệt.')
    await inTransaction(req, 'Không thể phê duyệt giải', async () => {
      await req.payload.update({
        collection: 'contests',
        id: contest.id,
        data: { results: { ...contest.results, approved: true, approvedBy: Number(req.user!.id), approvedAt: new Date().toISOString() } },
        overrideAccess: true,
        depth: 0,
        req,
      })
      await writeAudit(req, { action: 'judging.prizesApproved', collection: 'contests', docId: contest.id, after: { allocation } })
    })
    return Response.json({ approved: true, allocation, message: `Đã phê duyệt ${allocation.length} giải.` })
  },
}

/**
 * POST /api/contests/:id/publish — publishes approved results: each winner gets its prize and status `awarded`,
 * the contest becomes `resultsPublished`, and a results mail per winner is queued (sent after commit by the job
 * `sendResultMail`). One transaction, audited.
 */
export const publishResultsEndpoint: Endpoint = {
  path: '/:id/publish',
  method: 'post',
  handler: async (req) => {
    const denied = organiserOnly(req)
    if (denied) return denied
    const contest = await loadContest(req, req.routeParams?.id)
    if (contest.status === 'resultsPublished') throw badRequest('Kết quả đã được công bố trước đó.')
    if (!contest.results?.approved) throw badRequest('Đề xuất giải chưa được phê duyệt.')
    const allocation = allocationOf(contest)
    const publishedAt = new Date().toISOString()
    await inTransaction(req, 'Không thể công bố kết quả', async () => {
      for (const a of allocation) {
        const entry = await req.payload.findByID({ collection: 'entries', id: a.entry, depth: 0, overrideAccess: true, req, select: { status: true } })
        if (entry.status === 'eligible') await req.payload.update({ collection: 'entries', id: a.entry, data: { status: 'shortlisted' }, overrideAccess: true, depth: 0, req })
        await req.payload.update({ collection: 'entries', id: a.entry, data: { status: 'awarded', prize: a.prize }, overrideAccess: true, depth: 0, req })
        await req.payload.jobs.queue({ task: 'sendResultMail', input: { entryId: a.entry }, req })
      }
      await req.payload.update({
        collection: 'contests',
        id: contest.id,
        data: { status: 'resultsPublished', results: { ...contest.results, publishedAt } },
        overrideAccess: true,
        depth: 0,
        req,
      })
      await writeAudit(req, {
        action: 'judging.resultsPublished',
        collection: 'contests',
        docId: contest.id,
        before: { status: contest.status },
        after: { status: 'resultsPublished', awards: allocation.map((a) => ({ entry: a.entry, prize: a.prize, label: PRIZE_LABELS[a.prize].vi })) },
      })
    })
    return Response.json({ published: true, publishedAt, awarded: allocation.length, message: `Đã công bố kết quả: ${allocation.length} tác phẩm đạt giải.` })
  },
}
