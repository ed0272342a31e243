import { describe, expect, it } from 'vitest'
import { checkPublicationWindow } from '../../src/domain/contest/publicationWindow'

// window 01/01/2025 .. 31/12/2025, stored as midnight UTC the way the admin's day picker saves them
const from = '2025-01-01T00:00:00.000Z'
const to = '2025-12-31T00:00:00.000Z'

describe('checkPublicationWindow', () => {
  it.each([
    ['first day', '2025-01-01', true],
    ['last day', '2025-12-31', true],
    ['day before', '2024-12-31', false],
    ['day after', '2026-01-01', false],
    // 31/12/2025 17:30 UTC is already 01/01/2026 in Vietnam
    ['instant on the last UTC day but next day in Vietnam', '2025-12-31T17:30:00Z', false],
    // 31/12/2024 18:00 UTC is 01/01/2025 01:00 in Vietnam
    ['instant before the first UTC day but inside in Vietnam', '2024-12-31T18:00:00Z', true],
    ['no date given (checked elsewhere)', null, true],
  ])('%s (%s) → %s', (_l, day, ok) => expect(checkPublicationWindow(day, from, to).ok).toBe(ok))

  it('open bounds accept everything on their side', () => {
    expect(checkPublicationWindow('1990-01-01', null, to).ok).toBe(true)
    expect(checkPublicationWindow('2090-01-01', from, null).ok).toBe(true)
    expect(checkPublicationWindow('2090-01-01', null, null).ok).toBe(true)
  })

  it('explains the window in dd/MM/yyyy', () => {
    expect(checkPublicationWindow('2026-01-02', from, to)).toEqual({
      ok: false,
      message: 'Ngày đăng, phát 02/01/2026 nằm ngoài thời gian quy định của cuộc thi (từ ngày 01/01/2025 đến ngày 31/12/2025).',
    })
  })
})
