import type { PayloadRequest } from 'payload'
import { STAFF_ROLES } from '../domain/roles'
import { hasRole } from './user'

/** Journalists have accounts for the public site only. */
export const canAccessAdmin = ({ req }: { req: PayloadRequest }): boolean => hasRole(req.user, ...STAFF_ROLES)
