import { describe, expect, it } from 'vitest'
import { assignJudges, conflictOf } from '../../src/domain/judging/assignment'

const judges = [
  { id: 1, email: 'a@gk.vn', workplaceOutlet: 100 },
  { id: 2, email: 'b@gk.vn', workplaceOutlet: null },
  { id: 3, email: 'c@gk.vn', workplaceOutlet: 200 },
  { id: 4, email: 'd@gk.vn' },
]

describe('conflictOf', () => {
  it.each([
    [{ id: 10, outlet: 100 }, judges[0], 'sameOutlet'],
    [{ id: 10, authorId: 2 }, judges[1], 'author'],
    [{ id: 10, authorEmail: 'B@GK.vn ' }, judges[1], 'author'],
    [{ id: 10, coAuthors: [{ email: 'c@gk.vn' }] }, judges[2], 'coAuthor'],
    [{ id: 10, coAuthors: [{ userId: 4 }] }, judges[3], 'coAuthor'],
    [{ id: 10, outlet: 300, authorId: 9, authorEmail: 'x@y.vn' }, judges[0], null],
    [{ id: 10, outlet: null }, { id: 4, workplaceOutlet: null }, null],
  ] as const)('entry %j, judge %j → %s', (entry, judge, expected) => {
    expect(conflictOf(entry as never, judge)).toBe(expected)
  })
  it('affiliations a judge declared before assignment: outlets worked with, relatives among the authors', () => {
    const judge = { id: 7, email: 'g@gk.vn', workplaceOutlet: 100, affiliatedOutlets: [300, 400], relativeEmails: ['Con@Nha.vn'] }
    expect(conflictOf({ id: 1, outlet: 400 }, judge)).toBe('affiliatedOutlet')
    expect(conflictOf({ id: 1, outlet: 500, authorEmail: 'con@nha.vn ' }, judge)).toBe('relative')
    expect(conflictOf({ id: 1, outlet: 500, authorEmail: 'x@y.vn', coAuthors: [{ email: 'CON@nha.vn' }] }, judge)).toBe('relative')
    expect(conflictOf({ id: 1, outlet: 500, authorEmail: 'x@y.vn' }, judge)).toBeNull()
    // from the first round: the balanced assignment gives those entries to the other judges
    const plan = assignJudges({
      entries: [{ id: 1, outlet: 300 }, { id: 2, authorEmail: 'con@nha.vn' }, { id: 3 }],
      judges: [judge, { id: 8 }, { id: 9 }],
      k: 2,
    })
    expect(plan.assignments.filter((a) => a.judge === 7).map((a) => a.entry)).toEqual([3])
    expect(plan.unassignable).toEqual([])
  })
  it('a conflict declared on an entry holds for its author’s entries of the same medium (later contests), not others', () => {
    const declared = [{ judge: 1, entry: 10, authorId: 50, medium: 'print' }]
    expect(conflictOf({ id: 10 }, judges[0], declared)).toBe('declared')
    expect(conflictOf({ id: 99, authorId: 50, medium: 'print' }, judges[0], declared)).toBe('declaredAuthor')
    expect(conflictOf({ id: 99, authorId: 50, medium: 'radio' }, judges[0], declared)).toBeNull()
    expect(conflictOf({ id: 99, authorId: 51, medium: 'print' }, judges[0], declared)).toBeNull()
    expect(conflictOf({ id: 99, authorId: 50, medium: 'print' }, judges[1], declared)).toBeNull()
    const plan = assignJudges({
      entries: [
        { id: 99, authorId: 50, medium: 'print' },
        { id: 98, authorId: 51, medium: 'print' },
      ],
      judges: judges.slice(0, 2),
      k: 2,
      conflicts: declared,
    })
    expect(plan.assignments).toEqual([
      { entry: 98, judge: 1 },
      { entry: 98, judge: 2 },
      { entry: 99, judge: 2 },
    ])
  })
  it('a declared conflict excludes the judge from that entry only', () => {
    expect(conflictOf({ id: 10 }, judges[0], [{ entry: 10, judge: 1 }])).toBe('declared')
    expect(conflictOf({ id: 11 }, judges[0], [{ entry: 10, judge: 1 }])).toBeNull()
  })
})

describe('assignJudges', () => {
  it('gives 4 entries 2 judges each over 4 judges: 2 each, lowest load first, ties by id', () => {
    const plan = assignJudges({ entries: [{ id: 1 }, { id: 2 }, { id: 3 }, { id: 4 }], judges, k: 2 })
    // e1 → 1,2; e2 → 3,4; e3 → 1,2; e4 → 3,4
    expect(plan.assignments).toEqual([
      { entry: 1, judge: 1 },
      { entry: 1, judge: 2 },
      { entry: 2, judge: 3 },
      { entry: 2, judge: 4 },
      { entry: 3, judge: 1 },
      { entry: 3, judge: 2 },
      { entry: 4, judge: 3 },
      { entry: 4, judge: 4 },
    ])
    expect(plan.load.map((l) => l.count)).toEqual([2, 2, 2, 2])
    expect(plan.unassignable).toEqual([])
  })

  it('never picks the author, a co-author, a judge of the same outlet or one who declared a conflict', () => {
    const entries = [{ id: 7, outlet: 100, authorEmail: 'b@gk.vn', coAuthors: [{ userId: 3 }] }]
    const plan = assignJudges({ entries, judges, k: 2 })
    // 1 same outlet, 2 author by email, 3 co-author: only 4 is left
    expect(plan.assignments).toEqual([{ entry: 7, judge: 4 }])
    expect(plan.unassignable).toEqual([{ entry: 7, has: 1, needs: 2 }])
    const declared = assignJudges({ entries: [{ id: 8 }], judges, k: 3, conflicts: [{ entry: 8, judge: 1 }] })
    expect(declared.assignments.map((a) => a.judge)).toEqual([2, 3, 4])
  })

  it('tops up after a conflict: existing assignments count towards k and load, the conflicted judge is not reused', () => {
    const existing = [
      { entry: 1, judge: 2 },
      { entry: 2, judge: 2 },
      { entry: 2, judge: 3 },
    ]
    const plan = assignJudges({ entries: [{ id: 1 }, { id: 2 }], judges, k: 2, existing, conflicts: [{ entry: 1, judge: 1 }] })
    // entry 2 is full; entry 1 needs one: loads 1→0 (conflict), 3→1, 4→0 → judge 4
    expect(plan.assignments).toEqual([{ entry: 1, judge: 4 }])
    expect(plan.load).toEqual([
      { judge: 1, count: 0 },
      { judge: 2, count: 2 },
      { judge: 3, count: 1 },
      { judge: 4, count: 1 },
    ])
  })

  it('serves the entries with fewest eligible judges first, so a scarce judge is not used up elsewhere', () => {
    const two = [
      { id: 1, workplaceOutlet: null },
      { id: 2, workplaceOutlet: 5 },
    ]
    // entry 20 (outlet 5) can only have judge 1; entry 10 can have either
    const plan = assignJudges({ entries: [{ id: 10 }, { id: 20, outlet: 5 }], judges: two, k: 1 })
    expect(plan.assignments).toEqual([
      { entry: 10, judge: 2 },
      { entry: 20, judge: 1 },
    ])
  })

  it('is deterministic whatever the input order', () => {
    const a = assignJudges({ entries: [{ id: 3 }, { id: 1 }, { id: 2 }], judges: [...judges].reverse(), k: 2 })
    const b = assignJudges({ entries: [{ id: 1 }, { id: 2 }, { id: 3 }], judges, k: 2 })
    expect(a).toEqual(b)
  })
})
