import type { FieldAccess } from 'payload'

/** Fields only the server's hooks write (with overrideAccess or from inside a collection hook); nobody sets them through an API. */
export const serverOnlyField: FieldAccess = () => false
