import { bilingualLabels } from '@/domain/bilingual'

export const CONTEST_STATUS_LABELS = bilingualLabels({
  draft: ['Đang chuẩn bị', 'Draft'],
  open: ['Đang nhận bài', 'Open for entries'],
  closed: ['Đã hết hạn nhận bài', 'Closed'],
  judging: ['Đang chấm', 'Judging'],
  resultsPublished: ['Đã công bố kết quả', 'Results published'],
})

export const MEDIUM_LABELS = bilingualLabels({
  print: ['Báo in', 'Print'],
  online: ['Báo điện tử', 'Online'],
  radio: ['Phát thanh', 'Radio'],
  tv: ['Truyền hình', 'Television'],
  photo: ['Ảnh báo chí', 'Photo journalism'],
})

export const ENTRY_STATUS_LABELS = bilingualLabels({
  draft: ['Bản nháp', 'Draft'],
  submitted: ['Đã nộp', 'Submitted'],
  withdrawn: ['Đã rút', 'Withdrawn'],
  eligible: ['Hợp lệ', 'Eligible'],
  ineligible: ['Không hợp lệ', 'Ineligible'],
  shortlisted: ['Vào chung khảo', 'Shortlisted'],
  awarded: ['Đạt giải', 'Awarded'],
})

export const ROUND_LABELS = bilingualLabels({
  preliminary: ['Sơ khảo', 'Preliminary'],
  final: ['Chung khảo', 'Final'],
})

export const PRIZE_LABELS = bilingualLabels({
  A: ['Giải A', 'Prize A'],
  B: ['Giải B', 'Prize B'],
  C: ['Giải C', 'Prize C'],
  encouragement: ['Giải Khuyến khích', 'Encouragement prize'],
})

export const MAILING_STATUS_LABELS = bilingualLabels({
  queued: ['Đang chờ gửi', 'Queued'],
  sending: ['Đang gửi', 'Sending'],
  done: ['Đã gửi xong', 'Sent'],
})
