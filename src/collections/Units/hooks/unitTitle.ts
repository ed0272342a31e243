import type { FieldHook } from 'payload'
import { formatDate } from '@/lib/site/format'

/**
 * Names repeat across reorganisations (the old and the new "Xã Phước Dinh"): the title used in pickers and lists
 * carries the validity, e.g. "Xã Phước Dinh (01/07/2025 – nay)".
 */
export const unitTitle: FieldHook = ({ siblingData, originalDoc }) => {
  const unit = { ...originalDoc, ...siblingData }
  const from = unit.validFrom ? formatDate(unit.validFrom) : '…'
  const to = unit.validTo ? formatDate(unit.validTo) : 'nay'
  return `${unit.name} (${from} – ${to})`
}
