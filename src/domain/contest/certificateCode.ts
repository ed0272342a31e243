import { randomInt } from 'node:crypto'

/**
 * The verification code printed on a certificate: 10 characters of Crockford's base 32 (no I, L, O, U, so a
 * code read aloud or typed from paper is not mistaken), shown as `GS-XXXXX-XXXXX`. Random, so the codes of
 * other winners cannot be guessed from one's own.
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'
const LENGTH = 10

export function newCertificateCode(random: (max: number) => number = randomInt): string {
  let raw = ''
  for (let i = 0; i < LENGTH; i++) raw += ALPHABET[random(ALPHABET.length)]
  return formatCertificateCode(raw)
}

export const formatCertificateCode = (raw: string) => `GS-${raw.slice(0, 5)}-${raw.slice(5)}`

/** What a person typed (any case, spaces or dashes, O for 0, I or L for 1) as the stored code, or null. */
export function normalizeCertificateCode(input: string | null | undefined): string | null {
  if (!input) return null
  let raw = input.toUpperCase().replace(/[\s-]/g, '')
  if (raw.startsWith('GS')) raw = raw.slice(2)
  raw = raw.replace(/O/g, '0').replace(/[IL]/g, '1')
  if (raw.length !== LENGTH || [...raw].some((c) => !ALPHABET.includes(c))) return null
  return formatCertificateCode(raw)
}
