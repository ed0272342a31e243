import { describe, expect, it } from 'vitest'
import { entryCode, entrySequence, nextEntryCode } from '../../src/domain/contest/entryCode'

describe('entryCode', () => {
  it.each([
    [2026, 'print', 7, 'GS2026-BI-0007'],
    [2026, 'online', 1, 'GS2026-DT-0001'],
    [2025, 'radio', 42, 'GS2025-PT-0042'],
    [2026, 'tv', 999, 'GS2026-TH-0999'],
    [2026, 'photo', 12345, 'GS2026-AB-12345'],
  ] as const)('%i %s #%i → %s', (year, medium, seq, code) => expect(entryCode(year, medium, seq)).toBe(code))

  it.each([0, -1, 1.5])('refuses sequence %s', (seq) => expect(() => entryCode(2026, 'print', seq)).toThrow())

  it('reads the sequence back only for the same prefix', () => {
    expect(entrySequence('GS2026-BI-0007', 'GS2026-BI-')).toBe(7)
    expect(entrySequence('GS2026-DT-0007', 'GS2026-BI-')).toBeNull()
    expect(entrySequence('GS2026-BI-00x7', 'GS2026-BI-')).toBeNull()
    expect(entrySequence(null, 'GS2026-BI-')).toBeNull()
  })

  it.each([
    [[], 'GS2026-BI-0001'],
    [['GS2026-BI-0001', 'GS2026-BI-0002'], 'GS2026-BI-0003'],
    [['GS2026-BI-0009', 'GS2026-BI-0003', null], 'GS2026-BI-0010'],
    [['GS2026-DT-0050', 'GS2025-BI-0070', 'GS2026-BI-0004'], 'GS2026-BI-0005'],
  ])('after %j comes %s', (existing, next) => expect(nextEntryCode(2026, 'print', existing)).toBe(next))
})
