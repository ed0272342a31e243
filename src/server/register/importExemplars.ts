import { Readable } from 'node:stream'
import ExcelJS from 'exceljs'
import { APIError, commitTransaction, initTransaction, killTransaction, type PayloadRequest } from 'payload'
import { Refusal } from '../../lib/api/errors'
import { asUser, isOrganizer, refId } from '../../access/user'
import { validateImportRows, type Cell, type SheetRow } from '../../domain/exemplars/importRows'
import { vnDay } from '../../domain/units/validity'
import { writeAudit } from '../../lib/audit'
import { writableUnitIds } from '../../lib/unitScope'

export interface ImportError {
  row?: number
  message: string
}

export type ImportResult = { ok: true; created: number } | { ok: false; errors: ImportError[] }

/** An exceljs cell value as something the pure validator understands. */
function plain(value: ExcelJS.CellValue): Cell {
  if (value == null) return null
  if (value instanceof Date || typeof value !== 'object') return value as Cell
  if ('richText' in value) return value.richText.map((r) => r.text).join('')
  if ('text' in value) return String(value.text)
  if ('result' in value) return plain(value.result as ExcelJS.CellValue)
  return null
}

/** XLSX (a zip: starts with "PK") or CSV (UTF-8, with or without BOM) → rows of cells, with the user's row numbers. */
async function readSheet(bytes: Buffer): Promise<SheetRow[]> {
  const book = new ExcelJS.Workbook()
  let sheet: ExcelJS.Worksheet | undefined
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) {
    await book.xlsx.load(bytes as unknown as ArrayBuffer)
    sheet = book.worksheets[0]
  } else {
    const text = bytes.toString('utf8').replace(/^\uFEFF/, '')
    if (text.includes('\u0000') || text.includes('\uFFFD')) throw new Refusal('Tệp không phải XLSX hoặc CSV (UTF-8).', 400)
    // keep every value as text: our dates are dd/mm/yyyy and unit codes may start with 0
    sheet = await book.csv.read(Readable.from([text]), {
      map: (v: unknown) => v,
      parserOptions: { delimiter: text.split('\n', 1)[0].includes(';') && !text.split('\n', 1)[0].includes(',') ? ';' : ',' },
    } as never)
  }
  const rows: SheetRow[] = []
  sheet?.eachRow({ includeEmpty: false }, (row) => {
    const values = Array.isArray(row.values) ? row.values.slice(1) : []
    rows.push({ row: row.number, cells: values.map((v) => plain(v as ExcelJS.CellValue)) })
  })
  return rows
}

async function scopeFor(req: PayloadRequest): Promise<number[] | null> {
  if (isOrganizer(req.user)) return null
  const unit = refId(asUser(req.user)?.unit)
  return unit == null ? [] : writableUnitIds(req, Number(unit))
}

/**
 * Creates exemplars from an XLSX or CSV sheet, as the caller (their role and units decide). Every row is validated
 * first (src/domain/exemplars/importRows.ts); then all rows are created in one transaction, so a failure leaves
 * nothing behind.
 */
export async function importExemplars(req: PayloadRequest, input: { bytes: Buffer; fileName: string | null }): Promise<ImportResult> {
  let sheet: SheetRow[]
  try {
    sheet = await readSheet(input.bytes)
  } catch (err) {
    if (err instanceof APIError) throw err
    return { ok: false, errors: [{ message: 'Không đọc được tệp: cần tệp Excel (.xlsx) hoặc CSV (UTF-8) có dòng tiêu đề.' }] }
  }

  const [units, fields, scope] = await Promise.all([
    req.payload.find({
      collection: 'units',
      depth: 0,
      limit: 0,
      pagination: false,
      select: { code: true, validFrom: true, validTo: true },
      req,
    }),
    req.payload.find({ collection: 'fields', depth: 0, limit: 0, pagination: false, select: { code: true }, req }),
    scopeFor(req),
  ])
  const result = validateImportRows(sheet, {
    units: units.docs.map((u) => ({ id: u.id, code: u.code, validFrom: u.validFrom, validTo: u.validTo })),
    fields: Object.fromEntries(fields.docs.map((f) => [f.code, f.id])),
    writableUnitIds: scope,
    role: asUser(req.user)?.role,
    today: vnDay(new Date()),
  })
  if (!result.ok) return { ok: false, errors: result.errors }

  const shouldCommit = await initTransaction(req)
  let current = 0
  try {
    const ids: number[] = []
    for (const row of result.rows) {
      current = row.row
      const { row: _row, ...data } = row
      const doc = await req.payload.create({ collection: 'exemplars', data, overrideAccess: false, user: req.user, depth: 0, req })
      ids.push(doc.id)
    }
    await writeAudit(req, { action: 'exemplar.imported', collection: 'exemplars', docId: ids[0], after: { ids, file: input.fileName } })
    if (shouldCommit) await commitTransaction(req)
    return { ok: true, created: ids.length }
  } catch (err) {
    if (shouldCommit) await killTransaction(req)
    const message = err instanceof Error ? err.message : String(err)
    const detail = (err as { data?: { errors?: { message?: string }[] } }).data?.errors
      ?.map((e) => e.message)
      .filter(Boolean)
      .join('; ')
    return { ok: false, errors: [{ row: current, message: `Không tạo được hồ sơ: ${detail || message}. Không dòng nào được nhập.` }] }
  }
}
