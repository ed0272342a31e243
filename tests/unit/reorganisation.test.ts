import { describe, expect, it } from 'vitest'
import { dayBefore, planReorganisation } from '../../src/domain/units/reorganisation'

const units = [
  { id: 1, name: 'Xã A', validFrom: '2020-01-01' },
  { id: 2, name: 'Xã B', validFrom: '2020-01-01' },
  { id: 3, name: 'Xã C', validFrom: '2020-01-01', validTo: '2025-06-30' },
]
const base = { effectiveDate: '2026-03-01', decision: 'Nghị quyết số 01/NQ-UBTVQH' }

describe('planReorganisation', () => {
  it('merges two open communes into a new one, closing them the day before', () => {
    const plan = planReorganisation({ ...base, type: 'merge', from: [1, 2], into: [{ name: 'Xã AB', code: 'AB', kind: 'commune' }] }, units)
    expect(plan).toEqual({
      ok: true,
      closeOn: '2026-02-28',
      endReason: 'merged',
      create: [{ name: 'Xã AB', code: 'AB', kind: 'commune' }],
      existingSuccessors: [],
    })
  })
  it('lets an existing commune absorb another without closing itself', () => {
    const plan = planReorganisation({ ...base, type: 'merge', from: [1, 2], into: [{ existing: 2 }] }, units)
    expect(plan.ok && plan.existingSuccessors).toEqual([2])
  })
  it('splits one commune into two', () => {
    const plan = planReorganisation(
      {
        ...base,
        type: 'split',
        from: [1],
        into: [
          { name: 'Xã A1', code: 'A1', kind: 'commune' },
          { name: 'Xã A2', code: 'A2', kind: 'commune' },
        ],
      },
      units,
    )
    expect(plan.ok && plan.endReason).toBe('split')
    expect(plan.ok && plan.create.map((c) => c.code)).toEqual(['A1', 'A2'])
  })
  it.each([
    [{ type: 'merge', from: [1], into: [{ name: 'X', code: 'X', kind: 'commune' }] }, 'Sáp nhập cần ít nhất 2'],
    [{ type: 'split', from: [1], into: [{ name: 'X', code: 'X', kind: 'commune' }] }, 'Chia tách cần đúng 1'],
    [{ type: 'merge', from: [1, 3], into: [{ name: 'X', code: 'X', kind: 'commune' }] }, 'Xã C" không còn hiệu lực'],
    [{ type: 'merge', from: [1, 99], into: [{ name: 'X', code: 'X', kind: 'commune' }] }, 'Không tìm thấy đơn vị'],
    [{ type: 'rename', from: [1], into: [{ name: '', code: 'X', kind: 'commune' }] }, 'cần có tên, mã và loại'],
  ] as const)('refuses %o with a Vietnamese reason', (request, message) => {
    const plan = planReorganisation({ ...base, ...request, from: [...request.from], into: [...request.into] } as never, units)
    expect(plan.ok).toBe(false)
    expect(!plan.ok && plan.errors.join(' ')).toContain(message)
  })
  it('requires the decision and a real date', () => {
    const plan = planReorganisation(
      { type: 'rename', from: [1], into: [{ name: 'X', code: 'X', kind: 'commune' }], effectiveDate: '2026-13-45', decision: ' ' },
      units,
    )
    expect(!plan.ok && plan.errors).toHaveLength(2)
  })
  it('computes the previous day across month and leap-year ends', () => {
    expect(dayBefore('2025-07-01')).toBe('2025-06-30')
    expect(dayBefore('2024-03-01')).toBe('2024-02-29')
    expect(dayBefore('2026-01-01')).toBe('2025-12-31')
  })
})
