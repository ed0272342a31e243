/**
 * Checks on a request body's text before Payload parses it: Payload answers 500 to JSON that is not an object
 * (`null`, `"text"`, `42`, `true`, an array) and to very deep nesting. Each becomes a clear Vietnamese 400.
 */
export const MAX_JSON_DEPTH = 100

/** How deep objects and arrays nest in a JSON text (strings skipped); stops counting past `limit`. */
export function jsonDepth(text: string, limit = MAX_JSON_DEPTH): number {
  let depth = 0
  let max = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (inString) {
      if (c === 92)
        i++ // backslash: skip the escaped character
      else if (c === 34) inString = false
    } else if (c === 34) inString = true
    else if (c === 123 || c === 91) {
      if (++depth > max) max = depth
      if (max > limit) return max
    } else if (c === 125 || c === 93) depth--
  }
  return max
}

/** The problem with a JSON body, in Vietnamese, or null when it is a JSON object Payload can take. */
export function jsonBodyProblem(text: string): string | null {
  if (!text.trim()) return null
  if (jsonDepth(text) > MAX_JSON_DEPTH) return `Dữ liệu JSON lồng quá sâu (tối đa ${MAX_JSON_DEPTH} cấp).`
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return 'Dữ liệu gửi lên không phải JSON hợp lệ.'
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return 'Dữ liệu gửi lên phải là một đối tượng JSON ({...}).'
  if (containsNul(value)) return 'Dữ liệu gửi lên có ký tự NUL (\\u0000), là ký tự không được phép trong văn bản.'
  return null
}

/** Whether a string or key anywhere in a parsed JSON value holds U+0000, which PostgreSQL text cannot hold (a 500). */
function containsNul(value: unknown): boolean {
  if (typeof value === 'string') return value.includes('\u0000')
  if (!value || typeof value !== 'object') return false
  if (Array.isArray(value)) return value.some(containsNul)
  return Object.entries(value).some(([key, v]) => key.includes('\u0000') || containsNul(v))
}
