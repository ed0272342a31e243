import { TIME_ZONE } from '../../domain/time/vietnam'

/** dd/MM/yyyy (and HH:mm) in Asia/Ho_Chi_Minh. */
export function formatDate(value: string | Date | null | undefined, withTime = false): string {
  if (!value) return ''
  return new Intl.DateTimeFormat('vi-VN', {
    timeZone: TIME_ZONE,
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    ...(withTime ? { hour: '2-digit', minute: '2-digit', hour12: false } : {}),
  }).format(new Date(value))
}
