import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeUser, PASSWORD, uniq } from '../helpers/fixtures'
import { makeEntry, makeJudgingContest } from '../helpers/judgingFixtures'
import { testPayload } from '../helpers/payload'
import { login, rest } from '../helpers/rest'

let payload: Payload
beforeAll(async () => {
  payload = await testPayload()
})
afterAll(() => payload.destroy())

describe('judges declare their affiliations before assignment', () => {
  it('a judge’s outlets and relatives keep those entries from them from the first round; hand-assigning is refused', async () => {
    const { contest, category } = await makeJudgingContest(payload, { judgesPerEntry: 1 })
    const outlet = await payload.create({
      collection: 'outlets',
      data: { name: `Đài ${uniq()}`, kind: 'newspaper', _status: 'published' },
      overrideAccess: true,
    })
    const relative = await makeUser(payload, 'journalist')
    const stranger = await makeUser(payload, 'journalist')
    const judge = await makeUser(payload, 'judge')
    const other = await makeUser(payload, 'judge')

    // the judge fills in the profile through REST, as in the admin's account page
    const judgeToken = await login(judge.email, PASSWORD)
    const saved = await rest('PATCH', `/users/${judge.id}`, {
      token: judgeToken,
      json: {
        affiliations: {
          outlets: [outlet.id],
          relatives: [{ fullName: 'Trần Văn Con', email: relative.email.toUpperCase(), relation: 'con' }],
        },
      },
    })
    expect(saved.status).toBe(200)

    const byOutlet = await makeEntry(payload, { contest: contest.id, category: category.id, author: stranger.id, outlet: outlet.id })
    const byRelative = await makeEntry(payload, { contest: contest.id, category: category.id, author: relative.id })
    const free = await makeEntry(payload, { contest: contest.id, category: category.id, author: stranger.id })

    const organizerToken = await login((await makeUser(payload, 'organizer')).email, PASSWORD)
    const res = await rest('POST', `/contests/${contest.id}/assign`, {
      token: organizerToken,
      json: { round: 'preliminary', judges: [judge.id, other.id] },
    })
    expect(res.status).toBe(201)
    const assignments = await payload.find({
      collection: 'judgeAssignments',
      where: { entry: { in: [byOutlet.id, byRelative.id, free.id] } },
      depth: 0,
      overrideAccess: true,
      limit: 10,
    })
    const judgeOf = new Map(assignments.docs.map((a) => [Number(a.entry), Number(a.judge)]))
    expect(judgeOf.get(byOutlet.id)).toBe(other.id)
    expect(judgeOf.get(byRelative.id)).toBe(other.id)
    expect(judgeOf.get(free.id)).toBe(judge.id)

    const forced = await rest('POST', '/judgeAssignments', {
      token: organizerToken,
      json: { contest: contest.id, round: 'preliminary', entry: byRelative.id, judge: judge.id },
    })
    expect(forced.status).toBe(400)
    expect(JSON.stringify(forced.body)).toContain('người thân')
  })

  it('another judge cannot read or change a judge’s affiliations', async () => {
    const judge = await makeUser(payload, 'judge')
    const other = await makeUser(payload, 'judge')
    const otherToken = await login(other.email, PASSWORD)
    expect([403, 404]).toContain(
      (await rest('PATCH', `/users/${judge.id}`, { token: otherToken, json: { affiliations: { relatives: [] } } })).status,
    )
    expect([403, 404]).toContain((await rest('GET', `/users/${judge.id}`, { token: otherToken })).status)
  })
})
