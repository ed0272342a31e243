export const EXEMPLAR_KIND_LABELS = {
  individual: { vi: 'Cá nhân', en: 'Individual' },
  collective: { vi: 'Tập thể', en: 'Collective' },
  household: { vi: 'Hộ gia đình', en: 'Household' },
}

export const EVENT_KIND_LABELS = {
  exchange: { vi: 'Giao lưu', en: 'Exchange' },
  honouring: { vi: 'Tôn vinh, biểu dương', en: 'Honouring ceremony' },
  talk: { vi: 'Tọa đàm', en: 'Talk' },
  training: { vi: 'Tập huấn', en: 'Training' },
}

export const EVENT_FORMAT_LABELS = {
  inPerson: { vi: 'Trực tiếp', en: 'In person' },
  online: { vi: 'Trực tuyến', en: 'Online' },
  combined: { vi: 'Lồng ghép hội nghị sơ kết, tổng kết', en: 'Combined with a review conference' },
}

export const NURTURING_KIND_LABELS = {
  material: { vi: 'Hỗ trợ vật chất', en: 'Material support' },
  spiritual: { vi: 'Hỗ trợ tinh thần', en: 'Moral support' },
  technical: { vi: 'Hỗ trợ kỹ thuật', en: 'Technical support' },
  prize: { vi: 'Giải thưởng', en: 'Prize' },
}

export const NURTURING_STATUS_LABELS = {
  open: { vi: 'Đang theo dõi', en: 'Open' },
  closed: { vi: 'Đã kết thúc', en: 'Closed' },
}

export const COMMENDATION_FORM_LABELS = {
  certificateOfMerit: { vi: 'Giấy khen', en: 'Certificate of merit' },
  diplomaOfMerit: { vi: 'Bằng khen', en: 'Diploma of merit' },
  grassrootsEmulationSoldier: { vi: 'Chiến sĩ thi đua cơ sở', en: 'Grassroots emulation soldier' },
  provincialEmulationSoldier: { vi: 'Chiến sĩ thi đua cấp tỉnh', en: 'Provincial emulation soldier' },
  emulationFlag: { vi: 'Cờ thi đua', en: 'Emulation flag' },
  order: { vi: 'Huân chương', en: 'Order' },
  otherTitle: { vi: 'Danh hiệu khác', en: 'Other title' },
}

export const COMMENDATION_LEVEL_LABELS = {
  unit: { vi: 'Cấp cơ sở, đơn vị', en: 'Unit' },
  district: { vi: 'Cấp huyện, sở, ban, ngành', en: 'District or department' },
  province: { vi: 'Cấp tỉnh', en: 'Province' },
  national: { vi: 'Cấp nhà nước', en: 'National' },
}

export const FOLLOW_UP_LABELS = {
  open: { vi: 'Chưa thực hiện', en: 'Open' },
  inProgress: { vi: 'Đang thực hiện', en: 'In progress' },
  done: { vi: 'Đã hoàn thành', en: 'Done' },
}
