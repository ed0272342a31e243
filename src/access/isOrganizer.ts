import type { Access, FieldAccess } from 'payload'
import { hasRole } from './user'

/** Sở Nội vụ and the contest secretariat; admins can do whatever organisers can. */
export const isOrganizer: Access = ({ req }) => hasRole(req.user, 'admin', 'organizer')
export const isOrganizerField: FieldAccess = ({ req }) => hasRole(req.user, 'admin', 'organizer')
