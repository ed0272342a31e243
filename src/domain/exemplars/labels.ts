import { bilingualLabels } from '@/domain/bilingual'

export const EXEMPLAR_KIND_LABELS = bilingualLabels({
  individual: ['Cá nhân', 'Individual'],
  collective: ['Tập thể', 'Collective'],
  household: ['Hộ gia đình', 'Household'],
})

export const EVENT_KIND_LABELS = bilingualLabels({
  exchange: ['Giao lưu', 'Exchange'],
  honouring: ['Tôn vinh, biểu dương', 'Honouring ceremony'],
  talk: ['Tọa đàm', 'Talk'],
  training: ['Tập huấn', 'Training'],
})

export const EVENT_FORMAT_LABELS = bilingualLabels({
  inPerson: ['Trực tiếp', 'In person'],
  online: ['Trực tuyến', 'Online'],
  combined: ['Lồng ghép hội nghị sơ kết, tổng kết', 'Combined with a review conference'],
})

export const NURTURING_KIND_LABELS = bilingualLabels({
  material: ['Hỗ trợ vật chất', 'Material support'],
  spiritual: ['Hỗ trợ tinh thần', 'Moral support'],
  technical: ['Hỗ trợ kỹ thuật', 'Technical support'],
  prize: ['Giải thưởng', 'Prize'],
})

export const NURTURING_STATUS_LABELS = bilingualLabels({
  open: ['Đang theo dõi', 'Open'],
  closed: ['Đã kết thúc', 'Closed'],
})

export const COMMENDATION_FORM_LABELS = bilingualLabels({
  certificateOfMerit: ['Giấy khen', 'Certificate of merit'],
  diplomaOfMerit: ['Bằng khen', 'Diploma of merit'],
  grassrootsEmulationSoldier: ['Chiến sĩ thi đua cơ sở', 'Grassroots emulation soldier'],
  provincialEmulationSoldier: ['Chiến sĩ thi đua cấp tỉnh', 'Provincial emulation soldier'],
  emulationFlag: ['Cờ thi đua', 'Emulation flag'],
  order: ['Huân chương', 'Order'],
  otherTitle: ['Danh hiệu khác', 'Other title'],
})

export const COMMENDATION_LEVEL_LABELS = bilingualLabels({
  unit: ['Cấp cơ sở, đơn vị', 'Unit'],
  district: ['Cấp huyện, sở, ban, ngành', 'District or department'],
  province: ['Cấp tỉnh', 'Province'],
  national: ['Cấp nhà nước', 'National'],
})

export const FOLLOW_UP_LABELS = bilingualLabels({
  open: ['Chưa thực hiện', 'Open'],
  inProgress: ['Đang thực hiện', 'In progress'],
  done: ['Đã hoàn thành', 'Done'],
})
