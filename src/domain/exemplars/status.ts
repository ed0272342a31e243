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

export const EXEMPLAR_STATUS_LABELS: Record<ExemplarStatus, { vi: string; en: string }> = {
  newFactor: { vi: 'Nhân tố mới', en: 'New factor' },
  nurturing: { vi: 'Đang bồi dưỡng', en: 'Nurturing' },
  recognised: { vi: 'Được công nhận', en: 'Recognised' },
  proposedToProvince: { vi: 'Đề nghị cấp tỉnh', en: 'Proposed to province' },
  provincial: { vi: 'Điển hình cấp tỉnh', en: 'Provincial' },
  proposedToCentral: { vi: 'Đề nghị Trung ương', en: 'Proposed to central' },
  national: { vi: 'Điển hình toàn quốc', en: 'National' },
  archived: { vi: 'Lưu trữ', en: 'Archived' },
}

/** The public sees exemplars from `recognised` upwards; new factors and archived records stay internal. */
export const PUBLIC_EXEMPLAR_STATUSES: readonly ExemplarStatus[] = [
  'recognised',
  'proposedToProvince',
  'provincial',
  'proposedToCentral',
  'national',
]

export const isPublicStatus = (status: string | null | undefined): boolean => PUBLIC_EXEMPLAR_STATUSES.includes(status as ExemplarStatus)
