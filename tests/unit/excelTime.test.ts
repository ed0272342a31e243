import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { excelVnDateTime, VN_EXCEL_DATE_TIME } from '../../src/lib/excelTime'

describe('excelVnDateTime', () => {
  it('a 21:14 submission in Vietnam (14:14 UTC) reads 21:14 in the workbook', async () => {
    const book = new ExcelJS.Workbook()
    const sheet = book.addWorksheet('x')
    sheet.columns = [{ header: 't', key: 't', style: { numFmt: VN_EXCEL_DATE_TIME } }]
    sheet.addRow({ t: excelVnDateTime('2026-11-27T14:14:00.000Z') })
    const back = new ExcelJS.Workbook()
    await back.xlsx.load((await book.xlsx.writeBuffer()) as never)
    const cell = back.getWorksheet('x')!.getCell('A2')
    expect((cell.value as Date).toISOString()).toBe('2026-11-27T21:14:00.000Z')
    expect(cell.numFmt).toBe('dd/mm/yyyy hh:mm')
  })

  it('crosses midnight into the next Vietnamese day', () =>
    expect(excelVnDateTime('2026-03-31T17:30:00Z')!.toISOString()).toBe('2026-04-01T00:30:00.000Z'))

  it.each([null, undefined, '', 'not a date'])('%s → null', (v) => expect(excelVnDateTime(v)).toBeNull())
})
