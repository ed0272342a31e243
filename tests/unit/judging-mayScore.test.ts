import { describe, expect, it } from 'vitest'
import { mayScore, type MayScoreInput, type ScoreRefusal } from '../../src/domain/judging/mayScore'

const mine = { judge: 7, status: 'assigned' }
const open = { name: 'preliminary' as const, settings: { closed: false } }
const closed = { name: 'final' as const, settings: { closed: true } }

const cases: [string, MayScoreInput, ScoreRefusal | null][] = [
  ['the assigned judge, open round', { judge: 7, assignment: mine, round: open }, null],
  [
    'the assigned judge, assignment already submitted (re-saving an unlocked sheet)',
    { judge: 7, assignment: { judge: 7, status: 'submitted' }, round: open },
    null,
  ],
  ['ids compared as text', { judge: '7', assignment: mine, round: open }, null],
  [
    'an organizer (not a judge) writes for any assignment',
    { judge: null, assignment: { judge: 9, status: 'assigned' }, round: open },
    null,
  ],
  ['another judge', { judge: 8, assignment: mine, round: open }, 'notAssigned'],
  ['another judge, even on a trusted write', { judge: 8, assignment: mine, trusted: true }, 'notAssigned'],
  ['no assignment', { judge: 7, assignment: null }, 'noAssignment'],
  ['a declared conflict of interest', { judge: 7, assignment: { judge: 7, status: 'conflict' }, round: open }, 'conflict'],
  ['a declared conflict, trusted write', { judge: 7, assignment: { judge: 7, status: 'conflict' }, round: open, trusted: true }, null],
  ['the contest has no such round', { judge: 7, assignment: mine, round: { name: 'final', settings: null } }, 'noRound'],
  ['no such round, even trusted', { judge: 7, assignment: mine, round: { name: 'final', settings: null }, trusted: true }, 'noRound'],
  ['the round is closed', { judge: 7, assignment: mine, round: closed }, 'roundClosed'],
  ['the round is closed, trusted write', { judge: 7, assignment: mine, round: closed, trusted: true }, null],
  ['a submitted (locked) sheet', { judge: 7, assignment: mine, round: open, locked: true }, 'locked'],
  ['a locked sheet is refused before anything is known', { judge: 7, locked: true }, 'locked'],
  ['a locked sheet, trusted write (the unlock)', { judge: 7, assignment: mine, round: open, locked: true, trusted: true }, null],
  ['nothing known yet, not locked', { judge: 7 }, null],
  [
    'the first rule broken is the answer: locked before conflict',
    { judge: 8, assignment: { judge: 7, status: 'conflict' }, round: closed, locked: true },
    'locked',
  ],
  ['another judge before conflict', { judge: 8, assignment: { judge: 7, status: 'conflict' }, round: closed }, 'notAssigned'],
  ['conflict before closed round', { judge: 7, assignment: { judge: 7, status: 'conflict' }, round: closed }, 'conflict'],
]

describe('mayScore: who may write a score sheet', () => {
  it.each(cases)('%s', (_, input, refusal) => {
    const verdict = mayScore(input)
    if (refusal === null) expect(verdict).toEqual({ ok: true })
    else expect(verdict).toMatchObject({ ok: false, reason: refusal })
  })

  it.each([
    ['locked', 409],
    ['notAssigned', 403],
    ['noAssignment', 400],
    ['conflict', 400],
    ['noRound', 400],
    ['roundClosed', 400],
  ] as const)('%s answers %i with a Vietnamese message', (reason, status) => {
    const input = cases.find(([, , r]) => r === reason)![1]
    const verdict = mayScore(input)
    expect(verdict.ok).toBe(false)
    if (!verdict.ok) {
      expect(verdict.status).toBe(status)
      expect(verdict.message.length).toBeGreaterThan(10)
    }
  })

  it('names the round in its messages', () => {
    const verdict = mayScore({ judge: 7, assignment: mine, round: closed })
    expect(!verdict.ok && verdict.message).toBe('Vòng chung khảo đã kết thúc, không nhận phiếu chấm nữa.')
  })
})
