import type { Access, AccessResult } from 'payload'
import { asUser, hasRole } from './user'

/** Organisers see every entry; a journalist only their own; judges only what they are assigned (blind fields hidden separately). */
export const ownEntries: Access = async ({ req }): Promise<AccessResult> => {
  const user = asUser(req.user)
  if (!user) return false
  if (hasRole(user, 'admin', 'organizer')) return true
  if (hasRole(user, 'journalist')) return { author: { equals: user.id } }
  if (hasRole(user, 'judge')) {
    const assignments = await req.payload.find({
      collection: 'judgeAssignments',
      where: { judge: { equals: user.id }, status: { not_equals: 'conflict' } },
      depth: 0,
      limit: 0,
      pagination: false,
      req,
    })
    const ids = assignments.docs.map((a) => (typeof a.entry === 'object' ? a.entry.id : a.entry))
    return { id: { in: ids.length ? ids : [-1] } }
  }
  return false
}

/** Journalists create their own entries; organisers may enter on someone's behalf. */
export const canCreateEntry: Access = ({ req }) => hasRole(req.user, 'admin', 'organizer', 'journalist')
