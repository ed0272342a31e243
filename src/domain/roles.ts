export const ROLES = ['admin', 'organizer', 'editor', 'unitOfficer', 'judge', 'journalist'] as const
export type Role = (typeof ROLES)[number]

export const ROLE_LABELS: Record<Role, { vi: string; en: string }> = {
  admin: { vi: 'Quản trị hệ thống', en: 'Administrator' },
  organizer: { vi: 'Sở Nội vụ / Ban tổ chức', en: 'Organizer' },
  editor: { vi: 'Biên tập viên', en: 'Editor' },
  unitOfficer: { vi: 'Cán bộ đơn vị', en: 'Unit officer' },
  judge: { vi: 'Giám khảo', en: 'Judge' },
  journalist: { vi: 'Tác giả / Nhà báo', en: 'Journalist' },
}

/** Sở Nội vụ (the organizers) and the administrators, who may do all an organizer does. */
export const isOrganizerRole = (role: Role | null | undefined): boolean => role === 'admin' || role === 'organizer'

/** Roles that work inside the admin panel; journalists use the public site. */
export const STAFF_ROLES: readonly Role[] = ['admin', 'organizer', 'editor', 'unitOfficer', 'judge']
