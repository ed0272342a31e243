/**
 * A journalist whose file was still uploading when the deadline struck sends the submit just after it. Within the
 * contest's grace period such a late submission is accepted, but only if it completes what was under way in time:
 * the entry itself existed before the deadline (a draft saved in time; a brand-new entry created afterwards is
 * not "under way"), it carries at least one file and every file reached the server before the deadline.
 * Organizers set the grace (0, the default, means none).
 */
export interface LateSubmission {
  deadline: string | Date | null | undefined
  graceMinutes: number | null | undefined
  /** when the submit reached the server */
  arrivedAt: Date
  /** when each attached file reached the server */
  filesReceivedAt: readonly (string | Date | null | undefined)[]
  /** when the entry was first saved; null for an entry this submit creates */
  entryCreatedAt: string | Date | null | undefined
}

export function withinUploadGrace(s: LateSubmission): boolean {
  const deadline = s.deadline == null ? NaN : new Date(s.deadline).getTime()
  const grace = Math.max(0, Number(s.graceMinutes) || 0) * 60_000
  if (Number.isNaN(deadline) || grace === 0) return false
  const arrived = s.arrivedAt.getTime()
  if (arrived <= deadline || arrived > deadline + grace) return false
  const created = s.entryCreatedAt == null ? NaN : new Date(s.entryCreatedAt).getTime()
  if (Number.isNaN(created) || created > deadline) return false
  if (!s.filesReceivedAt.length) return false
  return s.filesReceivedAt.every((t) => t != null && new Date(t).getTime() <= deadline)
}
