import type { Access } from 'payload'
import { asUser, hasRole } from './user'

/** Contests in preparation are visible to organisers only. */
export const readContests: Access = ({ req }) =>
  hasRole(req.user, 'admin', 'organizer', 'judge') ? true : { status: { not_equals: 'draft' } }

/** Judges see their own assignments and scores; organisers see all. */
export const ownJudgingRecords: Access = ({ req }) => {
  const user = asUser(req.user)
  if (hasRole(user, 'admin', 'organizer')) return true
  if (user && hasRole(user, 'judge')) return { judge: { equals: user.id } }
  return false
}

export const isJudge: Access = ({ req }) => hasRole(req.user, 'judge', 'admin', 'organizer')
