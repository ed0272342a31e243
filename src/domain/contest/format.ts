/** A YYYY-MM-DD calendar day written dd/MM/yyyy. */
export const formatVnDay = (day: string): string => {
  const [y, m, d] = day.slice(0, 10).split('-')
  return `${d}/${m}/${y}`
}
