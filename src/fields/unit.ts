import { validations, type FilterOptions, type RelationshipField, type Validate } from 'payload'
import { asUser, hasRole, refId } from '../access/user'
import { writableUnitIds } from '../lib/unitScope'

/** A unit officer may only file records under units of their own subtree that are still open. */
const insideOfficerScope: Validate = async (value, options) => {
  const { req } = options
  const user = asUser(req.user)
  if (user && hasRole(user, 'unitOfficer') && value != null) {
    // the officer's own message first: clearer than the generic "invalid selection" of the filtered picker
    const own = refId(user.unit)
    if (own == null) return 'Tài khoản chưa được gán đơn vị.'
    const allowed = await writableUnitIds(req, Number(own))
    if (!allowed.includes(Number(refId(value as number)))) return 'Đơn vị này nằm ngoài phạm vi đơn vị của bạn.'
  }
  return validations.relationship(value as never, options as never)
}

/** Officers pick among the units they may write to; organisers also among closed units, to record history. */
const officerChoices: FilterOptions = async ({ req, user }) => {
  const u = asUser(user)
  if (!u || !hasRole(u, 'unitOfficer')) return true
  const own = refId(u.unit)
  if (own == null) return { id: { equals: -1 } }
  const allowed = await writableUnitIds(req, Number(own))
  return { id: { in: allowed.length ? allowed : [-1] } }
}

/** The unit a record was made in: kept as it was, even after the unit is merged or renamed. */
export function unitField(overrides: Partial<RelationshipField> = {}): RelationshipField {
  return {
    name: 'unit',
    type: 'relationship',
    relationTo: 'units',
    label: { vi: 'Đơn vị', en: 'Unit' },
    required: true,
    index: true,
    validate: insideOfficerScope,
    filterOptions: officerChoices,
    ...overrides,
  } as RelationshipField
}
