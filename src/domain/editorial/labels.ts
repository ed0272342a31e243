export const ARTICLE_FORMAT_LABELS = {
  text: { vi: 'Bài viết', en: 'Text' },
  audio: { vi: 'Phát thanh', en: 'Audio' },
  video: { vi: 'Truyền hình', en: 'Video' },
}

export const OUTLET_KIND_LABELS = {
  newspaper: { vi: 'Báo', en: 'Newspaper' },
  broadcaster: { vi: 'Đài phát thanh - truyền hình', en: 'Broadcaster' },
  portal: { vi: 'Cổng thông tin điện tử', en: 'Portal' },
}

export const PUBLICATION_STATUS_LABELS = {
  queued: { vi: 'Chờ tạo', en: 'Queued' },
  building: { vi: 'Đang tạo', en: 'Building' },
  ready: { vi: 'Sẵn sàng', en: 'Ready' },
  failed: { vi: 'Lỗi', en: 'Failed' },
}

export const PLANNED_ARTICLE_STATUS_LABELS = {
  planned: { vi: 'Dự kiến', en: 'Planned' },
  published: { vi: 'Đã đăng', en: 'Published' },
}
