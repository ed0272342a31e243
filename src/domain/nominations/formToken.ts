import { createHmac, timingSafeEqual } from 'node:crypto'

/** A person needs at least this long to read the form and describe someone; bots post at once. */
export const MIN_FILL_MS = 5_000
/** A form left open longer than this is refused (the visitor reloads the page): old tokens are not replayed. */
export const MAX_FORM_AGE_MS = 24 * 60 * 60 * 1000

const sign = (issuedAt: number, secret: string) => createHmac('sha256', secret).update(`nomination-form:${issuedAt}`).digest('base64url')

/** The hidden `formToken` the page renders: when the form was served, signed so it cannot be back-dated. */
export function issueFormToken(secret: string, now: number = Date.now()): string {
  return `${now}.${sign(now, secret)}`
}

export type FormTokenCheck = { ok: true } | { ok: false; reason: 'missing' | 'invalid' | 'tooFast' | 'expired' }

export function checkFormToken(token: unknown, secret: string, now: number = Date.now()): FormTokenCheck {
  if (typeof token !== 'string' || !token) return { ok: false, reason: 'missing' }
  const match = /^(\d{10,16})\.([A-Za-z0-9_-]{20,100})$/.exec(token)
  if (!match) return { ok: false, reason: 'invalid' }
  const issuedAt = Number(match[1])
  const expected = Buffer.from(sign(issuedAt, secret))
  const given = Buffer.from(match[2])
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return { ok: false, reason: 'invalid' }
  if (issuedAt > now + 60_000) return { ok: false, reason: 'invalid' }
  if (now - issuedAt < MIN_FILL_MS) return { ok: false, reason: 'tooFast' }
  if (now - issuedAt > MAX_FORM_AGE_MS) return { ok: false, reason: 'expired' }
  return { ok: true }
}

export const FORM_TOKEN_MESSAGES: Record<Exclude<FormTokenCheck, { ok: true }>['reason'], string> = {
  missing: 'Biểu mẫu thiếu mã kiểm tra. Vui lòng tải lại trang rồi gửi lại.',
  invalid: 'Mã kiểm tra của biểu mẫu không hợp lệ. Vui lòng tải lại trang rồi gửi lại.',
  tooFast: 'Biểu mẫu được gửi quá nhanh. Vui lòng kiểm tra lại nội dung rồi bấm gửi sau vài giây.',
  expired: 'Biểu mẫu đã mở quá lâu. Vui lòng tải lại trang rồi gửi lại.',
}
