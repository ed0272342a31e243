import type { Access } from 'payload'
import { STAFF_ROLES } from '../domain/roles'
import { hasRole } from './user'

export const isStaff: Access = ({ req }) => hasRole(req.user, ...STAFF_ROLES)
