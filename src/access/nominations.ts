import type { Access } from 'payload'
import { hasRole } from './user'

/** Public nominations hold private contact details: organisers and editors read and moderate them. */
export const moderateNominations: Access = ({ req }) => hasRole(req.user, 'admin', 'organizer', 'editor')
