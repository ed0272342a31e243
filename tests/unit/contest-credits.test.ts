import { describe, expect, it } from 'vitest'
import { coAuthorNames, entryCredits } from '@/domain/contest/credits'

describe('an entry’s credits', () => {
  it('name the author first, then the co-authors in name order', () => {
    const coAuthors = [{ fullName: 'Đỗ Thị Yến' }, { fullName: ' Vũ Thị Ánh ' }, { fullName: 'Hoàng An' }]
    expect(entryCredits('Trần Văn Bình', coAuthors)).toEqual(['Trần Văn Bình', 'Hoàng An', 'Vũ Thị Ánh', 'Đỗ Thị Yến'])
    expect(coAuthorNames(coAuthors)).toEqual(['Hoàng An', 'Vũ Thị Ánh', 'Đỗ Thị Yến'])
  })

  it('leave out empty names and cope with no co-authors', () => {
    expect(entryCredits('Lê Dung', null)).toEqual(['Lê Dung'])
    expect(entryCredits(null, [{ fullName: '' }, { fullName: null }, { fullName: 'Hoàng An' }])).toEqual(['Hoàng An'])
  })
})
