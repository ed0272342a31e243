import { contestOpenAt, type ContestWindow, type OpenCheck } from './deadline'
import { withinUploadGrace } from './uploadGrace'

/**
 * When an entry may be saved: the one rule behind the contest page's "Gửi tác phẩm" button, the entry form and the
 * entry hooks. Open between opensAt and the deadline while the contest is open; a submit just after the deadline is
 * still taken within the upload grace when the entry existed before the deadline and all its files arrived in time;
 * organizers correct entries at any time.
 */
export interface SubmissionContest extends ContestWindow {
  uploadGraceMinutes?: number | null
}

export interface SaveAttempt {
  contest: SubmissionContest
  /** when the request reached the server */
  now: Date
  organizer: boolean
  /** the save makes or keeps the entry submitted */
  submitting: boolean
  /** when each attached file reached the server; null when an attached file cannot be found */
  filesReceivedAt: readonly (string | Date | null | undefined)[] | null
  /** when the entry was first saved; null for an entry this save creates (the grace covers only entries made before the deadline) */
  entryCreatedAt: string | Date | null | undefined
}

export type SaveDecision =
  /** `open`: the author-facing lifecycle may treat the contest as accepting entries (inside the window or the grace) */
  { ok: true; open: boolean; graced: boolean } | { ok: false; message: string }

/** Whether the contest page offers "Gửi tác phẩm" at `now` (the grace is for submits under way, not new ones). */
export const acceptsEntries = (contest: SubmissionContest, now: Date): OpenCheck => contestOpenAt(contest, now)

export function checkSubmissionWindow(a: SaveAttempt): SaveDecision {
  const open = contestOpenAt(a.contest, a.now)
  if (open.open) return { ok: true, open: true, graced: false }
  if (a.organizer) return { ok: true, open: false, graced: false }
  const graced =
    open.reason === 'passed' &&
    a.submitting &&
    a.filesReceivedAt != null &&
    withinUploadGrace({
      deadline: a.contest.deadline,
      graceMinutes: a.contest.uploadGraceMinutes,
      arrivedAt: a.now,
      filesReceivedAt: a.filesReceivedAt,
      entryCreatedAt: a.entryCreatedAt,
    })
  return graced ? { ok: true, open: true, graced: true } : { ok: false, message: open.message }
}
