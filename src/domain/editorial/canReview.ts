import type { Role } from '../roles'

export interface Reviewer {
  role?: Role | null
  /** outlets an editor works for (ids) */
  outlets?: (number | string)[] | null
}

export type RuleResult = { ok: true } | { ok: false; reasons: string[] }

/** Roles that may vouch for an article before it is published. */
export const REVIEWER_ROLES: readonly Role[] = ['admin', 'organizer', 'editor']

/**
 * Who may review an article: an administrator or an organizer anywhere, an editor only for an article of an outlet
 * they work for. Nobody else (unit officers, judges, journalists, or no one at all).
 */
export function canReview(reviewer: Reviewer | null | undefined, articleOutlet: number | string | null | undefined): RuleResult {
  if (!reviewer?.role || !REVIEWER_ROLES.includes(reviewer.role))
    return { ok: false, reasons: ['Người duyệt phải là biên tập viên, Ban tổ chức hoặc quản trị hệ thống.'] }
  if (reviewer.role !== 'editor') return { ok: true }
  const own = (reviewer.outlets ?? []).map(String)
  if (articleOutlet == null || !own.includes(String(articleOutlet)))
    return { ok: false, reasons: ['Biên tập viên chỉ được duyệt bài của cơ quan báo chí mình phụ trách.'] }
  return { ok: true }
}
