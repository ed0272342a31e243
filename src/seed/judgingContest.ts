import type { Payload } from 'payload'
import { richTextFromParagraphs } from '../lib/lexical'
import { contestRounds, seedCategories } from './contest'
import { entrantIds } from './finishedContest'

const DAY = 24 * 60 * 60 * 1000
export const JUDGE_EMAIL = 'giamkhao@guongsang.local'
export const judgingContestTitle = (year: number) => `Cuộc thi viết “Người tốt quanh ta” năm ${year}`

/** The entries in judging; the demo judge scores each in the preliminary round: `sheet` is how far they got. */
export const JUDGING_WORKS: { author: string; title: string; sheet: 'submitted' | 'draft' | 'none' }[] = [
  { author: 'tacgia.hoa@guongsang.local', title: 'Chị bán vé số nuôi mười hai đứa trẻ mồ côi', sheet: 'submitted' },
  { author: 'tacgia.dung@guongsang.local', title: 'Ông lão chèo đò miễn phí bốn mươi năm', sheet: 'submitted' },
  { author: 'tacgia.ly@guongsang.local', title: 'Bếp cơm từ thiện ở bệnh viện tỉnh', sheet: 'draft' },
  { author: 'phongvien@guongsang.local', title: 'Cô giáo dạy bơi cho trẻ em làng biển', sheet: 'none' },
  { author: 'tacgia.hoa@guongsang.local', title: 'Người thợ sửa xe miễn phí cho học sinh nghèo', sheet: 'none' },
]

const marks = (n: number) => ['noiDung', 'hinhThuc', 'tacDong'].map((key) => ({ key, score: n }))

/**
 * A contest in judging (deadline passed, entries screened), with the demo judge assigned in the preliminary round:
 * some score sheets submitted, one saved as a draft, the rest not started. Added once (found by its title).
 */
export async function seedJudgingContest(payload: Payload, organizerUnit?: number): Promise<void> {
  const now = Date.now()
  const year = new Date(now).getFullYear()
  const title = judgingContestTitle(year)
  const existing = await payload.find({
    collection: 'contests',
    where: { title: { equals: title } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  if (existing.docs.length) return
  const judge = (
    await payload.find({ collection: 'users', where: { email: { equals: JUDGE_EMAIL } }, limit: 1, depth: 0, overrideAccess: true })
  ).docs[0]
  if (!judge) return
  const authors = await entrantIds(payload)
  const deadline = now - 20 * DAY
  const contest = await payload.create({
    collection: 'contests',
    overrideAccess: true,
    data: {
      title,
      year,
      status: 'judging',
      organizer: organizerUnit,
      summary: 'Cuộc thi đã hết hạn nhận bài, các tác phẩm hợp lệ đang được chấm sơ khảo.',
      rules: richTextFromParagraphs(['Mỗi tác giả gửi tối đa 03 tác phẩm đã đăng, phát trong thời gian quy định.']) as never,
      opensAt: new Date(now - 90 * DAY).toISOString(),
      deadline: new Date(deadline).toISOString(),
      worksFrom: `${year - 1}-01-01`,
      worksTo: new Date(deadline).toISOString().slice(0, 10),
      maxEntriesPerAuthor: 3,
      judgesPerEntry: 1,
      timeline: [
        { label: 'Phát động cuộc thi', date: new Date(now - 90 * DAY).toISOString() },
        { label: 'Hạn cuối nhận tác phẩm', date: new Date(deadline).toISOString() },
        { label: 'Hạn chấm sơ khảo', date: new Date(now + 10 * DAY).toISOString() },
        { label: 'Hạn chấm chung khảo', date: new Date(now + 30 * DAY).toISOString() },
      ],
      rounds: contestRounds() as never,
    },
  })
  const category = (await seedCategories(payload, contest.id)).get('online')!
  for (const [i, w] of JUDGING_WORKS.entries()) {
    const entry = await payload.create({
      collection: 'entries',
      overrideAccess: true,
      data: {
        contest: contest.id,
        category,
        title: w.title,
        author: authors.get(w.author)!,
        body: richTextFromParagraphs([`${w.title}: câu chuyện bình dị mà cảm động (dữ liệu minh họa).`]) as never,
        publishedOn: new Date(deadline - (30 + i) * DAY).toISOString().slice(0, 10),
        originalityDeclared: true,
        status: 'eligible',
        submittedAt: new Date(deadline - (5 + i) * DAY).toISOString(),
      },
    })
    const assignment = await payload.create({
      collection: 'judgeAssignments',
      overrideAccess: true,
      data: { entry: entry.id, judge: judge.id, round: 'preliminary', status: 'assigned' },
    })
    if (w.sheet === 'none') continue
    await payload.create({
      collection: 'scores',
      overrideAccess: true,
      data: {
        assignment: assignment.id,
        criteria: marks(8 - i) as never,
        comment: 'Tác phẩm có chủ đề rõ, nhân vật chân thực.',
        locked: w.sheet === 'submitted',
      } as never,
    })
  }
}
