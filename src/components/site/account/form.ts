/** What the account forms check before they send: trimmed field text, an address that looks like one, the password length. */

/** Trimmed text of a form field; empty strings become undefined so optional fields are simply left out. */
export function formText(form: FormData, name: string): string | undefined {
  const v = form.get(name)
  if (typeof v !== 'string') return undefined
  const t = v.trim()
  return t ? t : undefined
}

export const looksLikeEmail = (s: string | undefined) => !!s && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(s)

/** The form's own check; the server enforces the same length (src/collections/Users/hooks/passwordPolicy.ts). */
export const MIN_PASSWORD = 8
