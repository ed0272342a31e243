import type { Payload } from 'payload'
import { uniq } from './fixtures'

/** A contest in judging with a two-criterion preliminary rubric (content 60 %, form 40 %, both out of 10). */
export async function makeJudgingContest(
  payload: Payload,
  opts: { final?: boolean; judgesPerEntry?: number; prizeCounts?: Record<string, number> } = {},
) {
  const rubric = [
    { key: 'noiDung', label: 'Nội dung', weight: 60, maxScore: 10 },
    { key: 'hinhThuc', label: 'Hình thức', weight: 40, maxScore: 10 },
  ]
  const contest = await payload.create({
    collection: 'contests',
    data: {
      title: `Cuộc thi viết ${uniq('ct')}`,
      year: 2026,
      status: 'judging',
      opensAt: '2026-01-01T00:00:00Z',
      deadline: '2026-03-01T00:00:00Z',
      judgesPerEntry: opts.judgesPerEntry ?? 3,
      rounds: [{ round: 'preliminary', rubric }, ...(opts.final ? [{ round: 'final' as const, rubric }] : [])],
    },
    overrideAccess: true,
  })
  const category = await payload.create({
    collection: 'contestCategories',
    data: {
      contest: contest.id,
      name: `Báo in ${uniq()}`,
      medium: 'print',
      prizeCounts: { A: 1, B: 1, C: 1, encouragement: 0, ...opts.prizeCounts },
    },
    overrideAccess: true,
  })
  return { contest, category }
}

export async function makeEntry(
  payload: Payload,
  data: {
    contest: number
    category: number
    author: number
    title?: string
    outlet?: number
    coAuthors?: { fullName: string; email?: string; penName?: string }[]
    submittedAt?: string
    status?: string
  },
) {
  const entry = await payload.create({
    collection: 'entries',
    data: {
      ...data,
      title: data.title ?? `Tác phẩm ${uniq()}`,
      submittedAt: data.submittedAt ?? '2026-02-01T00:00:00Z',
      status: 'submitted',
    } as never,
    overrideAccess: true,
    depth: 0,
  })
  const status = data.status ?? 'eligible'
  if (status === 'submitted') return entry
  return payload.update({ collection: 'entries', id: entry.id, data: { status } as never, overrideAccess: true, depth: 0 })
}

/** Marks for a total t (0–100) on the two-criterion rubric: t/10 on both criteria gives 0.6·t + 0.4·t = t. */
export const marksFor = (total: number) => [
  { key: 'noiDung', score: total / 10 },
  { key: 'hinhThuc', score: total / 10 },
]
