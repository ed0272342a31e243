import { describe, expect, it } from 'vitest'
import { mailingRecipients, type MailingEntry } from '@/domain/contest/mailingRecipients'

const entry = (
  status: string,
  email: string | null,
  fullName: string,
  coAuthors: MailingEntry['coAuthors'] = [],
  deactivated = false,
): MailingEntry => ({
  status,
  author: { email, fullName, deactivated },
  coAuthors,
})

describe('recipients of a mail to all entrants', () => {
  it('authors and co-authors of every entry sent in, once per address, by given name', () => {
    const list = mailingRecipients([
      entry('submitted', 'hoa@bao.vn', 'Nguyễn Thị Hoa', [{ email: 'an@bao.vn', fullName: 'Lê Văn An' }]),
      entry('awarded', 'HOA@bao.vn', 'Nguyễn Thị Hoa'),
      entry('ineligible', 'binh@dai.vn', 'Trần Bình'),
      entry('shortlisted', 'an@bao.vn', 'Lê Văn An'),
    ])
    expect(list).toEqual([
      { email: 'an@bao.vn', name: 'Lê Văn An' },
      { email: 'binh@dai.vn', name: 'Trần Bình' },
      { email: 'hoa@bao.vn', name: 'Nguyễn Thị Hoa' },
    ])
  })

  it('leaves out drafts, withdrawn entries, deactivated accounts and co-authors without a valid address', () => {
    const list = mailingRecipients([
      entry('draft', 'nhap@bao.vn', 'Phạm Nháp'),
      entry('withdrawn', 'rut@bao.vn', 'Võ Rút'),
      entry('eligible', 'khoa@bao.vn', 'Đỗ Khóa', [], true),
      entry('eligible', 'ok@bao.vn', 'Hồ Ổn', [
        { email: '', fullName: 'Không Thư' },
        { email: 'khong-hop-le', fullName: 'Sai Thư' },
        { email: null, fullName: 'X' },
      ]),
      { status: 'submitted', author: null },
    ])
    expect(list).toEqual([{ email: 'ok@bao.vn', name: 'Hồ Ổn' }])
  })
})
