/** "tỉnh Khánh Hòa" from "Tỉnh Khánh Hòa", "Khánh Hòa" or "thành phố Huế"; empty when there is no name. */
function place(provinceName: string | null | undefined): string {
  const name = (provinceName ?? '').normalize('NFC').trim().replace(/\s+/g, ' ')
  if (!name) return ''
  return /^(tỉnh|thành phố)\s/i.test(name) ? name.charAt(0).toLowerCase() + name.slice(1) : `tỉnh ${name}`
}

/**
 * "Điển hình tiên tiến tỉnh Khánh Hòa năm 2025". The names are data: the province(s) the year stood under (units
 * valid at the year's end, so 2024 is titled after Ninh Thuận and 2025 after the merged Khánh Hòa) or, with no plan
 * in force, the site's province name. A name may already say "tỉnh …" or "thành phố …"; a bare one gets "tỉnh".
 */
export function publicationTitle(provinceNames: string | null | undefined | (string | null | undefined)[], year: number): string {
  const places = [...new Set((Array.isArray(provinceNames) ? provinceNames : [provinceNames]).map(place).filter(Boolean))]
  if (!places.length) return `Điển hình tiên tiến năm ${year}`
  return `Điển hình tiên tiến ${places.join(' và ')} năm ${year}`
}
