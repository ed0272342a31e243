import type { Field, FieldAccess } from 'payload'

export type FieldAccessRules = { read?: FieldAccess; create?: FieldAccess; update?: FieldAccess }

/** Fields that all follow one rule of the access table (an author's identity, hidden from judges). */
export function withAccess(access: FieldAccessRules, fields: Field[]): Field[] {
  return fields.map((field) => ({ ...field, access }) as Field)
}
