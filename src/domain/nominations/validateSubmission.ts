/**
 * A public "Giới thiệu người tốt, việc tốt" submission, checked before anything is saved. Pure: the endpoint
 * passes the parsed body, gets either clean data or Vietnamese messages per field.
 */
export const NOMINATION_LIMITS = {
  nomineeName: 150,
  achievement: 5000,
  place: 300,
  nominatorName: 150,
  nominatorEmail: 254,
  nominatorPhone: 20,
} as const

export const MIN_ACHIEVEMENT_LENGTH = 30

/** Name of the honeypot input: hidden from people, filled by form-filling bots. */
export const HONEYPOT_FIELD = 'website'

export interface NominationInput {
  nomineeName: string
  achievement: string
  place: string
  unit: number | null
  nominatorName: string
  nominatorEmail: string
  nominatorPhone: string | null
}

export type SubmissionCheck =
  { ok: true; data: NominationInput } | { ok: false; spam: true } | { ok: false; spam: false; errors: Record<string, string> }

const text = (v: unknown): string => (typeof v === 'string' ? v.normalize('NFC').replace(/\r\n?/g, '\n').trim() : '')
const line = (v: unknown): string => text(v).replace(/\s+/g, ' ')

export const looksLikeEmail = (s: string) => /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/.test(s)
/** Vietnamese numbers as people type them: 0912 345 678, +84 912.345.678, (0259) 3822 123. */
export const looksLikePhone = (s: string) => /^\+?[\d\s().-]{8,20}$/.test(s) && s.replace(/\D/g, '').length >= 9

export function validateSubmission(body: Record<string, unknown>): SubmissionCheck {
  const honeypot = body[HONEYPOT_FIELD]
  if (typeof honeypot === 'string' ? honeypot.trim() !== '' : honeypot != null) return { ok: false, spam: true }

  const data: NominationInput = {
    nomineeName: line(body.nomineeName),
    achievement: text(body.achievement),
    place: line(body.place),
    unit: null,
    nominatorName: line(body.nominatorName),
    nominatorEmail: line(body.nominatorEmail).toLowerCase(),
    nominatorPhone: line(body.nominatorPhone) || null,
  }
  const errors: Record<string, string> = {}
  if (!data.nomineeName) errors.nomineeName = 'Vui lòng nhập họ tên người (hoặc tên tập thể) được giới thiệu.'
  if (!data.achievement) errors.achievement = 'Vui lòng kể việc tốt của người được giới thiệu.'
  else if (data.achievement.length < MIN_ACHIEVEMENT_LENGTH)
    errors.achievement = `Vui lòng kể cụ thể hơn (ít nhất ${MIN_ACHIEVEMENT_LENGTH} ký tự).`
  if (!data.place) errors.place = 'Vui lòng cho biết nơi người được giới thiệu sinh sống, làm việc.'
  if (!data.nominatorName) errors.nominatorName = 'Vui lòng nhập họ tên của bạn.'
  if (!data.nominatorEmail) errors.nominatorEmail = 'Vui lòng nhập địa chỉ thư điện tử để chúng tôi báo kết quả.'
  else if (!looksLikeEmail(data.nominatorEmail)) errors.nominatorEmail = 'Địa chỉ thư điện tử không hợp lệ.'
  if (data.nominatorPhone && !looksLikePhone(data.nominatorPhone)) errors.nominatorPhone = 'Số điện thoại không hợp lệ.'
  for (const [key, max] of Object.entries(NOMINATION_LIMITS)) {
    const value = data[key as keyof NominationInput]
    if (typeof value === 'string' && value.length > max && !errors[key]) errors[key] = `Tối đa ${max} ký tự.`
  }
  if (body.unit != null && body.unit !== '') {
    const unit = Number(body.unit)
    if (Number.isInteger(unit) && unit > 0) data.unit = unit
    else errors.unit = 'Đơn vị được chọn không hợp lệ.'
  }
  return Object.keys(errors).length ? { ok: false, spam: false, errors } : { ok: true, data }
}
