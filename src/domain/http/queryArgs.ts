/**
 * Checks on list arguments that Payload passes to the database unchecked (a negative page, a `where` that is not an
 * object, an option a select field does not have): each becomes a clear Vietnamese 400 instead of a database error.
 */
import { MAX_DB_INTEGER } from './dbInteger'

export type SelectOptions = Map<string, Set<string>>

/** Fields whose values are document ids (integers in PostgreSQL): `id` and single-target relationships. */
export type IdFields = Set<string>

export function checkQueryArgs(
  args: { page?: unknown; limit?: unknown; where?: unknown },
  selects: SelectOptions,
  ids: IdFields = new Set(['id']),
): string | null {
  if (args.page !== undefined && args.page !== null) {
    const page = Number(args.page)
    if (!Number.isInteger(page) || page < 1 || page > MAX_DB_INTEGER) return `Số trang (page) phải là số nguyên từ 1 đến ${MAX_DB_INTEGER}.`
  }
  if (args.limit !== undefined && args.limit !== null) {
    const limit = Number(args.limit)
    if (!Number.isInteger(limit) || limit < 0 || limit > MAX_DB_INTEGER)
      return `Giới hạn (limit) phải là số nguyên từ 0 đến ${MAX_DB_INTEGER}.`
  }
  if (args.where !== undefined && args.where !== null) return checkWhere(args.where, selects, ids)
  return null
}

const LIST_OPERATORS = new Set(['in', 'not_in', 'all'])

function checkWhere(where: unknown, selects: SelectOptions, ids: IdFields): string | null {
  if (typeof where !== 'object' || Array.isArray(where)) return 'Điều kiện lọc (where) phải là một đối tượng.'
  for (const [key, value] of Object.entries(where as Record<string, unknown>)) {
    // GraphQL spells them AND / OR
    if (key.toLowerCase() === 'and' || key.toLowerCase() === 'or') {
      const list = Array.isArray(value) ? value : value && typeof value === 'object' ? Object.values(value) : null
      if (!list) return `Điều kiện "${key}" phải là một danh sách.`
      for (const sub of list) {
        const problem = checkWhere(sub, selects, ids)
        if (problem) return problem
      }
      continue
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return `Điều kiện lọc cho "${key}" không hợp lệ.`
    if (ids.has(key)) {
      const problem = checkIds(key, value as Record<string, unknown>)
      if (problem) return problem
      continue
    }
    const options = selects.get(key)
    if (!options) continue
    for (const [op, operand] of Object.entries(value as Record<string, unknown>)) {
      if (op === 'exists') continue
      const values = LIST_OPERATORS.has(op) ? (Array.isArray(operand) ? operand : String(operand ?? '').split(',')) : [operand]
      for (const v of values)
        if (v !== null && v !== undefined && !options.has(String(v)))
          return `Giá trị "${String(v)}" không có trong danh sách lựa chọn của "${key}".`
    }
  }
  return null
}

const ID_OPERATORS = new Set([
  'equals',
  'not_equals',
  'in',
  'not_in',
  'all',
  'greater_than',
  'greater_than_equal',
  'less_than',
  'less_than_equal',
])
const isIdValue = (v: unknown) =>
  v === null || v === '' || v === 'null' || (/^-?\d{1,10}$/.test(String(v).trim()) && Math.abs(Number(v)) <= MAX_DB_INTEGER)

/** An id compared with text or a number PostgreSQL's integer cannot hold ended in a database error (500). */
function checkIds(key: string, ops: Record<string, unknown>): string | null {
  for (const [op, operand] of Object.entries(ops)) {
    if (!ID_OPERATORS.has(op)) continue
    const values = LIST_OPERATORS.has(op) ? (Array.isArray(operand) ? operand : String(operand ?? '').split(',')) : [operand]
    for (const v of values)
      if (!isIdValue(v)) return `Điều kiện lọc "${key}" cần mã tài liệu là số nguyên, không phải "${String(v).slice(0, 40)}".`
  }
  return null
}
