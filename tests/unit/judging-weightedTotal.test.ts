import { describe, expect, it } from 'vitest'
import { rubricErrors, scoreErrors, weightedTotal } from '../../src/domain/judging/weightedTotal'

const rubric = [
  { key: 'noiDung', label: 'Nội dung', weight: 60, maxScore: 10 },
  { key: 'hinhThuc', label: 'Hình thức', weight: 40, maxScore: 20 },
]

describe('weightedTotal', () => {
  it.each([
    // 8/10 × 60 = 48, 15/20 × 40 = 30
    [
      [
        { key: 'noiDung', score: 8 },
        { key: 'hinhThuc', score: 15 },
      ],
      78,
    ],
    [
      [
        { key: 'noiDung', score: 10 },
        { key: 'hinhThuc', score: 20 },
      ],
      100,
    ],
    [
      [
        { key: 'noiDung', score: 0 },
        { key: 'hinhThuc', score: 0 },
      ],
      0,
    ],
    // 7.5/10 × 60 = 45, 1/20 × 40 = 2
    [
      [
        { key: 'hinhThuc', score: 1 },
        { key: 'noiDung', score: 7.5 },
      ],
      47,
    ],
    // 1/3 × 60 = 20 (rounded to two decimals), 0
    [
      [
        { key: 'noiDung', score: 10 / 3 },
        { key: 'hinhThuc', score: 0 },
      ],
      20,
    ],
  ])('totals %j as %d', (scores, total) => {
    expect(weightedTotal(rubric, scores)).toEqual({ ok: true, total })
  })

  it.each([
    [[{ key: 'noiDung', score: 8 }], 'Chưa chấm tiêu chí "Hình thức"'],
    [
      [
        { key: 'noiDung', score: 11 },
        { key: 'hinhThuc', score: 1 },
      ],
      'phải từ 0 đến 10',
    ],
    [
      [
        { key: 'noiDung', score: -1 },
        { key: 'hinhThuc', score: 1 },
      ],
      'phải từ 0 đến 10',
    ],
    [
      [
        { key: 'noiDung', score: 5 },
        { key: 'hinhThuc', score: 1 },
        { key: 'la', score: 1 },
      ],
      'không có trong bộ tiêu chí',
    ],
    [
      [
        { key: 'noiDung', score: 5 },
        { key: 'noiDung', score: 6 },
        { key: 'hinhThuc', score: 1 },
      ],
      'chấm hai lần',
    ],
    [
      [
        { key: 'noiDung', score: null },
        { key: 'hinhThuc', score: 1 },
      ],
      'Chưa chấm tiêu chí "Nội dung"',
    ],
  ])('refuses %j in Vietnamese', (scores, message) => {
    const result = weightedTotal(rubric, scores)
    expect(result.ok).toBe(false)
    expect(!result.ok && result.errors.join(' ')).toContain(message)
  })

  it('checks the rubric: weights sum to 100, positive maxima, at least one criterion', () => {
    expect(rubricErrors([])).toEqual(['Vòng chấm chưa có tiêu chí chấm điểm.'])
    expect(rubricErrors([{ key: 'a', weight: 50, maxScore: 10 }]).join(' ')).toContain('phải bằng 100 (hiện là 50)')
    expect(rubricErrors([{ key: 'a', weight: 100, maxScore: 0 }]).join(' ')).toContain('phải lớn hơn 0')
    expect(rubricErrors(rubric)).toEqual([])
  })

  it('lets a draft leave criteria blank but still checks the range', () => {
    expect(scoreErrors(rubric, [{ key: 'noiDung', score: 4 }], true)).toEqual([])
    expect(scoreErrors(rubric, [{ key: 'noiDung', score: 40 }], true)).toHaveLength(1)
  })
})
