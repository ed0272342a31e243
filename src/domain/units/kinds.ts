import { bilingualLabels } from '@/domain/bilingual'

/** The kinds of unit, from the province down: the order unit lists sort them in. */
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

export const UNIT_KIND_LABELS = bilingualLabels<UnitKind>({
  province: ['Tỉnh', 'Province'],
  department: ['Sở, ban, ngành', 'Department'],
  massOrganisation: ['Mặt trận Tổ quốc / đoàn thể', 'Fatherland Front / mass organisation'],
  district: ['Huyện, thành phố', 'District or city'],
  commune: ['Xã, phường, thị trấn', 'Commune, ward or town'],
  subordinate: ['Đơn vị thuộc, trực thuộc', 'Subordinate unit'],
  centralAgency: ['Cơ quan Trung ương trên địa bàn', 'Central agency in the province'],
  enterprise: ['Doanh nghiệp', 'Enterprise'],
})

export const END_REASONS = ['merged', 'split', 'renamed', 'dissolved'] as const
export type EndReason = (typeof END_REASONS)[number]
export const END_REASON_LABELS = bilingualLabels<EndReason>({
  merged: ['Sáp nhập', 'Merged'],
  split: ['Chia tách', 'Split'],
  renamed: ['Đổi tên', 'Renamed'],
  dissolved: ['Giải thể / kết thúc hoạt động', 'Dissolved'],
})
