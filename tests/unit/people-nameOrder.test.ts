import { describe, expect, it } from 'vitest'
import { exemplarNameSortKey, personNameSortKey } from '@/domain/people/nameOrder'

describe('Vietnamese name order', () => {
  it.each([
    ['Nguyễn Thị Hoa', 'Hoa Thị Nguyễn'],
    ['Trần Văn An', 'An Văn Trần'],
    ['Lê Thị Ngọc Ánh', 'Ánh Thị Ngọc Lê'],
    ['Phan   Bảo', 'Bảo Phan'],
    ['  Hùng ', 'Hùng'],
    ['', ''],
  ])('%s → %s', (name, key) => expect(personNameSortKey(name)).toBe(key))

  it('composes decomposed input (NFD), so the same name always gives the same key', () => {
    expect(personNameSortKey('Nguyễn Thị Hoa'.normalize('NFD'))).toBe('Hoa Thị Nguyễn')
  })

  it('turns around the names of individuals only', () => {
    expect(exemplarNameSortKey('Nguyễn Văn Bình', 'individual')).toBe('Bình Văn Nguyễn')
    expect(exemplarNameSortKey('Hợp tác xã  Nông nghiệp Phước Dinh', 'collective')).toBe('Hợp tác xã Nông nghiệp Phước Dinh')
    expect(exemplarNameSortKey('Hộ ông Đặng Văn Lâm', 'household')).toBe('Hộ ông Đặng Văn Lâm')
  })

  it('sorted by the key, a list runs by given name (the collation itself is the database’s)', () => {
    const people = ['Nguyễn Văn Bình', 'Trần Thị An', 'Lê Văn Bình', 'Phạm Hoa']
    const sorted = [...people].sort((a, b) => personNameSortKey(a).localeCompare(personNameSortKey(b), 'vi'))
    expect(sorted).toEqual(['Trần Thị An', 'Lê Văn Bình', 'Nguyễn Văn Bình', 'Phạm Hoa'])
  })
})

describe('exemplars in name order', () => {
  it('people by given name, collectives by their name, all in Vietnamese collation', async () => {
    const { compareExemplarNames } = await import('@/domain/people/nameOrder')
    const list = [
      { name: 'Nguyễn Văn Đức', kind: 'individual' },
      { name: 'Đội thanh niên tình nguyện', kind: 'collective' },
      { name: 'Trần Thị Dung', kind: 'individual' },
      { name: 'Hợp tác xã An Hải', kind: 'collective' },
    ]
    expect([...list].sort(compareExemplarNames).map((e) => e.name)).toEqual([
      'Trần Thị Dung',
      'Đội thanh niên tình nguyện',
      'Nguyễn Văn Đức',
      'Hợp tác xã An Hải',
    ])
  })
})

describe('names without an account (co-authors, typed-in recipients)', () => {
  it('compare as the database compares nameSort: given name, then middle, then family name', async () => {
    const { byPersonName, comparePersonNames } = await import('@/domain/people/nameOrder')
    const names = ['Phạm Văn Đức', 'Lê Dung', 'Đặng Thị Yến', 'Trần Văn An', 'Nguyễn Thị Ánh']
    expect(byPersonName(names, (n) => n)).toEqual(['Trần Văn An', 'Nguyễn Thị Ánh', 'Lê Dung', 'Phạm Văn Đức', 'Đặng Thị Yến'])
    // same given name: the middle name decides, then the family name
    expect(comparePersonNames('Lê Văn An', 'Trần Thị An')).toBeGreaterThan(0)
    expect(comparePersonNames('Lê Thị An', 'Trần Thị An')).toBeLessThan(0)
    expect(comparePersonNames('Nguyễn Thị Hoa'.normalize('NFD'), 'Nguyễn Thị Hoa')).toBe(0)
    // stable: equal names keep their order
    const rows = [
      { n: 'Lê An', i: 1 },
      { n: 'Lê An', i: 2 },
      { n: 'Hồ An', i: 3 },
    ]
    expect(byPersonName(rows, (r) => r.n).map((r) => r.i)).toEqual([3, 1, 2])
  })
})
