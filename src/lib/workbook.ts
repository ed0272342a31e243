import ExcelJS from 'exceljs'

/** The media type of an .xlsx download. */
export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/** An empty workbook with the platform as its author. */
export function newWorkbook(): ExcelJS.Workbook {
  const book = new ExcelJS.Workbook()
  book.creator = 'Gương Sáng'
  return book
}

/** A sheet laid out as a table: these columns, with their headings in bold on the first row. */
export function addTableSheet(book: ExcelJS.Workbook, name: string, columns: Partial<ExcelJS.Column>[]): ExcelJS.Worksheet {
  const sheet = book.addWorksheet(name)
  sheet.columns = columns
  sheet.getRow(1).font = { bold: true }
  return sheet
}
