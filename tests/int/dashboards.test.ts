import type { Payload, TypedUser, Where } from 'payload'
import { exemplars } from '../../src/seed/data/exemplars'
import { contestTitle } from '../../src/seed/contest'
import { judgingContestTitle } from '../../src/seed/judgingContest'
import { COMMENDATIONS, INSPECTIONS, NOMINATIONS, OFFICER_EXEMPLARS } from '../../src/seed/workStates'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ACCESS_TABLE } from '../../src/access/table'
import { hiddenFor, screensFor } from '../../src/access/navigation'
import { ROLES, type Role } from '../../src/domain/roles'
import { seedDemo } from '../../src/seed/run'
import { loadRoleDashboard } from '../../src/server/dashboard'
import type { EditorDashboard } from '../../src/server/dashboard/editor'
import type { JudgeDashboard } from '../../src/server/dashboard/judge'
import type { OrganizerDashboard } from '../../src/server/dashboard/organizer'
import type { UnitOfficerDashboard } from '../../src/server/dashboard/unitOfficer'
import { testPayload } from '../helpers/payload'
import { loadQuota } from '../../src/lib/quota/loadQuota'

let payload: Payload
/** A fixed day, so the year and the 30-day campaign window are those worked out by hand below. */
const NOW = new Date('2026-11-27T03:00:00Z')

const userOf = async (email: string): Promise<TypedUser> => {
  const found = await payload.find({ collection: 'users', where: { email: { equals: email } }, limit: 1, depth: 0, overrideAccess: true })
  return { ...found.docs[0], collection: 'users' } as TypedUser
}
const dashboardOf = async <T>(email: string) => (await loadRoleDashboard(payload, await userOf(email), NOW)) as T

/** Records matching `where` that the seed did not make (other test files of a full run add some). */
const notSeeded = async (
  collection: 'exemplars' | 'nominations' | 'commendations' | 'inspections' | 'annualReports',
  where: Where,
  key: string,
  seeded: string[],
) =>
  (
    await payload.count({
      collection,
      where: { and: [where, ...(seeded.length ? [{ or: [{ [key]: { not_in: seeded } }, { [key]: { exists: false } }] }] : [])] },
      overrideAccess: true,
    })
  ).totalDocs

beforeAll(async () => {
  payload = await testPayload()
  await seedDemo(payload)
}, 300_000)
afterAll(() => payload.destroy())

