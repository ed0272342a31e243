export const CONTEST_STATUS_LABELS = {
  draft: { vi: 'Đang chuẩn bị', en: 'Draft' },
  open: { vi: 'Đang nhận bài', en: 'Open for entries' },
  closed: { vi: 'Đã hết hạn nhận bài', en: 'Closed' },
  judging: { vi: 'Đang chấm', en: 'Judging' },
  resultsPublished: { vi: 'Đã công bố kết quả', en: 'Results published' },
}

export const MEDIUM_LABELS = {
  print: { vi: 'Báo in', en: 'Print' },
  online: { vi: 'Báo điện tử', en: 'Online' },
  radio: { vi: 'Phát thanh', en: 'Radio' },
  tv: { vi: 'Truyền hình', en: 'Television' },
  photo: { vi: 'Ảnh báo chí', en: 'Photo journalism' },
}

export const ENTRY_STATUS_LABELS = {
  draft: { vi: 'Bản nháp', en: 'Draft' },
  submitted: { vi: 'Đã nộp', en: 'Submitted' },
  withdrawn: { vi: 'Đã rút', en: 'Withdrawn' },
  eligible: { vi: 'Hợp lệ', en: 'Eligible' },
  ineligible: { vi: 'Không hợp lệ', en: 'Ineligible' },
  shortlisted: { vi: 'Vào chung khảo', en: 'Shortlisted' },
  awarded: { vi: 'Đạt giải', en: 'Awarded' },
}

export const ROUND_LABELS = {
  preliminary: { vi: 'Sơ khảo', en: 'Preliminary' },
  final: { vi: 'Chung khảo', en: 'Final' },
}

export const PRIZE_LABELS = {
  A: { vi: 'Giải A', en: 'Prize A' },
  B: { vi: 'Giải B', en: 'Prize B' },
  C: { vi: 'Giải C', en: 'Prize C' },
  encouragement: { vi: 'Giải Khuyến khích', en: 'Encouragement prize' },
}

export const MAILING_STATUS_LABELS = {
  queued: { vi: 'Đang chờ gửi', en: 'Queued' },
  sending: { vi: 'Đang gửi', en: 'Sending' },
  done: { vi: 'Đã gửi xong', en: 'Sent' },
}
