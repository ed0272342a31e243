import type { Access } from 'payload'
import { STAFF_ROLES } from '../domain/roles'
import { hasRole } from './user'

/** Staff read drafts; everyone else reads published documents only. */
export const publishedOrStaff: Access = ({ req }) =>
  hasRole(req.user, ...STAFF_ROLES) ? true : { _status: { equals: 'published' } }
