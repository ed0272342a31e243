import type { PayloadRequest } from 'payload'
import { PRIZE_LABELS } from '../../domain/contest/labels'
import { allocatePrizes, type Prize } from '../../domain/judging/prizes'
import { badRequest } from '../../lib/api/errors'
import { writeAudit } from '../../lib/audit'
import type { Contest } from '../../payload-types'
import { inTransaction } from '../transaction'
import { contestCategoriesOf } from './contestCategories'
import { loadContest, roundConfig, ROUND_NAME, type Round } from './context'
import { leaderboard } from './leaderboard'

export interface AllocatedPrize {
  entry: number
  category: number
  prize: Prize
  rank: number
  title: string
  code: string | null
}

/** The prizes proposed (and perhaps approved) for a contest, as stored on it. */
export const allocationOf = (contest: Contest): AllocatedPrize[] =>
  Array.isArray(contest.results?.allocation) ? (contest.results.allocation as unknown as AllocatedPrize[]) : []

/** The round prizes come from: the final when the contest has one, else the preliminary. */
const prizeRound = (contest: Contest): Round => (roundConfig(contest, 'final') ? 'final' : 'preliminary')

/**
 * Proposes A/B/C/encouragement prizes per category from
 * the closed round's ranking and the category's prize counts; entries with a missing sheet are passed over unless
 * forced. Replaces any earlier, unapproved proposal. Audited.
 */
export async function proposePrizes(req: PayloadRequest, input: { contest: number; round?: Round | null; force?: number[] }) {
  const contest = await loadContest(req, input.contest)
  if (contest.status === 'resultsPublished') throw badRequest('Kết quả đã công bố, không xét lại giải.')
  const round = input.round ?? prizeRound(contest)
  const config = roundConfig(contest, round)
  if (!config) throw badRequest(`Cuộc thi chưa cấu hình vòng ${ROUND_NAME[round]}.`)
  if (!config.closed) throw badRequest(`Vòng ${ROUND_NAME[round]} chưa kết thúc; kết thúc vòng trước khi xét giải.`)
  const force = input.force ?? []

  const rows = await leaderboard(req, { contest: contest.id, round })
  const categories = await contestCategoriesOf(req, contest.id)
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
      data: {
        results: {
          round,
          allocation: allocation as never,
          allocatedAt: new Date().toISOString(),
          approved: false,
          approvedBy: null,
          approvedAt: null,
        },
      },
      overrideAccess: true,
      depth: 0,
      req,
    })
    await writeAudit(req, {
      action: 'judging.prizesProposed',
      collection: 'contests',
      docId: contest.id,
      before: { allocation: allocationOf(contest) },
      after: { round, allocation, skipped, force },
    })
  })
  return {
    round,
    allocation,
    skipped,
    message:
      `Đã đề xuất ${allocation.length} giải${skipped.length ? `; ${skipped.length} tác phẩm thiếu phiếu chấm bị bỏ qua` : ''}. Cần ` +
      `phê duyệt trước khi công bố.`,
  }
}

/** An organizer approves the proposed prizes. Audited. */
export async function approvePrizes(req: PayloadRequest, input: { contest: number }) {
  const contest = await loadContest(req, input.contest)
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
  return { approved: true, allocation, message: `Đã phê duyệt ${allocation.length} giải.` }
}

/**
 * Publishes approved results: each winner gets its prize and status `awarded`,
 * the contest becomes `resultsPublished`, and a results mail per winner is queued (sent after commit by the job
 * `sendResultMail`). One transaction, audited.
 */
export async function publishResults(req: PayloadRequest, input: { contest: number }) {
  const contest = await loadContest(req, input.contest)
  if (contest.status === 'resultsPublished') throw badRequest('Kết quả đã được công bố trước đó.')
  if (!contest.results?.approved) throw badRequest('Đề xuất giải chưa được phê duyệt.')
  const allocation = allocationOf(contest)
  const publishedAt = new Date().toISOString()
  await inTransaction(req, 'Không thể công bố kết quả', async () => {
    for (const a of allocation) {
      const entry = await req.payload.findByID({
        collection: 'entries',
        id: a.entry,
        depth: 0,
        overrideAccess: true,
        req,
        select: { status: true },
      })
      if (entry.status === 'eligible')
        await req.payload.update({
          collection: 'entries',
          id: a.entry,
          data: { status: 'shortlisted' },
          overrideAccess: true,
          depth: 0,
          req,
        })
      await req.payload.update({
        collection: 'entries',
        id: a.entry,
        data: { status: 'awarded', prize: a.prize },
        overrideAccess: true,
        depth: 0,
        req,
      })
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
      after: {
        status: 'resultsPublished',
        awards: allocation.map((a) => ({ entry: a.entry, prize: a.prize, label: PRIZE_LABELS[a.prize].vi })),
      },
    })
  })
  return {
    published: true,
    publishedAt,
    awarded: allocation.length,
    message: `Đã công bố kết quả: ${allocation.length} tác phẩm đạt giải.`,
  }
}
