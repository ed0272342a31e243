import { isOrganizerRole, type Role } from '../roles'
import { EXEMPLAR_STATUS_LABELS, EXEMPLAR_STATUSES, type ExemplarStatus } from './status'

/**
 * The life of an exemplar: one step at a time along the ladder of `EXEMPLAR_STATUSES` (all but `archived`), one step back with a reason,
 * `archived` from anywhere with a reason, and back out of the archive to the status it had (organizers only).
 *
 * Unit officers work on the lower rungs (up to `proposedToProvince`, and back down them: withdrawing a proposal);
 * Sở Nội vụ (organizers, admins) decide everything above, including returning a proposal.
 */
export const LIFECYCLE: readonly ExemplarStatus[] = EXEMPLAR_STATUSES.filter((s) => s !== 'archived')

/** The highest rung a unit officer may touch. */
export const OFFICER_CEILING: ExemplarStatus = 'proposedToProvince'

/** Statuses a unit officer may create a record at; organizers may record historic exemplars at any status. */
export const OFFICER_INITIAL_STATUSES: readonly ExemplarStatus[] = ['newFactor', 'nurturing', 'recognised']

/** Who asks: Sở Nội vụ (organizers and admins), a unit officer, or anyone else (no right to change a status). */
export type LifecycleActor = 'organizer' | 'unitOfficer' | 'none'

export const actorOf = (role: Role | null | undefined): LifecycleActor =>
  isOrganizerRole(role) ? 'organizer' : role === 'unitOfficer' ? 'unitOfficer' : 'none'

export interface TransitionRequest {
  from: ExemplarStatus
  to: ExemplarStatus
  role: Role | null | undefined
  reason?: string | null
  /** For un-archiving: the status the exemplar had when it was archived (unknown for old records). */
  archivedFrom?: ExemplarStatus | null
}

/** `field`: the form field the person has to fill to make the step (the reason). */
export type TransitionResult = { ok: true } | { ok: false; message: string; field?: string }

const label = (s: ExemplarStatus) => `“${EXEMPLAR_STATUS_LABELS[s].vi}”`
const rank = (s: ExemplarStatus) => LIFECYCLE.indexOf(s)
const fail = (message: string): TransitionResult => ({ ok: false, message })
const needsReason = (message: string): TransitionResult => ({ ok: false, message, field: 'transitionReason' })
const OK: TransitionResult = { ok: true }

export const isExemplarStatus = (value: unknown): value is ExemplarStatus =>
  typeof value === 'string' && EXEMPLAR_STATUSES.includes(value as ExemplarStatus)

const hasReason = (reason: string | null | undefined) => typeof reason === 'string' && reason.trim().length > 0

/** Whether `role` may move an exemplar from `from` to `to`; the refusal says why, in Vietnamese. */
export function checkTransition({ from, to, role, reason, archivedFrom }: TransitionRequest): TransitionResult {
  if (!isExemplarStatus(from) || !isExemplarStatus(to)) return fail('Trạng thái điển hình không hợp lệ.')
  if (from === to) return OK
  const actor = actorOf(role)
  if (actor === 'none') return fail('Bạn không có quyền chuyển trạng thái điển hình.')
  const officer = actor === 'unitOfficer'
  const ceiling = rank(OFFICER_CEILING)

  if (to === 'archived') {
    if (officer && rank(from) > ceiling) return fail(`Chỉ Sở Nội vụ được đưa vào lưu trữ điển hình đã ở mức ${label(from)}.`)
    if (!hasReason(reason)) return needsReason('Cần ghi lý do khi đưa điển hình vào lưu trữ.')
    return OK
  }

  if (from === 'archived') {
    if (officer) return fail('Chỉ Sở Nội vụ được đưa điển hình ra khỏi lưu trữ.')
    if (archivedFrom && to !== archivedFrom)
      return fail(`Điển hình chỉ được khôi phục về trạng thái trước khi lưu trữ: ${label(archivedFrom)}.`)
    if (!hasReason(reason)) return needsReason('Cần ghi lý do khi khôi phục điển hình khỏi lưu trữ.')
    return OK
  }

  const step = rank(to) - rank(from)
  if (step !== 1 && step !== -1)
    return fail(`Không thể chuyển thẳng từ ${label(from)} sang ${label(to)}: mỗi lần chỉ tiến hoặc lùi một bước.`)
  if (officer && (rank(to) > ceiling || rank(from) > ceiling))
    return fail(`Chỉ Sở Nội vụ được quyết định chuyển từ ${label(from)} sang ${label(to)}.`)
  if (step === -1 && !hasReason(reason))
    return needsReason(
      from === 'proposedToProvince' || from === 'proposedToCentral'
        ? `Cần ghi lý do khi trả lại đề nghị (${label(from)} → ${label(to)}).`
        : `Cần ghi lý do khi lùi trạng thái từ ${label(from)} về ${label(to)}.`,
    )
  return OK
}

/** The status a new record may start at. */
export function checkInitialStatus(status: ExemplarStatus, role: Role | null | undefined): TransitionResult {
  if (!isExemplarStatus(status)) return fail('Trạng thái điển hình không hợp lệ.')
  const actor = actorOf(role)
  if (actor === 'organizer') return OK
  if (actor === 'unitOfficer' && OFFICER_INITIAL_STATUSES.includes(status)) return OK
  return fail(
    `Điển hình mới chỉ được tạo ở trạng thái ${OFFICER_INITIAL_STATUSES.map(label).join(', ')}; trạng thái ${label(status)} do Sở ` +
      `Nội vụ quyết định.`,
  )
}
