import { vnDay } from '../units/validity'
import { formatVnDay } from './format'

export type WindowCheck = { ok: true } | { ok: false; message: string }

/** publishedOn within worksFrom..worksTo, both inclusive, compared as calendar days in Vietnam. Missing bounds are open. */
export function checkPublicationWindow(
  publishedOn: string | Date | null | undefined,
  worksFrom?: string | Date | null,
  worksTo?: string | Date | null,
): WindowCheck {
  if (!publishedOn) return { ok: true }
  const day = vnDay(publishedOn)
  const from = worksFrom ? vnDay(worksFrom) : null
  const to = worksTo ? vnDay(worksTo) : null
  if ((from && day < from) || (to && day > to)) {
    const range =
      from && to
        ? `từ ngày ${formatVnDay(from)} đến ngày ${formatVnDay(to)}`
        : from
          ? `từ ngày ${formatVnDay(from)}`
          : `đến ngày ${formatVnDay(to!)}`
    return { ok: false, message: `Ngày đăng, phát ${formatVnDay(day)} nằm ngoài thời gian quy định của cuộc thi (${range}).` }
  }
  return { ok: true }
}
