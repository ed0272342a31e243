import { bilingualLabels } from '@/domain/bilingual'

export const ROLES = ['admin', 'organizer', 'editor', 'unitOfficer', 'judge', 'journalist'] as const
export type Role = (typeof ROLES)[number]

export const ROLE_LABELS = bilingualLabels<Role>({
  admin: ['Quản trị hệ thống', 'Administrator'],
  organizer: ['Sở Nội vụ / Ban tổ chức', 'Organizer'],
  editor: ['Biên tập viên', 'Editor'],
  unitOfficer: ['Cán bộ đơn vị', 'Unit officer'],
  judge: ['Giám khảo', 'Judge'],
  journalist: ['Tác giả / Nhà báo', 'Journalist'],
})

/** Sở Nội vụ (the organizers) and the administrators, who may do all an organizer does. */
export const isOrganizerRole = (role: Role | null | undefined): boolean => role === 'admin' || role === 'organizer'

/** Roles that work inside the admin panel; journalists use the public site. */
export const STAFF_ROLES: readonly Role[] = ['admin', 'organizer', 'editor', 'unitOfficer', 'judge']
