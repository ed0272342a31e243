import type { Role } from '../domain/roles'
import { ACCESS_TABLE, actorOf } from './table'

/** Whether the access table gives a role any read on a collection or global (a row scope counts). */
export const roleCanRead = (role: Role, slug: string): boolean => !!ACCESS_TABLE[slug]?.ops.read?.[role]

/** The collections and globals of the table a role cannot read at all: what its admin navigation leaves out. */
export const unreadableFor = (role: Role): string[] =>
  Object.keys(ACCESS_TABLE).filter((slug) => !ACCESS_TABLE[slug].builtIn && !roleCanRead(role, slug))

/**
 * `admin.hidden` of a collection or global, from the access table: hidden from a signed-in role the table gives no
 * read. Administrators see everything. (Refusals stay with the access functions; this only tidies the navigation.)
 */
export function hiddenFor(slug: string): (args: { user: unknown }) => boolean {
  if (!ACCESS_TABLE[slug]) throw new Error(`access table: no collection "${slug}"`)
  return ({ user }) => {
    const actor = actorOf(user)
    if (actor === 'admin') return false
    if (actor === 'public') return true
    return !roleCanRead(actor, slug)
  }
}

/** The admin's own screens (custom views) and the roles that work on them. */
export const ADMIN_SCREENS: { path: string; label: string; roles: readonly Role[] }[] = [
  { path: '/admin/cham-bai', label: 'Bài được phân công', roles: ['judge'] },
  { path: '/admin/xep-hang', label: 'Xếp hạng', roles: ['admin', 'organizer'] },
  { path: '/admin/chi-tieu', label: 'Chỉ tiêu điển hình', roles: ['admin', 'organizer', 'unitOfficer'] },
  { path: '/admin/sap-xep-don-vi', label: 'Sắp xếp đơn vị', roles: ['admin', 'organizer'] },
  { path: '/admin/bao-cao', label: 'Báo cáo năm', roles: ['admin', 'organizer', 'unitOfficer'] },
  { path: '/admin/lich-tuyen-truyen', label: 'Lịch tuyên truyền', roles: ['admin', 'organizer', 'editor'] },
]

/** The screens a user's navigation lists: administrators every one. */
export function screensFor(user: unknown): typeof ADMIN_SCREENS {
  const actor = actorOf(user)
  if (actor === 'admin') return ADMIN_SCREENS
  return ADMIN_SCREENS.filter((s) => (s.roles as readonly string[]).includes(actor))
}
