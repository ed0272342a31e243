import { describe, expect, it } from 'vitest'
import { occurrenceDateLabel, upcomingCampaign } from '../../src/domain/editorial/campaignCalendar'
import { lunarToSolar } from '../../src/domain/editorial/lunar'

describe('lunarToSolar', () => {
  it.each([
    // Tết Nguyên đán
    [1, 1, 2024, false, '2024-02-10'],
    [1, 1, 2025, false, '2025-01-29'],
    [1, 1, 2026, false, '2026-02-17'],
    [1, 1, 2027, false, '2027-02-06'],
    // Giỗ Tổ Hùng Vương (10/3 âm lịch)
    [10, 3, 2024, false, '2024-04-18'],
    [10, 3, 2025, false, '2025-04-07'],
    [10, 3, 2026, false, '2026-04-26'],
    // Tết Trung thu (15/8 âm lịch) 2025, after the leap 6th month of Ất Tỵ
    [15, 8, 2025, false, '2025-10-06'],
    // the leap 6th month of 2025 starts on 25/7/2025
    [1, 6, 2025, true, '2025-07-25'],
  ])('%i/%i/%i leap=%s → %s', (d, m, y, leap, solar) => {
    expect(lunarToSolar(d, m, y, leap)).toBe(solar)
  })
  it('has no leap month where the year has none', () => {
    expect(lunarToSolar(1, 6, 2026, true)).toBeNull()
    expect(lunarToSolar(1, 3, 2025, true)).toBeNull()
  })
})

describe('upcomingCampaign', () => {
  const dates = [
    {
      id: 1,
      name: 'Ngày Quốc khánh',
      day: 2,
      month: 9,
      plannedArticles: [
        { year: 2025, articleTitle: 'Bài 2/9/2025' },
        { year: 2026, articleTitle: 'Bài 2/9/2026' },
      ],
    },
    { id: 2, name: 'Ngày thành lập Đảng', day: 3, month: 2, plannedArticles: [] },
    { id: 3, name: 'Giỗ Tổ Hùng Vương', day: 10, month: 3, lunar: true },
    { id: 4, name: 'Sự kiện một lần 2026', day: 15, month: 1, recurring: false, year: 2026 },
    { id: 5, name: 'Sự kiện một lần 2020', day: 15, month: 1, recurring: false, year: 2020 },
    { id: 6, name: 'Ngày 29/2', day: 29, month: 2 },
  ]
  it('lists the next 12 months from today in date order, with the plan of each occurrence’s year and gaps marked', () => {
    // today 1/8/2025 → until 31/7/2026 (exclusive 1/8/2026)
    const got = upcomingCampaign(dates, '2025-08-01').map((o) => [o.date, o.name, o.gap, o.planned.map((p) => p.articleTitle).join()])
    expect(got).toEqual([
      ['2025-09-02', 'Ngày Quốc khánh', false, 'Bài 2/9/2025'],
      ['2026-01-15', 'Sự kiện một lần 2026', true, ''],
      ['2026-02-03', 'Ngày thành lập Đảng', true, ''],
      ['2026-02-28', 'Ngày 29/2', true, ''],
      ['2026-04-26', 'Giỗ Tổ Hùng Vương', true, ''],
    ])
  })
  it('includes today and excludes the same day a year later', () => {
    const got = upcomingCampaign([dates[0]], '2025-09-02').map((o) => o.date)
    expect(got).toEqual(['2025-09-02'])
  })
  it('keeps 29 February in a leap year', () => {
    expect(upcomingCampaign([dates[5]], '2027-12-01').map((o) => o.date)).toEqual(['2028-02-29'])
  })
})

describe('occurrenceDateLabel', () => {
  it('calls only the lunar day âm lịch, never the solar date it falls on', () => {
    const [gioTo] = upcomingCampaign([{ id: 3, name: 'Giỗ Tổ Hùng Vương', day: 10, month: 3, lunar: true }], '2024-01-01')
    expect(gioTo.date).toBe('2024-04-18')
    expect(occurrenceDateLabel(gioTo)).toBe('18/04/2024 (10/3 âm lịch)')
    const [quocKhanh] = upcomingCampaign([{ id: 1, name: 'Ngày Quốc khánh', day: 2, month: 9 }], '2024-01-01')
    expect(occurrenceDateLabel(quocKhanh)).toBe('02/09/2024')
  })
})
