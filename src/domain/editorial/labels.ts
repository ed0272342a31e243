import { bilingualLabels } from '@/domain/bilingual'

export const ARTICLE_FORMAT_LABELS = bilingualLabels({
  text: ['Bài viết', 'Text'],
  audio: ['Phát thanh', 'Audio'],
  video: ['Truyền hình', 'Video'],
})

export const OUTLET_KIND_LABELS = bilingualLabels({
  newspaper: ['Báo', 'Newspaper'],
  broadcaster: ['Đài phát thanh - truyền hình', 'Broadcaster'],
  portal: ['Cổng thông tin điện tử', 'Portal'],
})

export const PUBLICATION_STATUS_LABELS = bilingualLabels({
  queued: ['Chờ tạo', 'Queued'],
  building: ['Đang tạo', 'Building'],
  ready: ['Sẵn sàng', 'Ready'],
  failed: ['Lỗi', 'Failed'],
})

export const PLANNED_ARTICLE_STATUS_LABELS = bilingualLabels({
  planned: ['Dự kiến', 'Planned'],
  published: ['Đã đăng', 'Published'],
})
