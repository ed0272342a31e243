/** What the account forms check before they send: trimmed field text, an address that looks like one, the password length. */

/** Trimmed text of a form field; empty strings become undefined so optional fields are simply left out. */
export function formText(form: FormData, name: string): string | undefined {
  const v = form.get(name)
  if (typeof v !== 'string') return undefined
  const t = v.trim()
  return t ? t : undefined
}

const looksLikeEmail = (s: string | undefined) => !!s && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(s)

/** What is wrong with an entered address: missing or malformed; undefined when it looks like one. */
export function emailProblem(email: string | undefined): string | undefined {
  if (!email) return 'Vui lòng nhập địa chỉ thư điện tử.'
  if (!looksLikeEmail(email)) return 'Địa chỉ thư điện tử không hợp lệ.'
  return undefined
}

/** The form's own check; the server enforces the same length (src/collections/Users/hooks/passwordPolicy.ts). */
export const MIN_PASSWORD = 8

export const PASSWORD_TOO_SHORT = `Mật khẩu cần ít nhất ${MIN_PASSWORD} ký tự.`
