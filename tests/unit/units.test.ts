import { describe, expect, it } from 'vitest'
import { ancestorsOf, descendantsOf, predecessorsOf } from '../../src/domain/units/tree'
import { isValidDuringYear, isValidOn, vnDay } from '../../src/domain/units/validity'

// province 1 > district 2 > communes 3, 4; communes 3 and 4 merged into 5 (under province 9)
const tree = [
  { id: 1, parent: null },
  { id: 2, parent: 1 },
  { id: 3, parent: 2, successors: [5] },
  { id: 4, parent: 2, successors: [5] },
  { id: 9, parent: null },
  { id: 5, parent: 9, successors: [6] },
  { id: 6, parent: 9 },
]

describe('unit tree', () => {
  it('collects a subtree including the root', () => {
    expect([...descendantsOf([1], tree)].sort()).toEqual([1, 2, 3, 4])
    expect([...descendantsOf([3], tree)]).toEqual([3])
  })
  it('follows successors backwards through chains of reorganisations', () => {
    expect([...predecessorsOf(5, tree)].sort()).toEqual([3, 4])
    expect([...predecessorsOf(6, tree)].sort()).toEqual([3, 4, 5])
    expect([...predecessorsOf(1, tree)]).toEqual([])
  })
  it('lists ancestors up to the root', () => expect(ancestorsOf(3, tree)).toEqual([2, 1]))
})

describe('validity', () => {
  const closed = { validFrom: '2020-01-01', validTo: '2025-06-30' }
  const opened = { validFrom: '2025-07-01' }
  it.each([
    [closed, '2025-06-30', true],
    [closed, '2025-07-01', false],
    [opened, '2025-06-30', false],
    [opened, '2025-07-01', true],
    [opened, '2030-01-01', true],
  ])('%o valid on %s: %s', (unit, day, expected) => expect(isValidOn(unit, day)).toBe(expected))

  it('a unit closed mid-year and its successor are both valid during that year', () => {
    expect(isValidDuringYear(closed, 2025)).toBe(true)
    expect(isValidDuringYear(opened, 2025)).toBe(true)
    expect(isValidDuringYear(closed, 2026)).toBe(false)
    expect(isValidDuringYear(opened, 2024)).toBe(false)
  })

  it('reads the calendar day in Vietnam, not UTC', () => {
    // 30/6/2025 23:30 UTC is already 1/7/2025 in Vietnam (UTC+7)
    expect(vnDay('2025-06-30T23:30:00Z')).toBe('2025-07-01')
    expect(vnDay('2025-06-30T16:59:59Z')).toBe('2025-06-30')
  })
})

describe('successorsOf', () => {
  it('follows successors forwards through chains', async () => {
    const { successorsOf } = await import('../../src/domain/units/tree')
    expect(successorsOf(3, tree).sort()).toEqual([5, 6])
    expect(successorsOf(6, tree)).toEqual([])
  })
})
