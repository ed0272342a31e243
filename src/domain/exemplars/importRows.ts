import type { Role } from '../roles'
import { isValidOn } from '../units/validity'
import { checkInitialStatus } from './lifecycle'
import { EXEMPLAR_STATUSES, EXEMPLAR_STATUS_LABELS, type ExemplarStatus } from './status'

/**
 * Validation of a spreadsheet of exemplars (XLSX or CSV) before anything is written: every error of every row is
 * reported with its row number, so the unit can fix the file in one go; the import is all or nothing.
 */

export type Cell = string | number | boolean | Date | null | undefined
export interface SheetRow {
  /** the row number the user sees in the spreadsheet (header = 1) */
  row: number
  cells: Cell[]
}

export interface ImportUnit {
  id: number
  code: string
  validFrom?: string | null
  validTo?: string | null
}

export interface ImportContext {
  units: ImportUnit[]
  /** field-of-life code → id */
  fields: Record<string, number>
  /** units the caller may write in; null = everywhere (Sở Nội vụ) */
  writableUnitIds: number[] | null
  role: Role | null | undefined
  /** today in Vietnam, YYYY-MM-DD */
  today: string
}

export type ExemplarKind = 'individual' | 'collective' | 'household'

export interface ImportedExemplar {
  row: number
  name: string
  kind: ExemplarKind
  unit: number
  fields: number[]
  discoveredOn: string
  status: ExemplarStatus
  summary?: string
  locality?: string
  ethnicGroup?: string
}

export interface RowError {
  row: number
  message: string
}

export type ImportResult = { ok: true; rows: ImportedExemplar[] } | { ok: false; errors: RowError[] }

export const MAX_IMPORT_ROWS = 2000

/** Lower case, no diacritics, đ → d, single spaces: how headers, kinds and statuses are matched. */
export const fold = (value: string): string =>
  value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()

type Column = 'name' | 'kind' | 'unit' | 'fields' | 'discoveredOn' | 'status' | 'summary' | 'locality' | 'ethnicGroup'

export const IMPORT_COLUMNS: Record<Column, { header: string; required: boolean }> = {
  name: { header: 'Tên', required: true },
  kind: { header: 'Loại', required: true },
  unit: { header: 'Mã đơn vị', required: true },
  fields: { header: 'Lĩnh vực', required: false },
  discoveredOn: { header: 'Ngày phát hiện', required: true },
  status: { header: 'Trạng thái', required: false },
  summary: { header: 'Tóm tắt', required: false },
  locality: { header: 'Địa bàn', required: false },
  ethnicGroup: { header: 'Dân tộc', required: false },
}

const KINDS: Record<string, ExemplarKind> = {
  'ca nhan': 'individual',
  'tap the': 'collective',
  'ho gia dinh': 'household',
  individual: 'individual',
  collective: 'collective',
  household: 'household',
}

const STATUSES: Record<string, ExemplarStatus> = Object.fromEntries(
  EXEMPLAR_STATUSES.flatMap((s) => [
    [fold(s), s],
    [fold(EXEMPLAR_STATUS_LABELS[s].vi), s],
  ]),
)

