import { describe, expect, it } from 'vitest'
import { withinUploadGrace } from '../../src/domain/contest/uploadGrace'

const deadline = '2026-06-30T16:59:00.000Z' // 23:59 on 30/6 in Vietnam
const at = (iso: string) => new Date(iso)
const before = '2026-06-30T16:58:30.000Z'
const after = '2026-06-30T17:00:10.000Z'
const draftSaved = '2026-06-30T16:40:00.000Z'

describe('withinUploadGrace', () => {
  it('accepts a submit 5 minutes late when its files all arrived before the deadline and the grace is 10 minutes', () => {
    expect(
      withinUploadGrace({
        deadline,
        graceMinutes: 10,
        arrivedAt: at('2026-06-30T17:04:00.000Z'),
        filesReceivedAt: [before, before],
        entryCreatedAt: draftSaved,
      }),
    ).toBe(true)
  })

  it('refuses once the grace is over, or when there is no grace', () => {
    expect(
      withinUploadGrace({
        deadline,
        graceMinutes: 10,
        arrivedAt: at('2026-06-30T17:09:01.000Z'),
        filesReceivedAt: [before],
        entryCreatedAt: draftSaved,
      }),
    ).toBe(false)
    expect(
      withinUploadGrace({
        deadline,
        graceMinutes: 0,
        arrivedAt: at('2026-06-30T17:00:01.000Z'),
        filesReceivedAt: [before],
        entryCreatedAt: draftSaved,
      }),
    ).toBe(false)
    expect(
      withinUploadGrace({
        deadline,
        graceMinutes: null,
        arrivedAt: at('2026-06-30T17:00:01.000Z'),
        filesReceivedAt: [before],
        entryCreatedAt: draftSaved,
      }),
    ).toBe(false)
  })

  it('refuses when a file arrived after the deadline, when a file has no arrival time, or when there is no file', () => {
    expect(
      withinUploadGrace({
        deadline,
        graceMinutes: 10,
        arrivedAt: at('2026-06-30T17:01:00.000Z'),
        filesReceivedAt: [before, after],
        entryCreatedAt: draftSaved,
      }),
    ).toBe(false)
    expect(
      withinUploadGrace({
        deadline,
        graceMinutes: 10,
        arrivedAt: at('2026-06-30T17:01:00.000Z'),
        filesReceivedAt: [null],
        entryCreatedAt: draftSaved,
      }),
    ).toBe(false)
    expect(
      withinUploadGrace({
        deadline,
        graceMinutes: 10,
        arrivedAt: at('2026-06-30T17:01:00.000Z'),
        filesReceivedAt: [],
        entryCreatedAt: draftSaved,
      }),
    ).toBe(false)
  })

  it('is not needed before the deadline (the contest is simply open)', () => {
    expect(
      withinUploadGrace({ deadline, graceMinutes: 10, arrivedAt: at(before), filesReceivedAt: [before], entryCreatedAt: draftSaved }),
    ).toBe(false)
  })

  it('covers only an entry that existed before the deadline: a brand-new entry attaching an older upload is refused', () => {
    const late = { deadline, graceMinutes: 10, arrivedAt: at('2026-06-30T17:02:00.000Z'), filesReceivedAt: ['2026-06-20T08:00:00.000Z'] }
    expect(withinUploadGrace({ ...late, entryCreatedAt: null })).toBe(false)
    expect(withinUploadGrace({ ...late, entryCreatedAt: '2026-06-30T17:01:00.000Z' })).toBe(false)
    expect(withinUploadGrace({ ...late, entryCreatedAt: deadline })).toBe(true)
    expect(withinUploadGrace({ ...late, entryCreatedAt: draftSaved })).toBe(true)
  })
})
