/**
 * "Điển hình tiên tiến tỉnh Khánh Hòa năm 2025". The province name is data (site settings) and may already say
 * "tỉnh …" or "thành phố …"; a bare name gets "tỉnh"; an empty one leaves the province out.
 */
export function publicationTitle(provinceName: string | null | undefined, year: number): string {
  const name = (provinceName ?? '').normalize('NFC').trim().replace(/\s+/g, ' ')
  if (!name) return `Điển hình tiên tiến năm ${year}`
  const place = /^(tỉnh|thành phố)\s/i.test(name) ? name.charAt(0).toLowerCase() + name.slice(1) : `tỉnh ${name}`
  return `Điển hình tiên tiến ${place} năm ${year}`
}
