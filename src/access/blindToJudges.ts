import type { FieldAccess } from 'payload'
import { hasRole } from './user'

/** Identity of an entry's author: judges score blind and can never read it. */
export const blindToJudges: FieldAccess = ({ req }) => !!req.user && !hasRole(req.user, 'judge')
