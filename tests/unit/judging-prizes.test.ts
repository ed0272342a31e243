import { describe, expect, it } from 'vitest'
import { aggregate } from '../../src/domain/judging/aggregate'
import { allocatePrizes } from '../../src/domain/judging/prizes'
import { shortlist } from '../../src/domain/judging/shortlist'
import { WORKED_ENTRIES, WORKED_SCORES } from '../helpers/judgingWorkedExample'

const ranking = aggregate(WORKED_SCORES, WORKED_ENTRIES) // E2 (missing), E1, E3, E4 (no score)

describe('allocatePrizes', () => {
  it.each([
    [
      'skips the entry with a missing sheet',
      {},
      { A: 1, B: 1, C: 1 },
      [
        ['E1', 'A'],
        ['E3', 'B'],
      ],
      ['E2'],
    ],
    [
      'gives it its rank when forced',
      { force: ['E2'] },
      { A: 1, B: 1, C: 1 },
      [
        ['E2', 'A'],
        ['E1', 'B'],
        ['E3', 'C'],
      ],
      [],
    ],
    ['stops when the prizes run out', {}, { A: 0, B: 1, C: 0, encouragement: 0 }, [['E1', 'B']], ['E2']],
    [
      'two of one prize',
      { force: ['E2'] },
      { A: 0, B: 0, C: 2, encouragement: 1 },
      [
        ['E2', 'C'],
        ['E1', 'C'],
        ['E3', 'encouragement'],
      ],
      [],
    ],
    ['no prizes configured', {}, {}, [], []],
  ] as const)('%s', (_label, opts, counts, awards, skipped) => {
    const result = allocatePrizes(ranking, counts, 'force' in opts ? [...opts.force] : [])
    expect(result.awards.map((a) => [a.entry, a.prize])).toEqual(awards)
    expect(result.skipped).toEqual(skipped)
  })
  it('never awards an entry nobody scored, even when forced', () => {
    expect(allocatePrizes(ranking, { encouragement: 10 }, ['E4', 'E2']).awards.map((a) => a.entry)).toEqual(['E2', 'E1', 'E3'])
  })
})

describe('shortlist', () => {
  const rows = [
    { entry: 1, category: 'a', rank: 2, n: 3 },
    { entry: 2, category: 'a', rank: 1, n: 3 },
    { entry: 3, category: 'a', rank: 3, n: 3 },
    { entry: 4, category: 'b', rank: 1, n: 2 },
    { entry: 5, category: 'b', rank: 2, n: 0 },
  ]
  it.each([
    [2, [2, 1, 4]],
    [1, [2, 4]],
    [0, []],
    [10, [2, 1, 3, 4]],
  ])('top %d per category', (n, expected) => expect(shortlist(rows, n)).toEqual(expected))
})
