export const UNIT_KINDS = [
  'province',
  'department',
  'massOrganisation',
  'district',
  'commune',
  'subordinate',
  'centralAgency',
  'enterprise',
] as const
export type UnitKind = (typeof UNIT_KINDS)[number]

export const UNIT_KIND_LABELS: Record<UnitKind, { vi: string; en: string }> = {
  province: { vi: 'Tỉnh', en: 'Province' },
  department: { vi: 'Sở, ban, ngành', en: 'Department' },
  massOrganisation: { vi: 'Mặt trận Tổ quốc / đoàn thể', en: 'Fatherland Front / mass organisation' },
  district: { vi: 'Huyện, thành phố', en: 'District or city' },
  commune: { vi: 'Xã, phường, thị trấn', en: 'Commune, ward or town' },
  subordinate: { vi: 'Đơn vị thuộc, trực thuộc', en: 'Subordinate unit' },
  centralAgency: { vi: 'Cơ quan Trung ương trên địa bàn', en: 'Central agency in the province' },
  enterprise: { vi: 'Doanh nghiệp', en: 'Enterprise' },
}

export const END_REASONS = ['merged', 'split', 'renamed', 'dissolved'] as const
export type EndReason = (typeof END_REASONS)[number]
export const END_REASON_LABELS: Record<EndReason, { vi: string; en: string }> = {
  merged: { vi: 'Sáp nhập', en: 'Merged' },
  split: { vi: 'Chia tách', en: 'Split' },
  renamed: { vi: 'Đổi tên', en: 'Renamed' },
  dissolved: { vi: 'Giải thể / kết thúc hoạt động', en: 'Dissolved' },
}