describe('role dashboards on the demo data', () => {
  it('judge: one contest in judging, 2 of 5 preliminary sheets submitted, its closing date and the next sheet', async () => {
    const d = await dashboardOf<JudgeDashboard>('giamkhao@guongsang.local')
    expect(d.role).toBe('judge')
    expect(d).toMatchObject({ contests: 1, done: 2, total: 5 })
    expect(d.rounds).toHaveLength(1)
    expect(d.rounds[0]).toMatchObject({ round: 'preliminary', done: 2, total: 5, conflicts: 0, closed: false })
    expect(d.rounds[0].closesOn).toMatch(/^\d{2}\/\d{2}\/\d{4}$/)
    expect(d.rounds[0].nextHref).toMatch(/^\/admin\/cham-bai\?phan-cong=\d+$/)
  })

  it('unit officer: the unit’s 2026 targets, exemplars waiting, its missing criteria set, no report yet', async () => {
    const d = await dashboardOf<UnitOfficerDashboard>('canbo.xa@guongsang.local')
    expect(d.role).toBe('unitOfficer')
    expect(d.year).toBe(2026)
    // Xã Phước Dinh alone carries 2026 targets (its predecessors closed in 2025); no 2026 exemplar is recognised yet
    expect(d.unitName).toBe('Xã Phước Dinh')
    expect(d.targets).toMatchObject({ units: 1, met: 0, short: 1, shortUnits: ['Xã Phước Dinh'] })
    // the two demo records of the commune: a new factor and one being nurtured
    expect(d.waiting.total).toBe(2)
    expect(d.waiting.byStatus.map((s) => [s.status, s.count])).toEqual([
      ['newFactor', 1],
      ['nurturing', 1],
    ])
    // the demo leaves the officer's own unit without a 2026 criteria set
    expect(d.missingCriteria.map((m) => m.label)).toEqual(['Xã Phước Dinh'])
    expect(d.latestReport).toBeNull()
  })

  it('editor: two drafts to review, one planned article assigned, one campaign date without an article in the next 30 days', async () => {
    const d = await dashboardOf<EditorDashboard>('bientap@guongsang.local')
    expect(d.awaitingReview.count).toBe(2)
    expect(d.assignedToMe.map((a) => a.label)).toEqual(['Gương đảng viên trẻ ở xã đảo (minh họa)'])
    // 27/11/2026 + 30 days: only 22/12 (Quân đội nhân dân) falls inside; nothing is planned for it
    expect(d.campaignGaps.map((g) => g.note)).toEqual(['22/12/2026'])
  })

  it('organizer and admin: decisions, nominations, commendations and follow-ups waiting, each contest’s next step', async () => {
    for (const email of ['sonoivu@guongsang.local', 'quantri@guongsang.local']) {
      const d = await dashboardOf<OrganizerDashboard>(email)
      const value = (key: string) => d.figures.find((f) => f.key === key)?.value
      // exemplars: 4 proposed to the province + 1 to the centre; nominations: 3 new (1 rejected);
      // commendations: proposed + appraising; inspections: open + in progress
      // (plus what other test files of the same run added: records that are not the seed's)
      expect([value('decisions'), value('nominations'), value('commendations'), value('followUps'), value('reports')]).toEqual([
        5 +
          (await notSeeded(
            'exemplars',
            { status: { in: ['proposedToProvince', 'proposedToCentral'] } },
            'slug',
            [...exemplars, ...OFFICER_EXEMPLARS].map((e) => e.slug),
          )),
        3 +
          (await notSeeded(
            'nominations',
            { status: { equals: 'new' } },
            'nomineeName',
            NOMINATIONS.map((n) => n.nomineeName),
          )),
        2 +
          (await notSeeded(
            'commendations',
            { status: { in: ['proposed', 'appraising'] } },
            'recipientName',
            COMMENDATIONS.map((c) => c.recipientName),
          )),
        2 +
          (await notSeeded(
            'inspections',
            { followUpStatus: { in: ['open', 'inProgress'] } },
            'team',
            INSPECTIONS.map((i) => i.team),
          )),
        await notSeeded('annualReports', { status: { in: ['queued', 'running'] } }, 'title', []),
      ])
      expect(d.year).toBe(2026)
      // the 2026 demo plan's units: none has a 2026 recognition yet
      const foreign = (await loadQuota(payload, 2026)).rows.filter((r) => !/^(NT|KH)(-|$)/.test(r.unit.code)).length
      expect(d.quota).toMatchObject({ units: 41 + foreign, met: 0, short: 41 + foreign })
      // the open contest still takes entries (no step yet); the one in judging; last year's, published
      // the demo's contests (other test files of the same run add contests of their own)
      const demo = d.contests.filter((c) =>
        [2024, 2025, 2026, 2027].some((y) => [contestTitle(y), judgingContestTitle(y)].some((t) => c.label.startsWith(t))),
      )
      expect(
        demo.map((c) => [c.stage, !!c.href && (c.href.startsWith('/admin/xep-hang?cuoc-thi=') || c.href.endsWith('/ket-qua'))]),
      ).toEqual([
        ['Đang chấm vòng sơ khảo', true],
        ['Đã công bố kết quả', true],
      ])
    }
  })
})

describe('navigation per role', () => {
  it('hides exactly the collections the access table gives the role no read; administrators see everything', () => {
    for (const role of ROLES) {
      const user = { id: 1, role }
      const hidden = Object.keys(ACCESS_TABLE).filter((slug) => !ACCESS_TABLE[slug].builtIn && hiddenFor(slug)({ user }))
      const noRead = Object.keys(ACCESS_TABLE).filter((slug) => !ACCESS_TABLE[slug].builtIn && !ACCESS_TABLE[slug].ops.read?.[role as Role])
      expect(hidden, role).toEqual(role === 'admin' ? [] : noRead)
    }
  })

  it('applies the rule to every collection of the config', () => {
    const collections = payload.config.collections.filter((c) => ACCESS_TABLE[c.slug] && !ACCESS_TABLE[c.slug].builtIn)
    for (const role of ROLES) {
      const hidden = collections
        .filter((c) => typeof c.admin.hidden === 'function' && c.admin.hidden({ user: { id: 1, role } as never }))
        .map((c) => c.slug)
      expect(hidden.sort(), role).toEqual(
        collections
          .map((c) => c.slug)
          .filter((slug) => role !== 'admin' && !ACCESS_TABLE[slug].ops.read?.[role])
          .sort(),
      )
    }
  })

  it('lists the custom screens each role works on', () => {
    const paths = (role: Role) => screensFor({ id: 1, role }).map((s) => s.path)
    expect(paths('judge')).toEqual(['/admin/cham-bai'])
    expect(paths('editor')).toEqual(['/admin/lich-tuyen-truyen'])
    expect(paths('unitOfficer')).toEqual(['/admin/chi-tieu', '/admin/bao-cao'])
    expect(paths('organizer')).toEqual([
      '/admin/xep-hang',
      '/admin/chi-tieu',
      '/admin/sap-xep-don-vi',
      '/admin/bao-cao',
      '/admin/lich-tuyen-truyen',
    ])
    expect(paths('admin')).toHaveLength(6)
    expect(paths('journalist')).toEqual([])
  })
})