const pad = (n: number) => String(n).padStart(2, '0')
const dmy = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`

/** A cell as trimmed NFC text (dates as dd/mm/yyyy, read from the calendar day Excel stored). */
export function cellText(cell: Cell): string {
  if (cell == null) return ''
  if (cell instanceof Date)
    return Number.isNaN(cell.getTime()) ? '' : `${pad(cell.getUTCDate())}/${pad(cell.getUTCMonth() + 1)}/${cell.getUTCFullYear()}`
  return String(cell).normalize('NFC').trim()
}

/** dd/mm/yyyy (also d/m/yyyy, with - or .) → YYYY-MM-DD, or null when it is not a real calendar day. */
export function parseVnDate(text: string): string | null {
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text.trim())
  if (!m) return null
  const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])]
  const date = new Date(Date.UTC(y, mo - 1, d))
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null
  return `${y}-${pad(mo)}-${pad(d)}`
}

export function validateImportRows(sheet: SheetRow[], ctx: ImportContext): ImportResult {
  const errors: RowError[] = []
  const [header, ...body] = sheet
  if (!header) return { ok: false, errors: [{ row: 1, message: 'Tệp trống: cần một dòng tiêu đề và ít nhất một dòng dữ liệu.' }] }

  const position: Partial<Record<Column, number>> = {}
  const byHeader = new Map((Object.keys(IMPORT_COLUMNS) as Column[]).map((c) => [fold(IMPORT_COLUMNS[c].header), c]))
  header.cells.forEach((cell, i) => {
    const column = byHeader.get(fold(cellText(cell)))
    if (column && position[column] === undefined) position[column] = i
  })
  const missing = (Object.keys(IMPORT_COLUMNS) as Column[]).filter((c) => IMPORT_COLUMNS[c].required && position[c] === undefined)
  if (missing.length)
    return {
      ok: false,
      errors: [
        {
          row: header.row,
          message: `Thiếu cột: ${missing.map((c) => IMPORT_COLUMNS[c].header).join(', ')}. Các cột cần có: ${Object.values(IMPORT_COLUMNS)
            .map((c) => c.header)
            .join(', ')}.`,
        },
      ],
    }

  const rows = body.filter((r) => r.cells.some((c) => cellText(c) !== ''))
  if (!rows.length) return { ok: false, errors: [{ row: header.row, message: 'Tệp không có dòng dữ liệu nào.' }] }
  if (rows.length > MAX_IMPORT_ROWS)
    return {
      ok: false,
      errors: [{ row: header.row, message: `Mỗi lần chỉ nhập tối đa ${MAX_IMPORT_ROWS} dòng; tệp có ${rows.length} dòng.` }],
    }

  const unitsByCode = new Map(ctx.units.map((u) => [u.code.trim().toUpperCase(), u]))
  const fieldsByCode = new Map(Object.entries(ctx.fields).map(([code, id]) => [code.trim().toUpperCase(), id]))
  const writable = ctx.writableUnitIds ? new Set(ctx.writableUnitIds) : null
  const seen = new Map<string, number>()
  const out: ImportedExemplar[] = []

  for (const { row, cells } of rows) {
    const value = (c: Column) => (position[c] === undefined ? '' : cellText(cells[position[c]!]))
    const add = (message: string) => errors.push({ row, message })
    const before = errors.length

    const name = value('name')
    if (!name) add('Thiếu tên tập thể, cá nhân, hộ gia đình (cột “Tên”).')

    const kindText = value('kind')
    const kind = KINDS[fold(kindText)]
    if (!kindText) add('Thiếu loại (cột “Loại”: Cá nhân, Tập thể hoặc Hộ gia đình).')
    else if (!kind) add(`Loại “${kindText}” không hợp lệ: chỉ nhận Cá nhân, Tập thể hoặc Hộ gia đình.`)

    const dateText = value('discoveredOn')
    const discoveredOn = parseVnDate(dateText)
    if (!dateText) add('Thiếu ngày phát hiện (cột “Ngày phát hiện”, dạng dd/mm/yyyy).')
    else if (!discoveredOn) add(`Ngày phát hiện “${dateText}” không hợp lệ: cần một ngày có thật, dạng dd/mm/yyyy.`)
    else if (discoveredOn > ctx.today) add(`Ngày phát hiện ${dmy(discoveredOn)} ở tương lai.`)

    const code = value('unit')
    const unit = code ? unitsByCode.get(code.toUpperCase()) : undefined
    if (!code) add('Thiếu mã đơn vị (cột “Mã đơn vị”).')
    else if (!unit) add(`Không có đơn vị mã “${code}”.`)
    else {
      if (writable && !writable.has(unit.id)) add(`Đơn vị “${code}” nằm ngoài phạm vi đơn vị của bạn.`)
      if (discoveredOn && !isValidOn(unit, discoveredOn)) add(`Đơn vị “${code}” không hoạt động vào ngày phát hiện ${dmy(discoveredOn)}.`)
    }

    const fieldIds: number[] = []
    for (const fieldCode of value('fields')
      .split(/[,;]/)
      .map((s) => s.trim())
      .filter(Boolean)) {
      const id = fieldsByCode.get(fieldCode.toUpperCase())
      if (id == null) add(`Không có lĩnh vực mã “${fieldCode}”.`)
      else if (!fieldIds.includes(id)) fieldIds.push(id)
    }

    const statusText = value('status')
    let status: ExemplarStatus = 'newFactor'
    if (statusText) {
      const found = STATUSES[fold(statusText)]
      if (!found) add(`Trạng thái “${statusText}” không hợp lệ.`)
      else {
        status = found
        const verdict = checkInitialStatus(found, ctx.role)
        if (!verdict.ok) add(verdict.message)
      }
    }

    if (name && unit) {
      const key = `${fold(name)}|${unit.id}`
      const first = seen.get(key)
      if (first !== undefined) add(`Trùng tên và đơn vị với dòng ${first}.`)
      else seen.set(key, row)
    }

    if (errors.length === before && kind && unit && discoveredOn) {
      const optional = (c: Column) => value(c) || undefined
      out.push({
        row,
        name,
        kind,
        unit: unit.id,
        fields: fieldIds,
        discoveredOn,
        status,
        summary: optional('summary'),
        locality: optional('locality'),
        ethnicGroup: optional('ethnicGroup'),
      })
    }
  }
  return errors.length ? { ok: false, errors } : { ok: true, rows: out }
}
