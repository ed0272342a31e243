import { describe, expect, it } from 'vitest'
import { auditActionLabel } from '../../src/lib/auditActions'

describe('auditActionLabel', () => {
  it.each([
    ['entry.status', 'Đổi trạng thái tác phẩm dự thi'],
    ['judging.resultsPublished', 'Công bố kết quả cuộc thi'],
    ['commendation.returned', 'Khen thưởng: trả lại'],
    ['commendation.approved', 'Khen thưởng: đã duyệt'],
    ['something.old', 'something.old'],
  ])('%s → %s', (code, label) => expect(auditActionLabel(code)).toBe(label))

  it('has English too', () => expect(auditActionLabel('entry.status', 'en')).toBe('Entry status changed'))
  // that every code written has a label is checked by the compiler: writeAudit takes an AuditAction
})
