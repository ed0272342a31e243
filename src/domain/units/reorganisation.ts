/**
 * "Sắp xếp đơn vị": closing units and opening their successors on one effective day. Pure planning and checks;
 * the endpoint applies the plan in one transaction.
 */
import type { EndReason, UnitKind } from './kinds'
import { isValidOn } from './validity'

export type ReorganisationType = 'merge' | 'split' | 'rename'

export interface NewUnitSpec {
  name: string
  code: string
  kind: UnitKind
  parent?: number | null
}

export interface ReorganisationRequest {
  type: ReorganisationType
  from: number[]
  /** new units to open; `existing` continues an existing unit that absorbs the others */
  into: ({ existing: number } | NewUnitSpec)[]
  effectiveDate: string
  decision: string
}

export interface ExistingUnit {
  id: number
  name: string
  validFrom?: string | null
  validTo?: string | null
}

export type ReorganisationPlan =
  { ok: true; closeOn: string; endReason: EndReason; create: NewUnitSpec[]; existingSuccessors: number[] } | { ok: false; errors: string[] }

const END_REASON: Record<ReorganisationType, EndReason> = { merge: 'merged', split: 'split', rename: 'renamed' }

export function dayBefore(day: string): string {
  const d = new Date(`${day}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() - 1)
  return d.toISOString().slice(0, 10)
}

export function planReorganisation(req: ReorganisationRequest, units: ExistingUnit[]): ReorganisationPlan {
  const errors: string[] = []
  const from = [...new Set(req.from)]
  if (!/^\d{4}-\d{2}-\d{2}$/.test(req.effectiveDate ?? '') || Number.isNaN(Date.parse(req.effectiveDate)))
    errors.push('Ngày hiệu lực không hợp lệ (định dạng YYYY-MM-DD).')
  if (!req.decision?.trim()) errors.push('Cần ghi số, ngày của quyết định / nghị quyết sắp xếp.')
  if (req.type === 'merge' && (from.length < 2 || req.into.length !== 1))
    errors.push('Sáp nhập cần ít nhất 2 đơn vị cũ và đúng 1 đơn vị mới.')
  if (req.type === 'split' && (from.length !== 1 || req.into.length < 2))
    errors.push('Chia tách cần đúng 1 đơn vị cũ và ít nhất 2 đơn vị mới.')
  if (req.type === 'rename' && (from.length !== 1 || req.into.length !== 1)) errors.push('Đổi tên cần đúng 1 đơn vị cũ và 1 tên mới.')
  if (!END_REASON[req.type]) errors.push('Loại sắp xếp không hợp lệ (merge, split, rename).')
  if (errors.length) return { ok: false, errors }

  const closeOn = dayBefore(req.effectiveDate)
  const byId = new Map(units.map((u) => [u.id, u]))
  for (const id of from) {
    const unit = byId.get(id)
    if (!unit) errors.push(`Không tìm thấy đơn vị có mã số ${id}.`)
    else if (!isValidOn(unit, closeOn) || !isValidOn(unit, req.effectiveDate))
      errors.push(`Đơn vị "${unit.name}" không còn hiệu lực vào ngày ${req.effectiveDate}.`)
  }
  const create: NewUnitSpec[] = []
  const existingSuccessors: number[] = []
  for (const target of req.into) {
    if ('existing' in target) {
      const unit = byId.get(target.existing)
      if (!unit) errors.push(`Không tìm thấy đơn vị kế thừa có mã số ${target.existing}.`)
      else if (from.includes(unit.id) && req.type !== 'merge') errors.push(`Đơn vị "${unit.name}" không thể kế thừa chính nó.`)
      else existingSuccessors.push(unit.id)
    } else {
      if (!target.name?.trim() || !target.code?.trim() || !target.kind) errors.push('Đơn vị mới cần có tên, mã và loại.')
      else create.push({ ...target, name: target.name.trim().normalize('NFC'), code: target.code.trim() })
    }
  }
  // an existing unit that absorbs others continues: it is not closed
  const closing = from.filter((id) => !existingSuccessors.includes(id))
  if (!closing.length) errors.push('Không có đơn vị nào kết thúc hoạt động.')
  if (errors.length) return { ok: false, errors }
  return { ok: true, closeOn, endReason: END_REASON[req.type], create, existingSuccessors }
}
