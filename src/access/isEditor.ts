import type { Access } from 'payload'
import { hasRole } from './user'

/** Editors of Ban Tuyên giáo and the newsrooms, plus organisers and admins. */
export const isEditorOrOrganizer: Access = ({ req }) => hasRole(req.user, 'admin', 'organizer', 'editor')
