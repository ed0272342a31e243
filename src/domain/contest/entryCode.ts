/** Two letters per medium in entry codes: BI báo in, DT điện tử, PT phát thanh, TH truyền hình, AB ảnh báo chí. */
export const MEDIUM_CODES = { print: 'BI', online: 'DT', radio: 'PT', tv: 'TH', photo: 'AB' } as const
export type Medium = keyof typeof MEDIUM_CODES

/** `GS2026-BI-` : every code of one year and medium starts with it. */
export function entryCodePrefix(year: number, medium: Medium): string {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) throw new Error(`invalid contest year ${year}`)
  const code = MEDIUM_CODES[medium]
  if (!code) throw new Error(`unknown medium ${medium}`)
  return `GS${year}-${code}-`
}

/** `GS2026-BI-0007`; sequences past 9999 simply grow wider. */
export function entryCode(year: number, medium: Medium, sequence: number): string {
  if (!Number.isInteger(sequence) || sequence < 1) throw new Error(`invalid sequence ${sequence}`)
  return `${entryCodePrefix(year, medium)}${String(sequence).padStart(4, '0')}`
}

/** The sequence number of a code with this prefix, or null for anything else. */
export function entrySequence(code: string | null | undefined, prefix: string): number | null {
  if (!code || !code.startsWith(prefix)) return null
  const rest = code.slice(prefix.length)
  return /^\d+$/.test(rest) ? Number(rest) : null
}

/** The next code after the highest one already given with the same prefix. */
export function nextEntryCode(year: number, medium: Medium, existing: readonly (string | null | undefined)[]): string {
  const prefix = entryCodePrefix(year, medium)
  const max = existing.reduce<number>((m, c) => Math.max(m, entrySequence(c, prefix) ?? 0), 0)
  return entryCode(year, medium, max + 1)
}
