import { bilingualLabels } from '@/domain/bilingual'

export const EXEMPLAR_STATUSES = [
  'newFactor',
  'nurturing',
  'recognised',
  'proposedToProvince',
  'provincial',
  'proposedToCentral',
  'national',
  'archived',
] as const
export type ExemplarStatus = (typeof EXEMPLAR_STATUSES)[number]

export const EXEMPLAR_STATUS_LABELS = bilingualLabels<ExemplarStatus>({
  newFactor: ['Nhân tố mới', 'New factor'],
  nurturing: ['Đang bồi dưỡng', 'Nurturing'],
  recognised: ['Được công nhận', 'Recognised'],
  proposedToProvince: ['Đề nghị cấp tỉnh', 'Proposed to province'],
  provincial: ['Điển hình cấp tỉnh', 'Provincial'],
  proposedToCentral: ['Đề nghị Trung ương', 'Proposed to central'],
  national: ['Điển hình toàn quốc', 'National'],
  archived: ['Lưu trữ', 'Archived'],
})

/** The public sees exemplars from `recognised` upwards; new factors and archived records stay internal. */
export const PUBLIC_EXEMPLAR_STATUSES: readonly ExemplarStatus[] = [
  'recognised',
  'proposedToProvince',
  'provincial',
  'proposedToCentral',
  'national',
]

export const isPublicStatus = (status: string | null | undefined): boolean => PUBLIC_EXEMPLAR_STATUSES.includes(status as ExemplarStatus)
