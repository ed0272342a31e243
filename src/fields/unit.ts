import { validations, type FilterOptions, type FilterOptionsProps, type RelationshipField, type Validate, type Where } from 'payload'
import { asUser, hasRole, refId } from '../access/user'
import { startOfVnDay, vnDay, yearBounds } from '../domain/time/vietnam'
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
const officerChoices = async ({ req, user }: FilterOptionsProps): Promise<Where | true> => {
  const u = asUser(user)
  if (!u || !hasRole(u, 'unitOfficer')) return true
  const own = refId(u.unit)
  if (own == null) return { id: { equals: -1 } }
  const allowed = await writableUnitIds(req, Number(own))
  return { id: { in: allowed.length ? allowed : [-1] } }
}

/** What dates a record: a day field (the unit must be valid that day) or a year field (valid at some moment of it). */
export type DatedBy = { day: string } | { year: string }

const nextDay = (day: string) => new Date(startOfVnDay(day).getTime() + 86_400_000)

/** Units valid from `start` (inclusive) to `end` (exclusive), instants compared so any stored time of day works. */
function validBetween(start: Date, end: Date): Where {
  return { and: [{ validFrom: { less_than: end.toISOString() } }, { or: [{ validTo: { exists: false } }, { validTo: { greater_than_equal: start.toISOString() } }] }] }
}

/** The units valid on the record's own date; a record without one yet is being made today, among open units. */
export function validOnRecordDate(data: Record<string, unknown> | undefined, datedBy: DatedBy): Where {
  if ('year' in datedBy) {
    const year = Number(data?.[datedBy.year])
    if (Number.isInteger(year) && year > 1900) {
      const { start, end } = yearBounds(year)
      return validBetween(start, end)
    }
  } else {
    const raw = data?.[datedBy.day]
    if (typeof raw === 'string' || raw instanceof Date) {
      const day = vnDay(raw)
      if (/^\d{4}-\d{2}-\d{2}$/.test(day)) return validBetween(startOfVnDay(day), nextDay(day))
    }
  }
  const today = vnDay(new Date())
  return validBetween(startOfVnDay(today), nextDay(today))
}

/**
 * The unit a record was made in: kept as it was, even after the unit is merged or renamed. With `datedBy` the picker
 * offers the units valid on the record's date: current units for new records, closed ones where history is edited.
 */
export function unitField(overrides: Partial<RelationshipField> = {}, datedBy?: DatedBy): RelationshipField {
  const filterOptions: FilterOptions = async (args) => {
    const officer = await officerChoices(args)
    if (!datedBy) return officer
    const valid = validOnRecordDate(args.data, datedBy)
    return officer === true ? valid : { and: [officer, valid] }
  }
  return {
    name: 'unit',
    type: 'relationship',
    relationTo: 'units',
    label: { vi: 'Đơn vị', en: 'Unit' },
    required: true,
    index: true,
    validate: insideOfficerScope,
    filterOptions,
    ...overrides,
  } as RelationshipField
}
