/**
 * Excel cells carry no time zone and exceljs writes a Date's UTC fields, so a submission at 21:14 in Vietnam would
 * read 14:14. Cells get the instant shifted by Vietnam's offset (UTC+7, no daylight saving since 1975) and a
 * dd/mm/yyyy hh:mm format: they read Vietnam time and still sort and compute as dates.
 */
export const VN_EXCEL_DATE_TIME = 'dd/mm/yyyy hh:mm'
const VN_OFFSET_MS = 7 * 60 * 60 * 1000

export function excelVnDateTime(value: string | Date | null | undefined): Date | null {
  if (value == null || value === '') return null
  const t = new Date(value).getTime()
  return Number.isNaN(t) ? null : new Date(t + VN_OFFSET_MS)
}
