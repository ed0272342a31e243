import { isOrganizerRole, type Role } from './roles'

type Ref = number | string | { id: number | string } | null | undefined

/** The part of a user document the access rules read. */
export interface AppUser {
  id: number | string
  collection?: string
  role?: Role | null
  unit?: Ref
  outlets?: Ref[] | null
}

/** The one id helper (src/domain/ids.ts), re-exported for the access rules and their callers. */
export { refId } from './ids'

export const asUser = (user: unknown): AppUser | null => (user && typeof user === 'object' && 'id' in user ? (user as AppUser) : null)

export const hasRole = (user: unknown, ...roles: Role[]): boolean => {
  const u = asUser(user)
  return !!u?.role && roles.includes(u.role)
}

/** An organizer or an administrator: the one check for what Sở Nội vụ may do. */
export const isOrganizer = (user: unknown): boolean => isOrganizerRole(asUser(user)?.role)
