import type { PayloadRequest } from 'payload'
import { STAFF_ROLES } from '../domain/roles'
import { actorOf } from './table'

/** Journalists have accounts for the public site only; a deactivated account enters nowhere. */
export const canAccessAdmin = ({ req }: { req: PayloadRequest }): boolean => (STAFF_ROLES as readonly string[]).includes(actorOf(req.user))
