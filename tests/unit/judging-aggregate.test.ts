import { describe, expect, it } from 'vitest'
import { aggregate, compareResults, sampleSd, trimmedMean, zScores } from '../../src/domain/judging/aggregate'
import { WORKED_ENTRIES, WORKED_SCORES } from '../helpers/judgingWorkedExample'

describe('the worked example (see the comment in src/domain/judging/aggregate.ts)', () => {
  const results = aggregate(WORKED_SCORES, WORKED_ENTRIES)
  const byEntry = Object.fromEntries(results.map((r) => [r.entry, r]))

  it('standardises each judge over their own scores', () => {
    const z = zScores(WORKED_SCORES)
    expect(Object.fromEntries(z)).toEqual({
      'E1|J1': 1,
      'E2|J1': 0,
      'E3|J1': -1,
      'E1|J2': -1,
      'E2|J2': 1,
      'E3|J2': 0,
      'E1|J3': 0, // one score
      'E2|J4': 0,
      'E3|J4': 0, // no spread
    })
  })
  it.each([
    [
      'E1',
      { n: 3, assigned: 3, rawMean: 215 / 3, zMean: 0, trimmedMean: 75, min: 50, max: 90, disagreement: true, missing: false, rank: 2 },
    ],
    [
      'E2',
      { n: 3, assigned: 4, rawMean: 70, zMean: 1 / 3, trimmedMean: 70, min: 60, max: 80, disagreement: false, missing: true, rank: 1 },
    ],
    [
      'E3',
      {
        n: 3,
        assigned: 3,
        rawMean: 190 / 3,
        zMean: -1 / 3,
        trimmedMean: 60,
        min: 60,
        max: 70,
        disagreement: false,
        missing: false,
        rank: 3,
      },
    ],
    [
      'E4',
      {
        n: 0,
        assigned: 2,
        rawMean: null,
        zMean: null,
        trimmedMean: null,
        min: null,
        max: null,
        disagreement: false,
        missing: true,
        rank: 4,
      },
    ],
  ])('%s', (entry, expected) => {
    const r = byEntry[entry]
    for (const [k, v] of Object.entries(expected)) {
      if (typeof v === 'number' && !Number.isInteger(v)) expect(r[k as keyof typeof r], k).toBeCloseTo(v, 10)
      else expect(r[k as keyof typeof r], k).toEqual(v)
    }
  })
  it('ranks by z-mean, so the harsh and the generous judge count alike', () => {
    expect(results.map((r) => r.entry)).toEqual(['E2', 'E1', 'E3', 'E4'])
  })
})

describe('helpers', () => {
  it.each([
    [[], null],
    [[80], 80],
    [[80, 60], 70],
    [[90, 50, 75], 75],
    [[10, 20, 30, 100], 25],
    [[70, 70, 70], 70],
  ])('trimmedMean(%j) = %s', (totals, expected) => expect(trimmedMean(totals)).toBe(expected))
  it.each([
    [[5], null],
    [[60, 60], 0],
    [[70, 80, 90], 10],
    [[55, 65], Math.sqrt(50)],
  ])('sampleSd(%j) = %s', (xs, expected) => expect(sampleSd(xs)).toBe(expected))
  it('flags disagreement above 30 points only', () => {
    const r = aggregate(
      [
        { entry: 1, judge: 1, total: 60 },
        { entry: 1, judge: 2, total: 90 },
        { entry: 2, judge: 1, total: 50 },
        { entry: 2, judge: 2, total: 80.5 },
      ],
      [
        { id: 1, assigned: 2 },
        { id: 2, assigned: 2 },
      ],
    )
    expect(Object.fromEntries(r.map((x) => [x.entry, x.disagreement]))).toEqual({ 1: false, 2: true })
  })
})

describe('tie-break', () => {
  const base = {
    entry: 1,
    n: 2,
    assigned: 2,
    rawMean: 70,
    zMean: 0.5,
    trimmedMean: 70,
    min: 60,
    max: 80,
    disagreement: false,
    missing: false,
    submittedAt: '2026-03-02T00:00:00.000Z',
  }
  it.each([
    ['higher z-mean', { zMean: 0.6 }],
    ['same z, higher raw mean', { rawMean: 71 }],
    ['same z and raw, more scores', { n: 3 }],
    ['all equal, submitted earlier', { submittedAt: '2026-03-01T23:59:59.000Z' }],
    ['any mean beats none', { zMean: -2, rawMean: 1, _otherNull: true }],
  ])('%s wins', (_label, better) => {
    const worse =
      'zMean' in better && (better as { _otherNull?: boolean })._otherNull
        ? { ...base, entry: 2, zMean: null, rawMean: null }
        : { ...base, entry: 2 }
    const winner = { ...base, ...better, entry: 9 }
    expect(compareResults(winner, worse)).toBeLessThan(0)
    expect(compareResults(worse, winner)).toBeGreaterThan(0)
  })
})
