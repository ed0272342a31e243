import {
  validations,
  type FilterOptions,
  type FilterOptionsProps,
  type PayloadRequest,
  type RelationshipField,
  type Validate,
  type Where,
} from 'payload'
import { asUser, hasRole, refId } from '../access/user'
import { vnDay } from '../domain/time/vietnam'
import { mayHoldRecordsOf } from '../domain/units/validity'
import { loadUnitTree, writableUnitIds } from '../lib/unitScope'

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

/** Officers pick among the units they may write to; organizers also among closed units, to record history. */
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

/** The record's own span of days; a record without a date yet is being made today. */
function recordSpan(data: Record<string, unknown> | undefined, datedBy: DatedBy): [string, string] {
  if ('year' in datedBy) {
    const year = Number(data?.[datedBy.year])
    if (Number.isInteger(year) && year > 1900 && year < 10000) return [`${year}-01-01`, `${year}-12-31`]
  } else {
    const raw = data?.[datedBy.day]
    const day = typeof raw === 'string' || raw instanceof Date ? vnDay(raw) : ''
    if (/^\d{4}-\d{2}-\d{2}$/.test(day)) return [day, day]
  }
  const today = vnDay(new Date())
  return [today, today]
}

/** The units valid on the record's own date: current units for new records, closed ones where history is recorded. */
export async function validOnRecordDate(req: PayloadRequest, data: Record<string, unknown> | undefined, datedBy: DatedBy): Promise<Where> {
  const [from, to] = recordSpan(data, datedBy)
  const tree = await loadUnitTree(req)
  const succeeding = new Set(tree.flatMap((u) => u.successors ?? []))
  const ids = tree.filter((u) => mayHoldRecordsOf(u, from, to, succeeding.has(u.id))).map((u) => u.id)
  return { id: { in: ids.length ? ids : [-1] } }
}

/**
 * The unit a record was made in: kept as it was, even after the unit is merged or renamed. With `datedBy` the picker
 * offers the units valid on the record's date: current units for new records, closed ones where history is edited.
 */
export function unitField(overrides: Partial<RelationshipField> = {}, datedBy?: DatedBy): RelationshipField {
  const filterOptions: FilterOptions = async (args) => {
    const officer = await officerChoices(args)
    if (!datedBy) return officer
    const valid = await validOnRecordDate(args.req, args.data, datedBy)
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
