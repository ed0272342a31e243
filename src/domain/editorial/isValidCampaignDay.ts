/** A campaign date's day exists in its month: solar months by their length (29 February allowed), lunar months have at most 30 days. */
export function isValidCampaignDay(day: number, month: number, lunar = false): boolean {
  if (!Number.isInteger(day) || !Number.isInteger(month) || month < 1 || month > 12 || day < 1) return false
  if (lunar) return day <= 30
  return day <= [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
}
