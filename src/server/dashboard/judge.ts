import type { PayloadRequest } from 'payload'
import { refId } from '../../access/user'
import { ROUND_LABELS } from '../../domain/contest/labels'
import { formatVnDate } from '../../domain/time/vietnam'
import { assignmentsOfJudge } from '../judging/judgeAssignments'
import { asUser } from './types'

type Round = keyof typeof ROUND_LABELS

export interface JudgeRound {
  contestId: number
  contestTitle: string
  round: Round
  roundLabel: string
  done: number
  total: number
  /** assignments the judge declared a conflict on (they no longer count) */
  conflicts: number
  /** the contest's milestone for the end of this round, dd/MM/yyyy, when it has one */
  closesOn: string | null
  closed: boolean
  /** the first sheet still to score: where the judge scores it or declares a conflict of interest */
  nextHref: string | null
}

export interface JudgeDashboard {
  role: 'judge'
  contests: number
  done: number
  total: number
  rounds: JudgeRound[]
}

const ROUND_WORD: Record<Round, string> = { preliminary: 'sơ khảo', final: 'chung khảo' }

/** A judge's assigned rounds, each with its progress (sheets submitted of those to score) and its closing date. */
export async function loadJudgeDashboard(req: PayloadRequest): Promise<JudgeDashboard> {
  const user = req.user!
  const assignments = await assignmentsOfJudge(req, user)
  const entryIds = [...new Set(assignments.docs.map((a) => Number(refId(a.entry))))]
  const entries = entryIds.length
    ? await req.payload.find({
        collection: 'entries',
        where: { id: { in: entryIds } },
        depth: 0,
        limit: 0,
        pagination: false,
        select: { contest: true },
        ...asUser(req),
      })
    : { docs: [] }
  const contestOf = new Map(entries.docs.map((e) => [e.id, Number(refId(e.contest))]))
  const contestIds = [...new Set(contestOf.values())]
  const contests = contestIds.length
    ? await req.payload.find({
        collection: 'contests',
        where: { id: { in: contestIds } },
        depth: 0,
        limit: 0,
        pagination: false,
        locale: 'vi',
        select: { title: true, rounds: true, timeline: true },
        ...asUser(req),
      })
    : { docs: [] }

  const rounds: JudgeRound[] = []
  for (const c of contests.docs) {
    for (const round of Object.keys(ROUND_LABELS) as Round[]) {
      const mine = assignments.docs.filter((a) => a.round === round && contestOf.get(Number(refId(a.entry))) === c.id)
      if (!mine.length) continue
      const active = mine.filter((a) => a.status !== 'conflict')
      const next = active.find((a) => a.status === 'assigned')
      const milestone = (c.timeline ?? []).find((t) => t.label?.toLowerCase().includes(ROUND_WORD[round]))
      rounds.push({
        contestId: c.id,
        contestTitle: c.title,
        round,
        roundLabel: ROUND_LABELS[round].vi,
        done: active.filter((a) => a.status === 'submitted').length,
        total: active.length,
        conflicts: mine.length - active.length,
        closesOn: milestone?.date ? formatVnDate(milestone.date) : null,
        closed: !!(c.rounds ?? []).find((r) => r.round === round)?.closed,
        nextHref: next ? `/admin/cham-bai?phan-cong=${next.id}` : null,
      })
    }
  }
  const open = rounds.filter((r) => !r.closed)
  return {
    role: 'judge',
    contests: new Set(open.map((r) => r.contestId)).size,
    done: open.reduce((s, r) => s + r.done, 0),
    total: open.reduce((s, r) => s + r.total, 0),
    rounds,
  }
}
