import { type PayloadRequest } from 'payload'
import { badRequest, notFound } from '../../lib/api/errors'
import { MAX_DB_INTEGER } from '../../domain/http/dbInteger'
import { isRound, ROUND_NAME, ROUNDS, type Round } from '../../domain/judging/rounds'
import type { RubricCriterion } from '../../domain/judging/weightedTotal'
import type { Contest } from '../../payload-types'

/** What every judging use case shares: reading a round and a contest, the round's settings and rubric. */
export { ROUND_NAME, ROUNDS, type Round }

export function parseRound(value: unknown): Round {
  if (isRound(value)) return value
  throw badRequest('Vòng chấm phải là "preliminary" (sơ khảo) hoặc "final" (chung khảo).')
}

export function parseId(value: unknown, what: string): number {
  const n = Number(value)
  if (value == null || value === '' || !Number.isInteger(n) || n <= 0 || n > MAX_DB_INTEGER) throw badRequest(`${what} không hợp lệ.`)
  return n
}

export async function loadContest(req: PayloadRequest, id: unknown): Promise<Contest> {
  const contestId = parseId(id, 'Mã cuộc thi')
  const contest = await req.payload.findByID({
    collection: 'contests',
    id: contestId,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
    locale: 'vi',
  })
  if (!contest) throw notFound('Không tìm thấy cuộc thi.')
  return contest
}

export function roundConfig(contest: Contest, round: Round) {
  return (contest.rounds ?? []).find((r) => r.round === round) ?? null
}

export function rubricOf(contest: Contest, round: Round): RubricCriterion[] {
  return (roundConfig(contest, round)?.rubric ?? []).map((c) => ({
    key: c.key,
    label: c.label,
    weight: Number(c.weight),
    maxScore: Number(c.maxScore),
  }))
}
