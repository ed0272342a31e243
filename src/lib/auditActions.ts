import { COMMENDATION_STATUS_LABELS, type CommendationStatus } from '../domain/commendations/appraisal'

type Text = { vi: string; en: string }

/** What each audit code means, for the people who read the log. Every code written must have a label (checked by the type). */
export const AUDIT_ACTION_LABELS = {
  'article.reviewed': { vi: 'Duyệt bài viết trước khi đăng', en: 'Article reviewed' },
  'exemplar.imported': { vi: 'Nhập điển hình từ tệp', en: 'Exemplars imported' },
  'unit.reorganised': { vi: 'Sắp xếp lại đơn vị hành chính', en: 'Units reorganised' },
  'user.unitMoved': { vi: 'Chuyển đơn vị của người dùng', en: 'User moved to another unit' },
  'user.roleChanged': { vi: 'Đổi vai trò người dùng', en: 'User role changed' },
  'nomination.accepted': { vi: 'Tiếp nhận lời giới thiệu thành nhân tố mới', en: 'Nomination accepted' },
  'entry.create': { vi: 'Tạo tác phẩm dự thi', en: 'Entry created' },
  'entry.status': { vi: 'Đổi trạng thái tác phẩm dự thi', en: 'Entry status changed' },
  'judging.assigned': { vi: 'Phân công giám khảo', en: 'Judges assigned' },
  'judgeAssignment.conflictDeclared': { vi: 'Giám khảo báo xung đột lợi ích', en: 'Conflict of interest declared' },
  'judging.roundClosed': { vi: 'Kết thúc vòng chấm', en: 'Judging round closed' },
  'score.unlocked': { vi: 'Mở khóa phiếu chấm', en: 'Score sheet unlocked' },
  'judging.prizesProposed': { vi: 'Đề xuất giải thưởng', en: 'Prizes proposed' },
  'judging.prizesApproved': { vi: 'Phê duyệt giải thưởng', en: 'Prizes approved' },
  'judging.resultsPublished': { vi: 'Công bố kết quả cuộc thi', en: 'Results published' },
  'judging.certificateIssued': { vi: 'Cấp giấy chứng nhận', en: 'Certificate issued' },
} as const satisfies Record<string, Text>

export type AuditAction = keyof typeof AUDIT_ACTION_LABELS | `commendation.${CommendationStatus}`

/** The label of an audit code in `lang`; an unknown code (an older one) is shown as it is. */
export function auditActionLabel(code: string | null | undefined, lang: 'vi' | 'en' = 'vi'): string {
  if (!code) return ''
  const known = (AUDIT_ACTION_LABELS as Record<string, Text>)[code]
  if (known) return known[lang]
  const commendation = /^commendation\.(\w+)$/.exec(code)?.[1] as CommendationStatus | undefined
  if (commendation && COMMENDATION_STATUS_LABELS[commendation])
    return lang === 'vi'
      ? `Khen thưởng: ${COMMENDATION_STATUS_LABELS[commendation].vi.toLowerCase()}`
      : `Commendation: ${COMMENDATION_STATUS_LABELS[commendation].en.toLowerCase()}`
  return code
}
