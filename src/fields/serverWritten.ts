import type { Field } from 'payload'
import { withAccess, type FieldAccessRules } from './withAccess'

/**
 * Fields only the server fills in (totals, counters, stamps): shown read-only in the admin and, given the access
 * table's rule, refused to any other writer of the API.
 */
export function serverWritten(fields: Field[], access?: FieldAccessRules): Field[] {
  const readOnly = fields.map((field) => ({ ...field, admin: { readOnly: true, ...field.admin } }) as Field)
  return access ? withAccess(access, readOnly) : readOnly
}
