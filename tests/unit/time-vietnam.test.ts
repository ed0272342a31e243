import { describe, expect, it } from 'vitest'
import { formatVnDate, formatVnDateTime, formatVnDay, vnDay, vnYear, yearBounds, yearRange } from '../../src/domain/time/vietnam'

describe('Vietnam calendar', () => {
  it('gives the day of an instant in Vietnam, not in UTC', () => {
    expect(vnDay('2024-12-31T16:59:59Z')).toBe('2024-12-31')
    expect(vnDay('2024-12-31T17:00:00Z')).toBe('2025-01-01') // 00:00 on 1/1 in Hà Nội
    expect(vnDay(new Date('2025-06-30T23:00:00+07:00'))).toBe('2025-06-30')
    expect(vnYear('2024-12-31T17:30:00Z')).toBe(2025)
  })
  it('bounds a year as instants: from 00:00 on 1/1 to 00:00 on 1/1 of the next year, Vietnam time', () => {
    const { start, end } = yearBounds(2025)
    expect(start.toISOString()).toBe('2024-12-31T17:00:00.000Z')
    expect(end.toISOString()).toBe('2025-12-31T17:00:00.000Z')
    expect(yearRange(2024)).toEqual({ greater_than_equal: '2023-12-31T17:00:00.000Z', less_than: '2024-12-31T17:00:00.000Z' })
    // every instant inside the bounds falls on a day of that year, and the end does not
    for (const iso of ['2024-12-31T17:00:00Z', '2025-07-01T00:00:00+07:00', '2025-12-31T16:59:59.999Z']) {
      const t = new Date(iso)
      expect(t >= start && t < end).toBe(true)
      expect(vnYear(t)).toBe(2025)
    }
    expect(vnYear(end)).toBe(2026)
  })
  it('writes dd/MM/yyyy and dd/MM/yyyy HH:mm in Vietnam time', () => {
    expect(formatVnDateTime('2026-11-27T14:14:00Z')).toBe('27/11/2026 21:14')
    expect(formatVnDateTime('2026-11-27T17:05:00Z')).toBe('28/11/2026 00:05')
    expect(formatVnDate('2025-06-30T17:00:00Z')).toBe('01/07/2025')
    expect(formatVnDate('2025-07-01')).toBe('01/07/2025')
    expect(formatVnDay('2025-07-01')).toBe('01/07/2025')
  })
})
