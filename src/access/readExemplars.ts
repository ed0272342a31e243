import type { Access } from 'payload'
import { PUBLIC_EXEMPLAR_STATUSES } from '../domain/exemplars/status'
import { readableUnitIds } from '../lib/unitScope'
import { asUser, hasRole, refId } from './user'

const PUBLIC = { status: { in: [...PUBLIC_EXEMPLAR_STATUSES] } }

/** Organisers and editors read the whole register; a unit officer also reads their own units' internal records; everyone else reads `recognised` and above. */
export const readExemplars: Access = async ({ req }) => {
  const user = asUser(req.user)
  if (hasRole(user, 'admin', 'organizer', 'editor')) return true
  const unit = refId(user?.unit)
  if (user && hasRole(user, 'unitOfficer') && unit != null) {
    const ids = await readableUnitIds(req, Number(unit))
    return { or: [PUBLIC, { unit: { in: ids.length ? ids : [-1] } }] }
  }
  return PUBLIC
}
