import { describe, expect, it } from 'vitest'
import { roundOpen } from '../../src/domain/judging/openRound'

describe('roundOpen', () => {
  const rounds = [
    { round: 'preliminary', closed: true },
    { round: 'final', closed: false },
  ]
  it.each([
    [{ status: 'judging', rounds }, 'final', true],
    [{ status: 'judging', rounds }, 'preliminary', false],
    [{ status: 'judging', rounds: [{ round: 'preliminary' }] }, 'final', false],
    [{ status: 'resultsPublished', rounds }, 'final', false],
    [{ status: 'open', rounds }, 'final', false],
    [null, 'final', false],
    [{ status: 'judging', rounds }, null, false],
  ] as const)('%j, round %s → %s', (contest, round, expected) => expect(roundOpen(contest, round)).toBe(expected))
})
