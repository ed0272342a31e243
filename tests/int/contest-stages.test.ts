import { createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadContestStages } from '../../src/components/admin/judging/ContestStages'
import { makeUser, uniq } from '../helpers/fixtures'
import { makeJudgingContest } from '../helpers/judgingFixtures'
import { testPayload } from '../helpers/payload'

let payload: Payload
beforeAll(async () => {
  payload = await testPayload()
})
afterAll(() => payload.destroy())

describe('"Xếp hạng" says where each contest stands and what to do next', () => {
  it('an open contest past its deadline, a closed one with entries to screen, one in judging; not one still taking entries', async () => {
    const organizer = await makeUser(payload, 'organizer')
    const req = await createLocalReq({ user: { ...organizer, collection: 'users' } as never }, payload)
    const make = (title: string, status: string, deadline: string) =>
      payload.create({
        collection: 'contests',
        data: { title, year: 2026, status, opensAt: '2026-01-01T00:00:00Z', deadline } as never,
        overrideAccess: true,
      })
    const past = await make(`Hết hạn chưa đổi ${uniq()}`, 'open', '2026-03-01T00:00:00Z')
    const running = await make(`Đang nhận ${uniq()}`, 'open', '2099-03-01T00:00:00Z')
    const closed = await make(`Đã đóng ${uniq()}`, 'closed', '2026-03-01T00:00:00Z')
    const { contest: judging } = await makeJudgingContest(payload)
    const closedCategory = await payload.create({
      collection: 'contestCategories',
      data: { contest: closed.id, name: `Báo in ${uniq()}`, medium: 'print' },
      overrideAccess: true,
    })
    const author = await makeUser(payload, 'journalist')
    for (const title of ['Bài chờ thẩm định 1', 'Bài chờ thẩm định 2'])
      await payload.db.create({
        collection: 'entries',
        data: { title, contest: closed.id, category: closedCategory.id, author: author.id, status: 'submitted' },
      })

    const rows = await loadContestStages(req, new Date('2026-06-01T00:00:00Z'))
    const of = (id: number) => rows.find((r) => r.id === id)
    expect(of(running.id)).toBeUndefined()
    expect(of(past.id)).toMatchObject({ target: 'contest', next: expect.stringContaining('"Đã hết hạn nhận bài"') })
    expect(of(closed.id)).toMatchObject({ target: 'entriesToScreen', next: expect.stringContaining('Thẩm định 2 tác phẩm') })
    expect(of(judging.id)).toMatchObject({ target: 'leaderboard', stage: 'Đang chấm vòng sơ khảo' })
  })
})
